namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string SignInFailed = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string SignInRequired = "Vui lòng nhập tên đăng nhập và mật khẩu.";
    public const string UnitNotFound = "Không tìm thấy đơn vị có mã {0}.";
    public const string TargetNotFound = "Không tìm thấy chỉ tiêu này.";
    public const string NoResolutionYet = "Đơn vị chưa có nghị quyết đại hội trong hệ thống.";
    public const string WebDbInvalid = "Không mở được cơ sở dữ liệu: {0}";
    public const string FigureInvalid = "Số liệu \"{0}\" không hợp lệ. Ví dụ cách ghi: 9.589 hoặc 36,5.";
    public const string FigureSaved = "Đã lưu số liệu năm {0}.";
    public const string FiguresNotSaved = "Chưa lưu: có số liệu cần sửa (xem thông báo bên cạnh từng ô).";
    public const string FiguresApproved = "Đã duyệt số liệu năm {0}.";
    public const string FigureSubmitted = "Đã gửi số liệu năm {0} lên tỉnh.";

    // One set of headings for the web, the exports and the command line (they used to differ: "Xã hội" beside
    // "Văn hoá - Xã hội"); the en dash and lower case are how the command line already printed them.
    public const string GroupEconomy = "Kinh tế";
    public const string GroupSociety = "Văn hóa – xã hội";
    public const string GroupEnvironment = "Tài nguyên – môi trường";
    public const string GroupDefenseSecurity = "Quốc phòng – an ninh";
    public const string GroupPartyBuilding = "Xây dựng Đảng và hệ thống chính trị";
    public const string GroupOther = "Chỉ tiêu khác";
}
