namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string FileUnreadable = "Không đọc được tệp {0}: {1}";
    public const string EmptyFile = "Tệp {0} rỗng.";
    public const string FileTooLarge = "Tệp {0} quá lớn ({1} MB); chỉ đọc tệp đến {2} MB.";
    /// <summary>A device or pipe that does not say its size and runs past the limit (<c>/dev/zero</c>).</summary>
    public const string FileLargerThanLimit = "Tệp {0} lớn hơn {1} MB (hoặc không có điểm kết thúc); chỉ đọc tệp đến {1} MB.";
    public const string BinaryFile = "Tệp {0} không phải văn bản (có vẻ là tệp nhị phân); chỉ đọc được .txt, .docx và .pdf.";
    public const string UnknownFormat = "Không nhận ra định dạng của tệp {0} ({1}); chỉ đọc được .txt, .docx và .pdf.";
    public const string LegacyWordDoc = "Tệp {0} là tài liệu Word cũ (.doc); hãy mở bằng Word, lưu lại thành .docx rồi thử lại.";
    public const string ZipNotDocx = "Tệp {0} là tệp nén nhưng không phải tài liệu Word (.docx).";
    public const string DocxCorrupt = "Tệp {0} bị hỏng, không đọc được như tài liệu Word (.docx).";
    public const string ZipTooLarge = "Tệp {0} khi giải nén vượt quá {1} MB hoặc {2} mục; không đọc để tránh làm treo máy.";
    public const string PdfNeedsOcr = "Tệp PDF {0} không có lớp chữ (bản quét ảnh); cần nhận dạng chữ (OCR) để đọc.";
    public const string ImageNeedsOcr = "Tệp {0} là ảnh; cần nhận dạng chữ (OCR) để đọc.";
    public const string PdfCorrupt = "Tệp PDF {0} bị hỏng, không đọc được.";
    public const string PdfEncrypted = "Tệp PDF {0} được đặt mật khẩu; hãy gỡ mật khẩu rồi thử lại.";
    public const string NoText = "Tệp {0} không có nội dung chữ.";
    public const string LegacyEncodingConverted = "Tệp {0} dùng bảng mã cũ {1}; đã chuyển sang Unicode.";
    public const string DoubleEncodedRepaired = "Tệp {0} bị mã hóa UTF-8 hai lần (chữ kiểu \"PhÃ¡t triá»ƒn\"); đã sửa lại.";
    public const string Utf8Damaged = "Tệp {0} có byte hỏng trong mã UTF-8 (đầu tiên ở dòng {1}); chỗ hỏng được thay bằng dấu �.";
    public const string ReadingProgress = "Đang đọc {0} ({1})…";
    public const string PdfPageProgress = "Đang đọc PDF: trang {0}/{1}";
}
