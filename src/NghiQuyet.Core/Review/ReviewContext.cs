using System.Text.RegularExpressions;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Review;

/// <summary>
/// A target as the review reads it, from an extraction or a stored draft alike: where it stands (item, group, line),
/// what it says, its catalog match, and whether it stands in an appendix table or in the text.
/// </summary>
public sealed record ReviewedTarget(string? Item, TargetGroup Group, int Line, TargetTerms Target, IndicatorMatch Match, bool InAppendix)
{
    /// <summary>The matched indicator's key, or null.</summary>
    public string? Key => Match.Key;
    /// <summary>The catalog's name where matched, else the name as extracted.</summary>
    public string DisplayName => Match.Indicator?.Name ?? Target.Name;
}

/// <summary>A previous-term result row with its catalog match.</summary>
public sealed record ReviewedResult(PreviousTermResult Result, IndicatorMatch Match);

/// <summary>What every check reads: the source, the draft's header, targets and results with catalog matches, the
/// province's targets (if any).</summary>
public sealed partial class ReviewContext
{
    /// <summary>A report just read (<c>nghiquyet review</c>).</summary>
    public ReviewContext(SourceDocument source, ExtractionResult extraction, IReadOnlyList<ExtractedTarget>? provinceTargets,
        IndicatorMatcher matcher, EvaluationOptions options)
        : this(source, extraction.Document,
            extraction.Targets.Select(t => (t.Item, t.Group, t.Line, t.Terms)),
            extraction.Results,
            (provinceTargets ?? []).Select(t => (t.Item, t.Group, t.Line, t.Terms)),
            matcher, options)
    {
    }

    /// <summary>A stored draft as it stands (corrections applied), against its province's current resolution.</summary>
    public ReviewContext(SourceDocument source, Resolution draft, Resolution? province, IndicatorMatcher matcher, EvaluationOptions options)
        : this(source, draft.Header,
            draft.Targets.OrderBy(t => t.Position).Select(t => (t.Item, t.Group, t.Line, t.Terms)),
            draft.Results.OrderBy(r => r.Position).Select(r => r.Row),
            (province?.Targets ?? []).OrderBy(t => t.Position).Select(t => (t.Item, t.Group, t.Line, t.Terms)),
            matcher, options)
    {
    }

    private ReviewContext(SourceDocument source, DocumentHeader header,
        IEnumerable<(string? Item, TargetGroup Group, int Line, TargetTerms Terms)> targets, IEnumerable<PreviousTermResult> results,
        IEnumerable<(string? Item, TargetGroup Group, int Line, TargetTerms Terms)> provinceTargets,
        IndicatorMatcher matcher, EvaluationOptions options)
    {
        Source = source;
        Header = header;
        Matcher = matcher;
        Options = options;
        AppendixStart = FindAppendixStart(source);
        Targets = targets
            .Select(t => new ReviewedTarget(t.Item, t.Group, t.Line, t.Terms, matcher.Match(t.Terms), IsInAppendix(t.Line)))
            .OrderBy(t => t.Line)
            .ToList();
        Results = results.Select(r => new ReviewedResult(r, matcher.Match(r))).ToList();
        ProvinceTargets = provinceTargets.Select(t => new ReviewedTarget(t.Item, t.Group, t.Line, t.Terms, matcher.Match(t.Terms), false)).ToList();
    }

    /// <summary>The report's lines.</summary>
    public SourceDocument Source { get; }
    /// <summary>The report's header (its term bounds the targets' years and dates the previous term's verdicts).</summary>
    public DocumentHeader Header { get; }
    /// <summary>The catalog matcher the checks share.</summary>
    public IndicatorMatcher Matcher { get; }
    /// <summary>The evaluation thresholds the checks apply.</summary>
    public EvaluationOptions Options { get; }
    /// <summary>The report's targets with their matches, in line order.</summary>
    public IReadOnlyList<ReviewedTarget> Targets { get; }
    /// <summary>The previous term's results with their matches.</summary>
    public IReadOnlyList<ReviewedResult> Results { get; }
    /// <summary>The province's own targets with their matches (empty when none were given).</summary>
    public IReadOnlyList<ReviewedTarget> ProvinceTargets { get; }

    /// <summary>The first appendix caption line ("Biểu 01", "Phụ lục 2"), or null when the report has none.</summary>
    public int? AppendixStart { get; }

    /// <summary>Targets stated in the text, before any appendix.</summary>
    public IEnumerable<ReviewedTarget> BodyTargets => Targets.Where(t => !t.InAppendix);
    /// <summary>Targets found in appendix tables.</summary>
    public IEnumerable<ReviewedTarget> AppendixTargets => Targets.Where(t => t.InAppendix);

    /// <summary>The text of a source line by its number, or null.</summary>
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
    public static string Describe(TargetTerms t) => DomainWords.Target(t, strictInWords: true);

    /// <summary>A figure as a reader writes it, from its parts.</summary>
    public static string Describe(TargetOp op, decimal? value, decimal? valueMax, string? unit) =>
        DomainWords.Target(op, value, valueMax, unit, strictInWords: true);

    /// <summary>A number in Vietnamese format with its unit ("36,5%", "758 ha").</summary>
    public static string WithUnit(decimal value, string? unit) => DomainWords.WithUnit(value, unit);

    /// <summary>A computed verdict's name as a report prints it.</summary>
    public static string VerdictName(Verdict v) => DomainWords.Verdict(v);

    /// <summary>A printed verdict's name as the report printed it.</summary>
    public static string VerdictName(PrintedVerdict v) => DomainWords.Verdict(v);
}
