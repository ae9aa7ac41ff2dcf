using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Targets.Phrases;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>One target read from a short expression: op, value(s), unit, and the words around it that are not the figure.</summary>
public sealed record ParsedTarget(TargetOp Op, decimal? Value, decimal? ValueMax, string? Unit, string Rest);

/// <summary>
/// The target-expression grammar on its own, for a table's target cell ("Duy trì 758 ha, trồng mới 50 ha/năm", "≥ 17/19",
/// "&lt; 10", "05 bản") or any short phrase ("tăng bình quân hằng năm 9,9%", "đạt chuẩn"). A number with no unit is
/// accepted here (a table gives the unit in its own column).
/// </summary>
public static partial class TargetExpression
{
    [GeneratedRegex(@"\b(?:duy tri|giu vung)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MaintainWord();

    [GeneratedRegex(@"\b(?:dat chuan|dat|hoan thanh|tro thanh)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AchieveWord();

    public static IReadOnlyList<ParsedTarget> Parse(string text, bool ocr = false) => Parse(text, TargetPhrasePipeline.Default, ocr);

    public static IReadOnlyList<ParsedTarget> Parse(string text, TargetPhrasePipeline pipeline, bool ocr = false)
    {
        var t = MatchText.Create(text.Trim(), ocr);
        var result = new List<ParsedTarget>();
        // Clauses: ";" and sentence ends, as in running text.
        var clauses = Regex.Split(t.Folded, @"(?<=;)|(?<=\.)\s+(?=\D)");
        var offset = 0;
        foreach (var clause in clauses)
        {
            var start = t.Folded.IndexOf(clause, offset, StringComparison.Ordinal);
            if (start < 0) continue;
            var end = start + clause.Length;
            offset = end;
            var figures = FigureScanner.Scan(t, start, end, ocr, unitless: true);
            // "phấn đấu 01 trường đạt mức độ 2": a bare number after a figure with its unit is part of a name.
            var firstWithUnit = figures.FindIndex(f => f.Unit is not null);
            if (firstWithUnit >= 0)
                figures = figures.Where((f, i) => f.Unit is not null || i < firstWithUnit).ToList();
            for (var i = 0; i < figures.Count; i++)
            {
                var f = figures[i];
                var phrase = pipeline.Recognize(new FigureContext(f, t.Folded[start..f.Start], t.Folded[f.End..end]));
                var segStart = i > 0 ? figures[i - 1].End : start;
                var segEnd = i + 1 < figures.Count ? figures[i + 1].Start : end;
                var rest = NameText.Of(t, segStart, Math.Max(segStart, f.Start - phrase.BeforeLength))
                    .Append(NameText.Of(t, Math.Min(segEnd, f.End + phrase.AfterLength), segEnd))
                    .Clean(false);
                result.Add(new ParsedTarget(phrase.Op, f.Value, f.ValueMax, phrase.Unit ?? f.Unit, rest.Original.Trim(' ', ',', ';', '.')));
            }
        }
        if (result.Count == 0 && t.Length > 0)
        {
            if (MaintainWord().IsMatch(t.Folded))
                result.Add(new ParsedTarget(TargetOp.Maintain, null, null, null, t.Original));
            else if (AchieveWord().IsMatch(t.Folded))
                result.Add(new ParsedTarget(TargetOp.Achieve, null, null, null, t.Original));
        }
        return result;
    }
}
