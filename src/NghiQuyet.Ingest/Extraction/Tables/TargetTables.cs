using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Rows of the targets-to-2030 tables (Biểu 03: "TT | Chỉ tiêu | Đơn vị tính | Mục tiêu đến 2030 | Ghi chú"), every row,
/// cells as printed. Figures in <see cref="TableTargetRow.Expression"/> are left for the targets extractor to read.
/// </summary>
public static class TargetTables
{
    public static IReadOnlyList<TableTargetRow> Read(SourceDocument doc) => Read(DocumentTables.Of(doc));

    internal static IReadOnlyList<TableTargetRow> Read(DocumentTables tables)
    {
        var doc = tables.Document;
        var rows = new List<TableTargetRow>();
        foreach (var region in tables.Regions.Where(r => r.Header.HasNewTargets))
        {
            if (region.Header.IsTargets)
                rows.AddRange(region.HasCells ? FromCells(doc, region) : FlatTargetRows.Read(doc, region));
            else
                rows.AddRange(FromCombined(region, tables.Rows(region)));
        }
        return rows;
    }

    /// <summary>
    /// A province table that assesses the old term and sets the new one side by side: each row's new-target cell is a
    /// target of its own, read through the same row model as the assessment.
    /// </summary>
    private static IEnumerable<TableTargetRow> FromCombined(TableRegion region, IEnumerable<TableRow> rows)
    {
        foreach (var row in rows)
        {
            if (!row.Cells.TryGetValue(ColumnKind.NewTarget, out var cell) || cell.Text.Trim().Length == 0)
                continue;
            var note = row.Cells.TryGetValue(ColumnKind.Note, out var n) ? n : null;
            yield return new TableTargetRow(row.Item, row.Group, row.Name, row.Unit, cell.Text, cell.Line)
            {
                Note = note?.Text,
                NoteLine = note?.Line,
                ExpressionLines = [cell],
                Table = region.Label,
            };
        }
    }

    private static IEnumerable<TableTargetRow> FromCells(SourceDocument doc, TableRegion region)
    {
        foreach (var row in CellRows.Read(doc, region))
        {
            var expression = row.Cell(ColumnKind.Target) ?? "";
            var note = row.Cells.TryGetValue(ColumnKind.Note, out var n) ? n : null;
            yield return new TableTargetRow(row.Item, row.Group, row.Name, row.Unit, expression, row.Line)
            {
                Note = note?.Text,
                NoteLine = note?.Line,
                ExpressionLines = expression.Length > 0 ? [new TextAtLine(row.Line, expression)] : [],
                Table = region.Label,
            };
        }
    }
}
