namespace NghiQuyet.Core;

/// <summary>What the command line prints about a report or a resolution (extract, show, units).</summary>
public static partial class Messages
{
    /// <summary>A target where its year is not the term's last: "≥ 90% (năm 2027)".</summary>
    public const string TargetInYear = "{0} (năm {1})";
    /// <summary>Item, name, target, source line, low-confidence mark.</summary>
    public const string ExtractTargetLine = "  {0} {1} — {2}  [dòng {3}]{4}";
    public const string ExtractResultsTableLine = "  {0}: {1} chỉ tiêu";

    /// <summary>Unit, code, congress number, term, status.</summary>
    public const string ShowHeader = "{0} ({1}) — nghị quyết Đại hội lần thứ {2}, nhiệm kỳ {3}–{4} ({5})";
    public const string ShowResolutionId = "Mã nghị quyết: {0}";
    /// <summary>File, first 12 hex digits of its SHA-256, when and by whom it was imported.</summary>
    public const string ShowSource = "Nguồn: {0} (SHA-256 {1}…), nhập {2} bởi {3}";
    public const string ShowFormedFrom = "Hình thành từ: {0}";
    public const string ShowTargets = "Chỉ tiêu ({0}):";
    /// <summary>Item, name, target, year, source line.</summary>
    public const string ShowTargetLine = "  {0,-4} {1}: {2} (năm {3}; dòng {4})";
    public const string ShowCorrectedBy = " [đã sửa bởi {0}]";
    public const string ShowPreviousResults = "Kết quả nhiệm kỳ trước ({0}):";
    /// <summary>Table, name, target, actual, unit, " — verdict" or nothing.</summary>
    public const string ShowPreviousResultLine = "  [{0}] {1}: chỉ tiêu {2}, thực hiện {3} {4}{5}";
}
