namespace NghiQuyet.Core;

/// <summary>Return with comment, unlock with reason, target edit with reason (web issue 6, workflow part).</summary>
public static partial class Messages
{
    public const string ActionUnlock = "mở khóa số liệu";
    public const string ReturnCommentRequired = "Cần ghi ý kiến khi trả lại số liệu (để xã biết phải sửa gì).";
    public const string UnlockReasonRequired = "Cần ghi lý do mở khóa số liệu đã duyệt.";
    public const string TargetEditReasonRequired = "Cần ghi lý do sửa chỉ tiêu.";
    public const string MeasurementNotLocked = "Số liệu đang ở trạng thái \"{0}\": chỉ mở khóa được số liệu đã duyệt hoặc đã khóa.";
    public const string NothingToReturn = "Không có số liệu đã gửi nào được chọn để trả lại.";
    public const string NothingToUnlock = "Năm này không có số liệu đã duyệt nào để mở khóa.";
    public const string FiguresReturned = "Đã trả lại {0} số liệu năm {1} cho xã sửa.";
    public const string FiguresUnlocked = "Đã mở khóa {0} số liệu năm {1}; xã có thể sửa và gửi lại.";
    public const string FigureLockedField = "Số liệu năm này đã {0}, không sửa được. Cần tỉnh mở khóa (ghi lý do) trước khi sửa.";
    public const string FiguresReturnedBy = "Tỉnh trả lại ({0}, {1}): {2}";
    public const string FiguresUnlockedBy = "Mở khóa ({0}, {1}): {2}";
    public const string TargetCorrectedWithReason = "Đã sửa chỉ tiêu; lý do được ghi vào lịch sử thay đổi.";
    public const string TargetEditNotSaved = "Chưa lưu: có ô cần sửa (xem thông báo bên cạnh).";
    public const string TargetEditYearInvalid = "Năm \"{0}\" không hợp lệ (từ 2000 đến 2100).";
    public const string NumeratorOnlyForShares = "Chỉ tiêu này không phải tỷ lệ (%): chỉ nhập giá trị, không nhập tử số/mẫu số.";
    public const string WorkflowTextTooLong = "Nội dung dài quá {0} ký tự; hãy viết ngắn lại.";
    public const string TargetEditOpInvalid = "Hãy chọn cách so sánh của chỉ tiêu.";
}
