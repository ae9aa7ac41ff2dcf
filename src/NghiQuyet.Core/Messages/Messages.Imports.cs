namespace NghiQuyet.Core;

public static partial class Messages
{
    // Draft resolutions: adding, removing, correcting targets, publishing.
    public const string ActionAddTarget = "thêm chỉ tiêu";
    public const string ActionRemoveTarget = "xóa chỉ tiêu";
    public const string ResolutionNotDraft = "Nghị quyết đã ban hành: không sửa, thêm hay xóa chỉ tiêu được nữa.";
    public const string TargetHasFigures = "Chỉ tiêu \"{0}\" đã có số liệu nhập theo năm; không xóa được.";
    public const string SubjectResolution = "Nghị quyết này";
    public const string ResolutionNotFound = "Không tìm thấy nghị quyết này.";

    // Web import.
    public const string ImportNoFile = "Hãy chọn tệp báo cáo (.txt, .docx hoặc .pdf).";
    public const string ImportWrongType = "Tệp {0} không phải .txt, .docx hoặc .pdf; chỉ nhận ba loại tệp này.";
    public const string ImportTooLarge = "Tệp tải lên quá lớn: chỉ nhận tệp đến {0} MB.";
    public const string ImportNotAllowed = "Báo cáo này là của {0} ({1}); tài khoản của bạn không được nhập báo cáo cho đơn vị đó. Không có gì được lưu.";
    public const string ImportDone = "Đã nhập báo cáo {0}: {1} chỉ tiêu, {2} kết quả nhiệm kỳ trước. Hãy soát lại rồi ban hành.";
    public const string ImportSourceUnreadable = "Không đọc lại được văn bản gốc: {0}";
    public const string ImportNoSourceText = "Nghị quyết này được nhập từ tệp kết quả trích xuất (JSON), không có văn bản gốc để hiển thị.";
    public const string DraftTargetCorrected = "Đã sửa chỉ tiêu \"{0}\".";
    public const string DraftTargetAdded = "Đã thêm chỉ tiêu \"{0}\".";
    public const string DraftTargetRemoved = "Đã xóa chỉ tiêu \"{0}\".";
    public const string DraftNotSaved = "Chưa lưu: có ô cần sửa (xem thông báo bên cạnh).";
    public const string DraftPublished = "Đã ban hành nghị quyết của {0}. Từ nay trang đơn vị và số liệu dùng nghị quyết này.";
    public const string DraftReplacesPublished = "{0} đã có nghị quyết ban hành ngày {1}; ban hành bản này sẽ thay thế bản đó trên trang đơn vị và trang số liệu.";
    public const string DraftChoiceInvalid = "Hãy chọn một giá trị trong danh sách.";
}
