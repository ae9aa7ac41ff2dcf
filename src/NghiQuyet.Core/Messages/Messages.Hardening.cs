namespace NghiQuyet.Core;

/// <summary>Issue 12, defects 9, 10 and 12: figure ranges, proxy settings, the database being unavailable.</summary>
public static partial class Messages
{
    public const string FigureOutOfRange = "Số liệu {0} nằm ngoài khoảng hợp lý (từ {1} đến {2}). Hãy kiểm tra lại số chữ số.";
    public const string FigureOutOfRangeForUnit = "Số liệu {0} nằm ngoài khoảng hợp lý cho đơn vị \"{1}\" (từ {2} đến {3}). Hãy kiểm tra lại số chữ số và đơn vị tính.";

    public const string ProxyInvalid = "Giá trị --proxies không hợp lệ: \"{0}\". Ghi địa chỉ IP (127.0.0.1) hoặc dải mạng (10.0.0.0/8), cách nhau bằng dấu phẩy hoặc dấu cách.";

    public const string DatabaseUnavailableTitle = "Cơ sở dữ liệu tạm thời không truy cập được";
    public const string DatabaseUnavailableText = "Hệ thống không kết nối được cơ sở dữ liệu (máy chủ PostgreSQL đang dừng, hoặc tệp SQLite đang bị chương trình khác khóa). Thao tác vừa rồi chưa được thực hiện và không có dữ liệu nào bị ghi dở. Vui lòng thử lại sau ít phút; nếu lỗi kéo dài, báo cho quản trị hệ thống.";
}
