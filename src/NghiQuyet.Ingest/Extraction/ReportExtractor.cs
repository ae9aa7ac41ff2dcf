using System.Text.RegularExpressions;
using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Header;
using NghiQuyet.Ingest.Extraction.Prose;
using NghiQuyet.Ingest.Extraction.Structure;
using NghiQuyet.Ingest.Extraction.Targets;
using NghiQuyet.Ingest.Extraction.Targets.Phrases;

namespace NghiQuyet.Ingest.Extraction;

/// <summary>
/// A <see cref="SourceDocument"/> → <c>nq-extract/1</c>: the header, the new term's targets and the previous term's
/// results (assessment tables). Targets come from three readers, each a cue of its own: the targets section under its
/// heading, a targets table, and running text anywhere else (<see cref="ProseTargetReader"/>); a figure two of them
/// read is kept once. A Vietnamese text about a congress, resolution or plan with no new-term figure is a valid
/// input with an empty list and a warning; only a text that is none of these is refused.
/// </summary>
public static partial class ReportExtractor
{
    /// <summary>The words of the genre, any order: a text about a congress, a resolution or a plan names two of them.</summary>
    [GeneratedRegex(@"\b(?:[dpb]\w{0,2}i h\w{1,2}i|nghi quy\w{1,2}t|[dp]\w{1,2}ng b\w{1,2}|nhi\w{1,2}m k\w|bao cao chinh tri|ke hoach|chi t\w{1,2}u|muc t\w{1,2}u|phuong huong|ban chap hanh|[dp]ang uy|tinh uy|huyen uy|thanh uy)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GenreWords();

    [GeneratedRegex(@"\b(?:nhiem ky|giai doan)\s+(20\d\d)\s*-\s*(20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TermSpan();

    /// <summary>How many targets a heading or table must give before it counts as the document's full list.</summary>
    private const int StructuredListSize = 8;

    public static Result<ExtractionResult> Extract(SourceDocument source) => Extract(source, TargetPhrasePipeline.Default, ProseCuePipeline.Default);

    public static Result<ExtractionResult> Extract(SourceDocument source, TargetPhrasePipeline pipeline) => Extract(source, pipeline, ProseCuePipeline.Default);

    public static Result<ExtractionResult> Extract(SourceDocument source, TargetPhrasePipeline pipeline, ProseCuePipeline cues)
    {
        source = WellFormed(source);
        var diacritics = HeaderReader.DetectDiacritics(source);
        var ocr = diacritics == Diacritics.Missing;
        var header = HeaderReader.Read(source, diacritics);
        var lines = TargetSectionReader.Prepare(source, ocr);
        var warnings = new List<string>(source.Warnings);
        var term = TermOf(header, lines);
        var year = term.To;
        if (header.Term is null || header.Term.To <= term.From)
            header = header with { Term = new Term(term.From, term.To) };

        var section = TargetSectionReader.Find(lines, ocr, term.From, term.To);
        var targets = new List<ExtractedTarget>();
        if (section is not null)
        {
            var reader = new ItemTargetReader(pipeline, year, ocr, BareNumbers.KeepPrinted);
            foreach (var item in section.Items)
                targets.AddRange(reader.Read(item, warnings).Select(t => t with { Confidence = HeadingConfidence(t), Cue = "heading-list" }));
        }

        var tables = TableSources.Read(source);
        warnings.AddRange(tables.Warnings);
        var tableTargets = TableTargetMerger.ToTargets(tables.TargetRows, year, ocr, warnings)
            .Select(t => t with { Confidence = t.Confidence ?? 0.9, Cue = t.Cue ?? "table-column" }).ToList();
        targets = TableTargetMerger.Merge(targets, tableTargets);

        // A report that lists its targets under a heading or in a table gives the whole list there; its running text
        // elsewhere restates them or sets the figures of tasks. A text without such a list states its targets in prose.
        if (targets.Count < StructuredListSize)
        {
            var sentences = ProseSentences.Read(lines, _ => false, ocr);
            // Beside a heading's list, running text counts only where a sentence marks its own target.
            var prose = new ProseTargetReader(cues, pipeline, year, term, ocr) { OwnCuesOnly = section is not null }.Read(sentences);
            targets = ProseMerge.Merge(targets, prose);
        }

        if (targets.Count == 0 && tables.Results.Count == 0)
        {
            if (!IsGenre(lines))
                return Result<ExtractionResult>.Fail(string.Format(Messages.NotAReport, source.Name));
            warnings.Add(string.Format(Messages.NoTargetsSection, source.Name));
        }
        return Result<ExtractionResult>.Ok(new ExtractionResult(header, targets, tables.Results) { Warnings = warnings });
    }

    /// <summary>
    /// A lone UTF-16 surrogate (text built in code, a broken converter) cannot be normalised; it becomes U+FFFD so that
    /// the rest of the line is still read.
    /// </summary>
    private static SourceDocument WellFormed(SourceDocument source)
    {
        if (source.Lines.All(l => !HasLoneSurrogate(l.Text)))
            return source;
        var lines = source.Lines.Select(l => HasLoneSurrogate(l.Text) ? l with { Text = ReplaceLoneSurrogates(l.Text) } : l).ToList();
        return source with { Lines = lines };
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }

    private static string ReplaceLoneSurrogates(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>Two different words of the genre anywhere in the text's first lines, in any order.</summary>
    private static bool IsGenre(IReadOnlyList<ReportLine> lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Take(400))
        {
            foreach (Match m in GenreWords().Matches(line.Text.Folded))
            {
                seen.Add(m.Value[..Math.Min(5, m.Value.Length)]);
                if (seen.Count >= 2)
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The new term: the header's (the term named with the congress); a news text may name only the past term there, so a
    /// term the text names that starts when the header's ends replaces it ("Nhiệm kỳ 2020-2025, … Giai đoạn 2026-2030,
    /// …"). Where the header names none, the current cycle (2025–2030) or a later one the text names.
    /// </summary>
    private static TermYears TermOf(DocumentHeader header, IReadOnlyList<ReportLine> lines)
    {
        // Without a term in the header, the current cycle of congresses, unless the text names a later one.
        TermYears? best = header.Term is { } t ? new TermYears(t.From, t.To) : new TermYears(2025, 2030);
        foreach (var line in lines)
        {
            foreach (Match m in TermSpan().Matches(line.Text.Folded))
            {
                var a = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var from = b - a == 4 ? a - 1 : a;
                if (b - a is >= 4 and <= 5 && (best is null || from >= best.Value.To))
                    best = new TermYears(from, b);
            }
        }
        return best ?? new TermYears(2025, 2030);
    }

    /// <summary>An item under the targets heading is a target; only a thin name or a unit nobody listed makes it doubtful.</summary>
    private static double HeadingConfidence(ExtractedTarget t)
    {
        var c = 0.92;
        if (t.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) c -= 0.2;
        if (t.Value is not null && t.Unit is not null && Core.Catalog.MeasureUnits.Parse(t.Unit).Family == Core.Catalog.UnitFamily.Unknown
            && !Core.Catalog.UnitGrammar.Canonical(t.Unit)!.Equals(t.Unit, StringComparison.Ordinal))
            c -= 0.3;
        return Math.Round(c, 2);
    }
}
