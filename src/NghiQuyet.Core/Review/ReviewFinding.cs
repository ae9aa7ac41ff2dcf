using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Review;

/// <summary>One thing a reviewer should look at in a draft report: its kind, the line(s) and a Vietnamese message.</summary>
public sealed record ReviewFinding(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("other_line")] int? OtherLine,
    [property: JsonPropertyName("message")] string Message);

/// <summary>The kinds of finding, as they appear in <c>review --format json</c>.</summary>
public static class FindingKinds
{
    /// <summary>The same indicator given different figures in the text and in an appendix table.</summary>
    public const string FigureMismatch = "figure_mismatch";
    /// <summary>Item labels duplicated, skipped or out of order.</summary>
    public const string Numbering = "numbering";
    /// <summary>A printed verdict the figures and the indicator's direction contradict.</summary>
    public const string VerdictContradiction = "verdict_contradiction";
    /// <summary>"Đạt" printed where the figures exceed the target well: not wrong, but "Vượt" would be exact.</summary>
    public const string VerdictUnderstated = "verdict_understated";
    /// <summary>A printed verdict with no target or no achieved figure to support it.</summary>
    public const string MissingFigure = "missing_figure";
    /// <summary>A commune target less ambitious than the province's for the same indicator.</summary>
    public const string WeakerThanProvince = "weaker_than_province";
    /// <summary>A unit of another kind than the indicator's, or than the same indicator's elsewhere in the report.</summary>
    public const string UnitMismatch = "unit_mismatch";
    /// <summary>A share outside 0–100%.</summary>
    public const string ImplausibleValue = "implausible_value";
    /// <summary>A target in the appendix table that the text of the report does not set.</summary>
    public const string AppendixOnly = "appendix_only";
    /// <summary>A deadline outside the term.</summary>
    public const string YearOutsideTerm = "year_outside_term";
}
