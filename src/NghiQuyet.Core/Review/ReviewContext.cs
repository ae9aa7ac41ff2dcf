using System.Text.RegularExpressions;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Review;

/// <summary>An extracted target with its catalog match, and whether it stands in an appendix table or in the text.</summary>
public sealed record ReviewedTarget(ExtractedTarget Target, IndicatorMatch Match, bool InAppendix)
{
    public string? Key => Match.Key;
    public string DisplayName => Match.Indicator?.Name ?? Target.Name;
}

public sealed record ReviewedResult(PreviousTermResult Result, IndicatorMatch Match);

/// <summary>What every check reads: the source, the extraction with catalog matches, the province's targets (if any).</summary>
public sealed partial class ReviewContext
{
    public ReviewContext(SourceDocument source, ExtractionResult extraction, IReadOnlyList<ExtractedTarget>? provinceTargets,
        IndicatorMatcher matcher, EvaluationOptions options)
    {
        Source = source;
        Extraction = extraction;
        Matcher = matcher;
        Options = options;
        AppendixStart = FindAppendixStart(source);
        Targets = extraction.Targets
            .Select(t => new ReviewedTarget(t, matcher.Match(t), IsInAppendix(t.Line)))
            .OrderBy(t => t.Target.Line)
            .ToList();
        Results = extraction.Results.Select(r => new ReviewedResult(r, matcher.Match(r))).ToList();
        ProvinceTargets = (provinceTargets ?? []).Select(t => new ReviewedTarget(t, matcher.Match(t), false)).ToList();
    }

    public SourceDocument Source { get; }
    public ExtractionResult Extraction { get; }
    public IndicatorMatcher Matcher { get; }
    public EvaluationOptions Options { get; }
    public IReadOnlyList<ReviewedTarget> Targets { get; }
    public IReadOnlyList<ReviewedResult> Results { get; }
    public IReadOnlyList<ReviewedTarget> ProvinceTargets { get; }

    /// <summary>The first appendix caption line ("Biểu 01", "Phụ lục 2"), or null when the report has none.</summary>
    public int? AppendixStart { get; }

    public IEnumerable<ReviewedTarget> BodyTargets => Targets.Where(t => !t.InAppendix);
    public IEnumerable<ReviewedTarget> AppendixTargets => Targets.Where(t => t.InAppendix);

    public string? LineText(int line) =>
        line >= 1 && line <= Source.Lines.Count && Source.Lines[line - 1].Number == line
            ? Source.Lines[line - 1].Text
            : Source.Lines.FirstOrDefault(l => l.Number == line)?.Text;

    /// <summary>
    /// Text after the first appendix caption is the appendix. Where the report has no caption, a row of a real table
    /// (docx/pdf) stands for the appendix.
    /// </summary>
    private bool IsInAppendix(int line)
    {
        if (AppendixStart is { } start)
            return line > start;
        var source = Source.Lines.FirstOrDefault(l => l.Number == line);
        return source?.IsTableRow == true;
    }

    // A caption stands on a line of its own: "Biểu 03", "BIỂU SỐ 2", "Phụ lục 01", OCR's "Bieu 03" — not
    // "(chi tiết tại Biểu 01)". Matched on the folded line.
    [GeneratedRegex(@"^(bieu|phu luc)\s*(so\s*)?([0-9]{1,2}|[ivx]{1,4})\b.{0,40}$")]
    private static partial Regex Caption();

    private static int? FindAppendixStart(SourceDocument source)
    {
        foreach (var line in source.Lines)
        {
            var text = VietnameseFold.Fold(line.Text);
            if (text.Length <= 60 && Caption().IsMatch(text))
                return line.Number;
        }
        return null;
    }

    /// <summary>"39,5%", "≥ 90%", "758 ha", "5–7%/năm", "tăng 70%" — a target's figure as a reader writes it, a strict
    /// bound in words ("dưới 6%") since findings quote it in a sentence.</summary>
    public static string Describe(ExtractedTarget t) => DomainWords.Target(t, strictInWords: true);

    public static string Describe(TargetOp op, decimal? value, decimal? valueMax, string? unit) =>
        DomainWords.Target(op, value, valueMax, unit, strictInWords: true);

    public static string WithUnit(decimal value, string? unit) => DomainWords.WithUnit(value, unit);

    public static string VerdictName(Verdict v) => DomainWords.Verdict(v);

    public static string VerdictName(PrintedVerdict v) => DomainWords.Verdict(v);
}
