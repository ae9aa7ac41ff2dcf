namespace NghiQuyet.Core;

public static partial class Messages
{
    // Who may do what.
    public const string NotAllowed = "Người dùng {0} không có quyền {1}.";
    public const string ActionPublish = "ban hành nghị quyết";
    public const string ActionCorrect = "sửa chỉ tiêu";
    public const string ActionEnter = "nhập số liệu";
    public const string ActionSubmit = "gửi số liệu";
    public const string ActionApprove = "duyệt số liệu";
    public const string ActionReturn = "trả lại số liệu";
    public const string ActionLock = "khóa số liệu";
    public const string ApproveOwnSubmission = "{0} không thể tự duyệt số liệu do chính mình gửi.";

    // Aggregates.
    public const string AlreadyPublished = "Nghị quyết đã được ban hành.";
    public const string RangeNeedsBounds = "Chỉ tiêu dạng khoảng cần cả cận dưới và cận trên (cận dưới không lớn hơn cận trên).";
    public const string TargetNameRequired = "Tên chỉ tiêu không được để trống.";
    public const string YearOutOfRange = "Năm {0} không hợp lệ.";
    public const string MeasurementNotDraft = "Số liệu đang ở trạng thái \"{0}\": chỉ sửa hoặc gửi được số liệu nháp.";
    public const string MeasurementNotSubmitted = "Số liệu đang ở trạng thái \"{0}\": chỉ duyệt hoặc trả lại được số liệu đã gửi.";
    public const string MeasurementNotApproved = "Số liệu đang ở trạng thái \"{0}\": chỉ khóa được số liệu đã duyệt.";
    public const string StatusDraft = "nháp";
    public const string StatusSubmitted = "đã gửi";
    public const string StatusApproved = "đã duyệt";
    public const string StatusLocked = "đã khóa";
    public const string ResolutionDraft = "dự thảo";
    public const string ResolutionPublished = "đã ban hành";
    public const string NumeratorDenominatorTogether = "Tử số và mẫu số phải nhập cùng nhau.";
    public const string DenominatorPositive = "Mẫu số phải lớn hơn 0.";
    public const string NumeratorWithinDenominator = "Tử số phải nằm trong khoảng từ 0 đến mẫu số.";
    public const string PercentDisagrees = "Giá trị {0}% không khớp với tử số/mẫu số {1}/{2} = {3}%.";
    public const string ValueRequired = "Cần nhập giá trị (--value) hoặc tử số và mẫu số.";
    public const string InvalidNumber = "\"{0}\" không phải là số hợp lệ (ví dụ: 36,5 hoặc 9.589).";

    // Units.
    public const string UnitUnknown = "Không tìm thấy đơn vị \"{0}\" trong danh mục đơn vị hành chính. Hãy chỉ rõ bằng --org MÃ (tra cứu: nghiquyet units TÊN).";
    public const string UnitAmbiguous = "Không xác định được duy nhất đơn vị \"{0}\". Các đơn vị có thể là:\n{1}\nHãy chạy lại với --org MÃ.";
    public const string UnitCodeUnknown = "Không có đơn vị mã {0} trong danh mục đơn vị hành chính.";
    public const string UnitsNoMatch = "Không có đơn vị nào khớp với \"{0}\".";
    public const string UnitsDataMissing = "Thiếu dữ liệu danh mục đơn vị hành chính trong chương trình ({0}).";
    public const string UnitFormerly = "trước đây: {0}";

    // Storage.
    public const string AlreadyImported = "Tài liệu này đã được nhập ngày {0} (nghị quyết {1}); không thay đổi gì.";
    public const string Imported = "Đã nhập dự thảo nghị quyết {0} của {1}: {2} chỉ tiêu, {3} kết quả nhiệm kỳ trước.";
    public const string NoResolution = "Chưa có nghị quyết nào của đơn vị {0}. Hãy nhập báo cáo bằng: nghiquyet import TỆP --org {0}";
    public const string ItemNotFound = "Không có chỉ tiêu mục \"{0}\" trong nghị quyết của {1}. Các mục: {2}";
    public const string ItemAmbiguous = "Mục \"{0}\" có nhiều chỉ tiêu; hãy chọn một:\n{1}";
    public const string StaleEdit = "{0} vừa được {1} thay đổi lúc {2}; thay đổi của bạn không được lưu. Hãy tải lại rồi làm lại.";
    public const string SubjectMeasurement = "Số liệu này";
    public const string SubjectTarget = "Chỉ tiêu này";
    public const string DuplicateRecord = "{0} vừa được người khác tạo; hãy tải lại rồi sửa.";
    public const string StaleEditDeleted = "Bản ghi này đã bị xóa bởi người khác; thay đổi của bạn không được lưu.";
    public const string Recorded = "Đã ghi số liệu năm {0} cho chỉ tiêu {1} \"{2}\": {3} ({4}).";

    // Databases.
    public const string DbConnectionStringInvalid = "Chuỗi kết nối PostgreSQL không hợp lệ: {0}";
    public const string DbCannotConnect = "Không kết nối được cơ sở dữ liệu PostgreSQL ({0}): {1}";
    public const string DbReadOnly = "Cơ sở dữ liệu {0} chỉ cho phép đọc; không ghi được.";
    public const string DbLocked = "Cơ sở dữ liệu {0} đang bị chương trình khác khóa; hãy thử lại sau.";
    public const string DbNotADatabase = "Tệp {0} không phải cơ sở dữ liệu SQLite.";
    public const string DbCannotOpen = "Không mở được cơ sở dữ liệu {0}: {1}";
    public const string DbError = "Lỗi cơ sở dữ liệu ({0}): {1}";
    public const string DbFolderMissing = "Không có thư mục {0} để tạo cơ sở dữ liệu.";
}
