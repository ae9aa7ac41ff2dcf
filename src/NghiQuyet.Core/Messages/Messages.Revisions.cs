namespace NghiQuyet.Core;

/// <summary>Revisions of published targets (issue 12, defect 2).</summary>
public static partial class Messages
{
    public const string ActionRequestRevision = "đề nghị điều chỉnh chỉ tiêu";
    public const string ActionApproveRevision = "duyệt điều chỉnh chỉ tiêu";
    public const string RevisionOnlyPublished = "Nghị quyết còn là dự thảo: hãy sửa chỉ tiêu trực tiếp, không cần đề nghị điều chỉnh.";
    public const string TargetPublishedUseRevision = "Nghị quyết đã ban hành: không sửa trực tiếp chỉ tiêu được nữa. Hãy gửi đề nghị điều chỉnh (ghi lý do và năm áp dụng) để cấp trên duyệt.";
    public const string RevisionPending = "Chỉ tiêu này đang có đề nghị điều chỉnh lần {0} chờ duyệt; hãy chờ quyết định trước khi đề nghị lần mới.";
    public const string RevisionFromYearInvalid = "Năm áp dụng phải từ năm {0} (không điều chỉnh lại các năm đã qua) đến năm đạt của chỉ tiêu ({1}).";
    public const string RevisionNotPending = "Đề nghị điều chỉnh này đã được quyết định rồi.";
    public const string RevisionOwnRequest = "{0} không thể tự duyệt đề nghị điều chỉnh do chính mình gửi.";
    public const string RevisionRejectNoteRequired = "Cần ghi lý do khi không duyệt đề nghị điều chỉnh.";
    public const string RevisionRequested = "Đã gửi đề nghị điều chỉnh chỉ tiêu; chỉ tiêu mới có hiệu lực khi được cấp trên duyệt.";
    public const string RevisionApproved = "Đã duyệt điều chỉnh chỉ tiêu, áp dụng từ năm {0}.";
    public const string RevisionRejected = "Đã không duyệt đề nghị điều chỉnh; chỉ tiêu giữ nguyên.";
    public const string RevisionStatusRequested = "chờ duyệt";
    public const string RevisionStatusApproved = "đã duyệt";
    public const string RevisionStatusRejected = "không duyệt";
    public const string RevisionFromYearRequired = "Cần ghi năm bắt đầu áp dụng (từ 2000 đến 2100).";
}
