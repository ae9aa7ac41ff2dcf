using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// A document's tables found once: its separated cells put back, its table regions located, and each region's rows read
/// at most once. The assessment reader and the targets reader both walk the same regions (a province table that
/// assesses the old term and sets the new one is read by both), and locating tables tests every line of the report.
/// </summary>
internal sealed class DocumentTables
{
    private readonly Dictionary<TableRegion, IReadOnlyList<TableRow>> _rows = new(ReferenceEqualityComparer.Instance);

    private DocumentTables(SourceDocument doc)
    {
        Document = SeparatedCells.Apply(doc);
        Regions = TableLocator.Find(Document);
    }

    public static DocumentTables Of(SourceDocument doc) => new(doc);

    /// <summary>The document with the cells of its "|"- or gap-separated rows put back.</summary>
    public SourceDocument Document { get; }

    public IReadOnlyList<TableRegion> Regions { get; }

    /// <summary>A region's rows through the assessment row model (real cells or flattened lines), read once.</summary>
    public IReadOnlyList<TableRow> Rows(TableRegion region)
    {
        if (!_rows.TryGetValue(region, out var rows))
            _rows[region] = rows = [.. region.HasCells ? CellRows.Read(Document, region) : FlatAssessmentRows.Read(Document, region)];
        return rows;
    }
}
