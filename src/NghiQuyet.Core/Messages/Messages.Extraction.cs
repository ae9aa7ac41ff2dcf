namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string NotAReport = "Tệp {0} không phải báo cáo chính trị (không tìm thấy phần chỉ tiêu hay biểu đánh giá).";
}
