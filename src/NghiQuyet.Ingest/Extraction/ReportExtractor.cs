using System.Text.RegularExpressions;
using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Header;
using NghiQuyet.Ingest.Extraction.Structure;
using NghiQuyet.Ingest.Extraction.Targets;
using NghiQuyet.Ingest.Extraction.Targets.Phrases;

namespace NghiQuyet.Ingest.Extraction;

/// <summary>
/// A <see cref="SourceDocument"/> → <c>nq-extract/1</c>: the header, the new term's targets (from the text's targets
/// section, completed by a targets table where the report has one) and the previous term's results (assessment tables).
/// </summary>
public static partial class ReportExtractor
{
    /// <summary>What only a Party congress report says: its title, or the congress of a Party committee.</summary>
    [GeneratedRegex(@"\bbao\s+cao\s+chinh\s+tri\b|\b[dpb]\w{0,2}i\s+h\w{1,2}i\b.{0,40}\b[dpb]\w{0,2}ng\s+b\S{0,2}\s", RegexOptions.CultureInvariant)]
    private static partial Regex ReportWords();

    public static Result<ExtractionResult> Extract(SourceDocument source) => Extract(source, TargetPhrasePipeline.Default);

    public static Result<ExtractionResult> Extract(SourceDocument source, TargetPhrasePipeline pipeline)
    {
        var diacritics = HeaderReader.DetectDiacritics(source);
        var ocr = diacritics == Diacritics.Missing;
        var header = HeaderReader.Read(source, diacritics);
        var lines = TargetSectionReader.Prepare(source, ocr);
        var warnings = new List<string>(source.Warnings);

        var section = TargetSectionReader.Find(lines, ocr);
        var year = header.Term?.To ?? 2030;
        var targets = new List<ExtractedTarget>();
        if (section is not null)
        {
            var reader = new ItemTargetReader(pipeline, year, ocr);
            foreach (var item in section.Items)
                targets.AddRange(reader.Read(item, warnings));
        }

        var tables = TableSources.Read(source);
        warnings.AddRange(tables.Warnings);
        var tableTargets = TableTargetMerger.ToTargets(tables.TargetRows, year, ocr, warnings);
        targets = TableTargetMerger.Merge(targets, tableTargets);

        if (targets.Count == 0 && tables.Results.Count == 0)
        {
            var isReport = lines.Take(300).Any(l => ReportWords().IsMatch(l.Text.Folded));
            return Result<ExtractionResult>.Fail(string.Format(isReport ? Messages.NoTargetsSection : Messages.NotAReport, source.Name));
        }
        return Result<ExtractionResult>.Ok(new ExtractionResult(header, targets, tables.Results) { Warnings = warnings });
    }
}
