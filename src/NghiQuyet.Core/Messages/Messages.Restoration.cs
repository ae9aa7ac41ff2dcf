namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string RestorationModelMissing = "Không có mô hình khôi phục dấu tiếng Việt trong chương trình. Hãy tạo lại bằng lệnh: nghiquyet train-lm --out <tệp> <thư mục văn bản>.";
    public const string RestorationModelInvalid = "Tệp mô hình {0} không đọc được: {1}";
    public const string RestoreInputNotText = "Đầu vào không phải văn bản (có byte nhị phân hoặc mã hóa không phải UTF-8); không khôi phục được dấu.";
    public const string TrainLmNoInput = "Cần ít nhất một tệp hoặc thư mục văn bản để huấn luyện mô hình.";
    public const string TrainLmInputMissing = "Không tìm thấy tệp hoặc thư mục: {0}";
    public const string TrainLmDone = "Đã ghi mô hình {0}: {1} âm tiết, {2} cặp, {3} bộ ba, {5} bộ bốn, {4} MB.";
    public const string OcrToolMissing = "Không tìm thấy chương trình {0}, cần để nhận dạng chữ (OCR) bản quét. Hãy cài gói Debian: {1} (ví dụ: sudo apt-get install {1}).";
    public const string OcrVietnameseMissing = "Tesseract chưa có mô hình tiếng Việt. Hãy cài gói Debian: tesseract-ocr-vie.";
    public const string OcrFailed = "Nhận dạng chữ (OCR) tệp {0} thất bại: {1}";
    public const string OcrPage = "Đang nhận dạng chữ trang {0}/{1}…";
    public const string OcrNoText = "Không nhận dạng được chữ nào trong tệp {0}.";
    public const string OcrUnsupported = "Không hỗ trợ nhận dạng chữ cho tệp {0} (chỉ PDF, PNG, JPG, TIFF).";
    public const string TrainLmCounts = "{0} dòng, {1} âm tiết, {2} cặp, {3} bộ ba, {4} bộ bốn";
    public const string TrainLmChannelCounts = "kênh OCR: {0} cặp âm tiết thật, {1} cặp mô phỏng";
}
