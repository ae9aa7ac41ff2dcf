namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string NotAReport = "Tệp {0} không phải văn bản tiếng Việt về đại hội, nghị quyết hay kế hoạch (không tìm thấy chỉ tiêu, biểu đánh giá hay từ ngữ của đại hội, nghị quyết).";
}

public static partial class Messages
{
    public const string NoTargetsSection = "Tệp {0} không nêu chỉ tiêu nào của nhiệm kỳ mới có số liệu; danh sách chỉ tiêu để trống.";
    public const string UnknownUnitKept = "Dòng {0}: đơn vị \"{1}\" chưa có trong danh mục đơn vị, giữ nguyên như trong văn bản.";
    public const string TargetLineSkipped = "Dòng {0}: có số liệu nhưng không đọc được thành chỉ tiêu, đã bỏ qua: {1}";
    public const string TableRowSkipped = "Dòng {0}: không đọc được chỉ tiêu trong biểu, đã bỏ qua: {1}";
}

public static partial class Messages
{
    public const string ExtractWarning = "Cảnh báo: {0}";
    public const string UnknownOrganization = "(không rõ tổ chức đảng)";
    public const string CongressNumber = "Đại hội lần thứ {0}";
    public const string TermYears = "nhiệm kỳ {0} - {1}";
    public const string ProvinceName = "tỉnh {0}";
    public const string NoToneMarks = "văn bản mất dấu (OCR)";
    public const string TargetsTitle = "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ MỚI ({0} chỉ tiêu)";
    public const string LowConfidenceChip = "cần xem lại · tin cậy {0}";
    public const string LowConfidenceTitle = "Đọc được theo dấu hiệu «{0}» nhưng độ tin cậy thấp: hãy đối chiếu với dòng nguồn.";
    public const string LowConfidenceMark = "⚠ cần xem lại (độ tin cậy {0})";
    public const string LowConfidenceSummary = "{0} chỉ tiêu đánh dấu ⚠ có độ tin cậy thấp: hãy đối chiếu với văn bản.";
    public const string ResultsSummary = "KẾT QUẢ NHIỆM KỲ TRƯỚC: {0} chỉ tiêu — vượt {1}, đạt {2}, không đạt {3}";
}
