namespace NghiQuyet.Core;

/// <summary>What the site says outside its pages: start-up lines, scheduled backups, charts' labels, the exports' tables.</summary>
public static partial class Messages
{
    public const string ScheduledBackupIntervalHint = "Backup:Interval = {0} (ví dụ 1.00:00:00 là một ngày, 06:00:00 là sáu giờ)";
    public const string ScheduledBackupKeepHint = "Backup:Keep = {0} (số tệp giữ lại, ít nhất 1)";
    public const string ScheduledBackupDoneLog = "Sao lưu định kỳ: {Path}, {Tables} bảng, {Rows} dòng, SHA-256 {Sha256}";
    public const string ScheduledBackupPruneFailedLog = "Không xóa được bản sao lưu cũ {Path}: {Error}";
    public const string WebStartedWithDb = "NghiQuyet: cơ sở dữ liệu {0}";
    public const string DemoSeededFull = "Dữ liệu mẫu đầy đủ: tỉnh Sơn La, {0} xã/phường × {1} chỉ tiêu, số liệu {2}–{3}; nghị quyết của tỉnh.";
    public const string DemoSeeded = "Dữ liệu mẫu: tỉnh Sơn La, 75 xã/phường, {0} xã có nghị quyết và số liệu {1}–{2}; nghị quyết của tỉnh.";
    public const string DemoAccounts = "Tài khoản mẫu (mật khẩu chung: {0}):";
    public const string SystemActor = "hệ thống";
    public const string DbHostMissing = "thiếu Host";
    public const string ChartUnitTarget = "Chỉ tiêu của {0}: {1}";
    public const string ChartTargetLevel = "Mục tiêu {0}: {1}";
    public const string ExportTargetsSheet = "Biểu 02";
    public const string ExportPreviousSheet = "Biểu 01";
    public const string ExportTargetsTitle = "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ";
    public const string ExportPreviousTitleTerm = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ {0}–{1}";
    public const string ExportTargetColumnYear = "Chỉ tiêu đến {0}";
    public const string ExportColumnResultInYear = "Kết quả {0}";
    public const string ExportColumnNumber = "TT";
    public const string ExportColumnIndicator = "Chỉ tiêu";
    public const string ExportColumnResults = "Kết quả thực hiện";
    public const string ExportColumnAssessment = "Đánh giá";
    public const string ExportColumnUnit = "Đơn vị";
    public const string ExportTargetsTitleTerm = "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ {0}–{1}";
    public const string ExportPreviousTitle = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ TRƯỚC";
    public const string ExportTargetColumn = "Chỉ tiêu đến cuối nhiệm kỳ";
    public const string ExportColumnUnitOfMeasure = "Đơn vị tính";
    public const string ExportColumnResolutionTarget = "Chỉ tiêu NQ";
    public const string ExportColumnResult = "Kết quả";
}
