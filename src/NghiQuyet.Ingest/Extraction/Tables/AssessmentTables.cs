using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// The previous term's results from its assessment tables (Biểu 01, Biểu 02, Phụ lục: target, achieved, verdict), read
/// from real tables or rebuilt from tables flattened into lines. A row with neither a target nor an achieved figure
/// ("Xây dựng xã đạt chuẩn nông thôn mới | Đạt | Đạt | Đạt") states no figure and is left out. An assessment written as
/// prose is no table and yields nothing here.
/// </summary>
public static class AssessmentTables
{
    public static IReadOnlyList<PreviousTermResult> Read(SourceDocument doc) => Read(doc, null);

    /// <param name="doc">The report.</param>
    /// <param name="warnings">Where to say, in Vietnamese, which tables or rows could not be read; null to not say.</param>
    public static IReadOnlyList<PreviousTermResult> Read(SourceDocument doc, ICollection<string>? warnings) =>
        Read(DocumentTables.Of(doc), warnings);

    internal static IReadOnlyList<PreviousTermResult> Read(DocumentTables tables, ICollection<string>? warnings)
    {
        var results = new List<PreviousTermResult>();
        foreach (var region in tables.Regions.Where(r => r.Header.IsAssessment))
        {
            var before = results.Count;
            var rows = tables.Rows(region);
            foreach (var row in rows)
            {
                var target = FigureText.LowerBound(row.Cell(ColumnKind.Target));
                var actual = FigureText.LowerBound(row.Cell(ColumnKind.Actual));
                if (target is null && actual is null)
                {
                    warnings?.Add(string.Format(Messages.TableRowWithoutFigures, row.Line, row.Name));
                    continue;
                }
                (target, actual) = RatioCheck.Restore(target, actual, FigureText.LowerBound(row.Cell(ColumnKind.Ratio)));
                var line = row.Cells.TryGetValue(ColumnKind.Target, out var t) && target is not null ? t.Line : row.Line;
                results.Add(new PreviousTermResult(region.Label, row.Name, row.Unit, target, actual, row.Verdict, line));
            }
            if (results.Count == before)
                warnings?.Add(string.Format(Messages.TableWithoutRows, region.Label ?? Messages.UnlabelledTable, region.HeaderLine));
        }
        return results;
    }
}
