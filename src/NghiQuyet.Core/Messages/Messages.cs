namespace NghiQuyet.Core;

/// <summary>
/// Every message a user reads, in Vietnamese. One partial file per feature (Messages.Reading.cs, …) so that
/// wording stays in one folder and out of the code that raises it.
/// </summary>
public static partial class Messages
{
    /// <summary>The command line's last line of defence: one line; the stack trace goes to the log file named.</summary>
    public const string UnexpectedErrorLogged = "Lỗi không mong đợi ({0}); chi tiết đã ghi vào {1}. Vui lòng gửi tệp này cho quản trị hệ thống.";
    public const string UnexpectedErrorNotLogged = "Lỗi không mong đợi ({0}); không ghi được chi tiết vào nhật ký ({1}). Vui lòng báo lại cho quản trị hệ thống.";
    public const string FileNotFound = "Không tìm thấy tệp: {0}";
    public const string NotAnExtraction = "Đây không phải dữ liệu trích xuất theo chuẩn nq-extract/1.";
    public const string InvalidExtractionJson = "Dữ liệu JSON trích xuất không hợp lệ: {0}";
}
