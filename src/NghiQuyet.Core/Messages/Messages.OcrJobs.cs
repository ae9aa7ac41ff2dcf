namespace NghiQuyet.Core;

/// <summary>Limits of a scan's reading and the background import job (issue 12, defects 1 and 4).</summary>
public static partial class Messages
{
    public const string OcrTooManyPages = "Bản quét \"{0}\" có {1} trang, quá giới hạn {2} trang được nhận dạng chữ; không trang nào được đọc. Hãy tách tệp, hoặc gửi bản có lớp chữ (.docx, PDF xuất từ Word).";
    public const string OcrPageTooLarge = "Trang {0} của bản quét \"{1}\" có khổ {2} × {3} cm, quá khổ tối đa {4} cm một cạnh; không trang nào được đọc.";
    public const string OcrPageOverLimit = "Trang {0} của bản quét \"{1}\" vượt giới hạn khi nhận dạng chữ ({2}) nên đã bị dừng; không có gì được lưu.";
    public const string OcrLimitTime = "quá {0} giây";
    public const string OcrLimitResources = "quá {0} MB bộ nhớ hoặc {1} giây xử lý";

    public const string ImportJobQueued = "Đã nhận tệp \"{0}\". Đây là bản quét: hệ thống nhận dạng chữ từng trang ở chế độ nền; trang này cho biết tiến độ.";
    public const string ImportJobWaiting = "Đang chờ đến lượt (các bản quét được đọc lần lượt).";
    public const string ImportJobReading = "Đang nhận dạng chữ trang {0}/{1}…";
    public const string ImportJobStarting = "Đang chuẩn bị đọc tệp…";
    public const string ImportJobExtracting = "Đã đọc xong {0} trang; đang trích xuất chỉ tiêu…";
    public const string ImportJobDone = "Đã nhập xong: xem dự thảo nghị quyết.";
    public const string ImportJobCancelled = "Đã hủy việc đọc tệp \"{0}\" theo yêu cầu; không có gì được lưu.";
    public const string ImportJobCancelRequested = "Đã yêu cầu hủy; việc đọc dừng sau khi trang hiện tại bị ngắt.";
    public const string ImportJobAlreadyFinished = "Việc đọc tệp này đã kết thúc, không hủy được nữa.";
    public const string ImportJobInterrupted = "Máy chủ đã khởi động lại khi đang đọc tệp \"{0}\"; việc đọc bị dừng và không có gì được lưu. Hãy tải tệp lên lại.";
    public const string ImportJobTooMany = "Bạn đang có {0} bản quét chờ hoặc đang đọc (tối đa {1}); hãy chờ chúng xong, hoặc hủy bớt, rồi tải lên tiếp.";
    public const string ImportJobUnexpected = "Đọc tệp \"{0}\" gặp lỗi ngoài dự kiến; không có gì được lưu. Hãy thử lại hoặc báo quản trị viên.";

    /// <summary>Defect 4: a duplicate is only ever named when it is the uploader's own unit's.</summary>
    public const string AlreadyImportedHere = "Tài liệu này đã được nhập ngày {0} cho {1}; không thay đổi gì.";
    public const string AlreadyImportedElsewhere = "Không nhập được: nội dung tệp này trùng với một tài liệu đã có trong hệ thống.";
}
