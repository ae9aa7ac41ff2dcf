namespace NghiQuyet.Core;

public static partial class Messages
{
    // nghiquyet backup / restore-backup and the site's scheduled backup (issue 12, defect 7).
    public const string BackupWritten = "Đã sao lưu {0} vào {1}: {2} bảng, {3} dòng, phiên bản lược đồ {4}, mã kiểm tra SHA-256 {5}.";
    public const string BackupOutExists = "Tệp {0} đã có: chọn tên khác (bản sao lưu không ghi đè lên tệp nào).";
    public const string BackupOutFolderMissing = "Thư mục {0} không tồn tại.";
    public const string BackupToolMissing = "Không tìm thấy {0} trong PATH: cài gói Debian postgresql-client (cùng phiên bản chính với máy chủ PostgreSQL, ví dụ apt-get install postgresql-client) rồi chạy lại.";
    public const string BackupToolFailed = "{0} báo lỗi (mã {1}): {2}";
    public const string BackupToolTimedOut = "{0} chạy quá {1} phút và đã bị dừng.";
    public const string BackupFailed = "Không sao lưu được cơ sở dữ liệu: {0}";
    public const string BackupNotABackup = "Tệp {0} không phải bản sao lưu NghiQuyet (thiếu hoặc hỏng manifest.json).";
    public const string BackupUnknownFormat = "Bản sao lưu {0} có định dạng {1}, phiên bản này chỉ đọc {2}.";
    public const string BackupChecksumMismatch = "Bản sao lưu {0} bị hỏng: mã kiểm tra SHA-256 của dữ liệu là {1}, manifest ghi {2}. Không khôi phục gì.";
    public const string BackupProviderMismatch = "Bản sao lưu {0} là của {1}, không khôi phục được vào {2}.";
    public const string BackupSchemaTooNew = "Bản sao lưu {0} có lược đồ {1}, mới hơn phiên bản NghiQuyet này (mới nhất {2}): cập nhật NghiQuyet trước khi khôi phục.";
    public const string RestoreTargetNotEmpty = "Cơ sở dữ liệu đích {0} đã có dữ liệu ({1} bảng): chỉ khôi phục vào một cơ sở dữ liệu trống, không ghi đè.";
    public const string BackupManifestMismatch = "Bản sao lưu {0} không khớp manifest của nó ({1}). Không khôi phục gì.";
    public const string RestoreCountsMismatch = "Khôi phục xong nhưng không khớp manifest: {0}. Cơ sở dữ liệu đích cần được kiểm tra, đừng dùng nó.";
    public const string RestoreDone = "Đã khôi phục {0} vào {1}: {2} bảng, {3} dòng khớp manifest, phiên bản lược đồ {4}.";
    public const string ScheduledBackupFailed = "Sao lưu định kỳ thất bại: {0}";
    public const string ScheduledBackupSettingInvalid = "Cấu hình sao lưu định kỳ không hợp lệ: {0}";
}
