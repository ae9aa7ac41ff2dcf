namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string SearchTooShort = "Vui lòng nhập ít nhất 2 ký tự để tìm.";
    public const string SearchTooLong = "Từ khóa quá dài (tối đa {0} ký tự).";
    public const string SearchNothing = "Không tìm thấy kết quả nào cho \"{0}\".";
    public const string ExportFormatUnknown = "Định dạng tải về \"{0}\" không được hỗ trợ. Chọn xlsx hoặc csv.";
    public const string ExportNoResolution = "Đơn vị chưa có nghị quyết đại hội trong hệ thống: không có gì để tải về.";
    public const string CompareIndicatorUnknown = "Chỉ tiêu \"{0}\" không có trong danh mục hoặc không có xã nào của tỉnh đặt chỉ tiêu này.";
    public const string CompareNoIndicators = "Chưa có xã nào của tỉnh có chỉ tiêu khớp với danh mục chỉ tiêu.";
    public const string CompareYearInvalid = "Năm {0} không hợp lệ (từ {1} đến {2}).";
}
