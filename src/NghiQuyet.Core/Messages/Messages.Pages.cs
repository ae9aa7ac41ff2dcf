namespace NghiQuyet.Core;

/// <summary>What the pages say about the domain: explanations, notes, empty states, status pages. Labels stay in the views.</summary>
public static partial class Messages
{
    public const string StatusBadRequestTitle = "Yêu cầu không hợp lệ";
    public const string StatusForbiddenTitle = "Không có quyền truy cập";
    public const string StatusNotFoundTitle = "Không tìm thấy trang";
    public const string StatusTooLargeTitle = "Tệp tải lên quá lớn";
    public const string StatusErrorTitle = "Đã xảy ra lỗi";
    public const string ImportLead = "Tải lên báo cáo chính trị (.txt, .docx hoặc .pdf, đến {0} MB). Hệ thống đọc văn bản (bản quét được nhận dạng chữ), trích xuất các chỉ tiêu và lưu thành dự thảo để soát lại trước khi ban hành.";
    public const string ImportUnitHint = "Để trống thì lấy đơn vị ghi ở đầu báo cáo.";
    public const string ImportWorking = "Đang đọc và trích xuất báo cáo… Bản quét (PDF ảnh) được nhận dạng chữ ở chế độ nền: trang tiếp theo cho biết tiến độ từng trang.";
    public const string ImportNoDrafts = "Chưa có dự thảo nào.";
    public const string OcrJobRefreshNote = "Trang này tự cập nhật vài giây một lần. Có thể đóng trang; việc đọc vẫn tiếp tục.";
    public const string ReviewPublishNote = "Sau khi ban hành, chỉ tiêu không sửa được nữa.";
    public const string ReviewRestoredNote = "Văn bản bị mất dấu (bản nhận dạng chữ) đã được khôi phục dấu. Dòng có dấu {0} là dòng đã khôi phục: rê chuột vào dòng để xem dòng gốc (chưa khôi phục).";
    public const string CompareNoProvinceTarget = "nghị quyết của tỉnh chưa có chỉ tiêu này (hoặc tỉnh chưa có nghị quyết trong hệ thống)";
    public const string CompareYear = "năm {0}";
    public const string CompareChartDescription = "Số liệu {0} của {1} xã cho chỉ tiêu {2}; vạch đen: chỉ tiêu của từng xã{3}. Bảng dưới đây có cùng số liệu.";
    public const string CompareChartTitle = "{0}: số liệu {1} của các xã";
    public const string CompareChartCaption = "Thanh: số liệu {0}; vạch đen: chỉ tiêu của xã; đường đỏ nét đứt: chỉ tiêu của tỉnh.";
    public const string DashboardLead = "{0} xã, phường, đặc khu · {1} đơn vị đã có nghị quyết · đánh giá đến năm {2}";
    public const string DashboardNoProvinceResolution = "Chưa có nghị quyết của tỉnh.";
    public const string DashboardRollupNote = "Tổng hợp từ số liệu đã duyệt mới nhất của các xã, phường theo cách tổng hợp của từng chỉ tiêu; đánh giá xu hướng của số tổng hợp qua các năm so với chỉ tiêu của tỉnh.";
    public const string DashboardNoneAtRisk = "Không có chỉ tiêu nào có nguy cơ.";
    public const string DashboardMoreAtRisk = "… và {0} chỉ tiêu khác; xem từng đơn vị ở bảng dưới.";
    public const string UnitExportNote = "(Biểu 02: chỉ tiêu nhiệm kỳ và số liệu đã duyệt; Biểu 01: kết quả nhiệm kỳ trước)";
    public const string FiguresLead = "Ghi số theo cách viết Việt Nam: 9.589 hoặc 36,5.";
    public const string FiguresLockedNote = "Số liệu đã duyệt được khóa, không sửa được; muốn sửa cần tỉnh mở khóa và ghi lý do.";
    public const string FiguresReturnCommentLabel = "Ý kiến khi trả lại (bắt buộc; đánh dấu \"trả lại\" ở từng dòng, không đánh dấu = trả lại tất cả)";
    public const string RequiredAndAudited = "{0} (bắt buộc, được ghi vào lịch sử thay đổi)";
    public const string TargetRevisionInForce = "(điều chỉnh lần {0}, áp dụng từ năm {1})";
    public const string TargetAsAdoptedUse = "(dùng để đánh giá số liệu các năm trước {0})";
    public const string TargetByYear = "{0} đến năm {1}";
    public const string TargetProjection = "{0} (nếu giữ tốc độ hiện nay)";
    public const string TargetCorrectedBy = "bởi {0} (văn bản ghi: {1})";
    public const string TargetSourceLine = "dòng {0} của văn bản nghị quyết";
    public const string TrendChartTitle = "Số liệu từng năm của {0} so với mục tiêu";
    public const string TrendChartCaption = "Đường liền: số liệu đã duyệt; đường đứt đỏ: mục tiêu; đường chấm: dự báo đến {0}.";
    public const string AuditEmpty = "Chưa có thay đổi nào.";
    public const string RevisionExplanation = "Nghị quyết đã ban hành: thay đổi chỉ tiêu là một lần điều chỉnh, có hiệu lực khi cấp trên duyệt; số liệu các năm trước năm áp dụng vẫn được đánh giá theo chỉ tiêu cũ.";
    public const string SearchFound = "Tìm thấy {0} kết quả cho “{1}”.";
    public const string SearchMoreLines = "… và {0} dòng khác.";
    public const string SearchShownOfTotal = "{0} trong {1}";
    public const string StatusBadRequestText = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.";
    public const string StatusForbiddenText = "Tài khoản của bạn không được phép xem hoặc thay đổi nội dung này.";
    public const string StatusNotFoundText = "Địa chỉ không tồn tại hoặc nội dung đã bị xóa.";
    public const string NothingSaved = "Không có gì được lưu.";
    public const string StatusErrorText = "Hệ thống gặp lỗi không mong đợi. Vui lòng thử lại hoặc báo cho quản trị hệ thống.";
    public const string CompareLatest = "mới nhất đã duyệt";
    public const string CompareChartProvinceLine = "; đường đỏ nét đứt: chỉ tiêu của tỉnh {0}";
    public const string FiguresLeadShare = "Với chỉ tiêu tỷ lệ (%) có thể ghi tử số và mẫu số thay cho giá trị.";
    public const string SearchNone = "không có";
}
