using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Rows of a real table (Word or PDF rows with Cells): the columns are known, so a row is read cell by cell. Rows whose
/// first cell is a roman numeral are group rows; a row with an empty number cell belongs to the item above (merged cell).
/// </summary>
internal static class CellRows
{
    public static IEnumerable<TableRow> Read(SourceDocument doc, TableRegion region)
    {
        var columns = region.Header.Columns;
        string? group = null;
        string? item = null;
        for (var i = region.BodyStart; i < region.BodyEnd; i++)
        {
            var line = doc.Lines[i];
            if (line.Cells is not { } raw || TableLines.IsHeaderStart(line) || TableLines.IsColumnNumbering(raw))
                continue;
            var cells = raw.Select(c => string.Join(' ', c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
            if (cells.All(c => c.Length == 0))
                continue;
            var byKind = new Dictionary<ColumnKind, string>();
            for (var k = 0; k < cells.Count && k < columns.Count; k++)
                if (cells[k].Length > 0 && !byKind.ContainsKey(columns[k]))
                    byKind[columns[k]] = cells[k];

            var itemCell = byKind.GetValueOrDefault(ColumnKind.Item)?.Trim();
            var name = byKind.GetValueOrDefault(ColumnKind.Name);
            if (itemCell is not null && TableLines.IsGroupLabel(itemCell))
            {
                group = name ?? itemCell;
                continue;
            }
            if (itemCell is null && name is not null && TableLines.Group(name) is { } heading && !HasFigures(byKind))
            {
                group = heading;
                continue;
            }
            if (itemCell is not null)
                item = itemCell.TrimEnd('.', ')');
            if (name is null)
                continue;

            var located = byKind.Where(p => p.Key is not (ColumnKind.Item or ColumnKind.Name or ColumnKind.Unit))
                .ToDictionary(p => p.Key, p => new TextAtLine(line.Number, p.Value));
            var verdict = VerdictWords.Whole(byKind.GetValueOrDefault(ColumnKind.Assessment))
                ?? VerdictWords.Whole(byKind.GetValueOrDefault(ColumnKind.Note));
            yield return new TableRow(item, group, name, byKind.GetValueOrDefault(ColumnKind.Unit), located, verdict, line.Number);
        }
    }

    private static bool HasFigures(Dictionary<ColumnKind, string> byKind) =>
        byKind.Any(p => p.Key is ColumnKind.Target or ColumnKind.Actual && FigureText.HasNumber(p.Value));
}
