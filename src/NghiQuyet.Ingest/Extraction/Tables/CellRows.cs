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
            if (cells.Count != columns.Count)
            {
                // Cells that do not line up with the header (spaced text lost an empty cell, OCR lost a rule): the row is
                // read the way a flattened one is, from the right.
                if (ReadUnaligned(line, region.Header, item, group) is { } flat)
                {
                    if (flat.Group is { } heading)
                        group = heading;
                    else
                    {
                        item = flat.Row!.Item ?? item;
                        yield return flat.Row;
                    }
                }
                continue;
            }
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
            if (name is not null && !HasFigures(byKind) && GroupOf(itemCell, name, byKind.Count) is { } groupHeading)
            {
                group = groupHeading;
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

    /// <summary>
    /// A figureless row that heads a group: a numeral in the name cell ("I. Chỉ tiêu kinh tế"), or words that read as a
    /// group heading beside a numeral OCR damaged ("I11", "Il") — a plain number there is an item's only when the row has
    /// more cells than a number and a name.
    /// </summary>
    private static string? GroupOf(string? itemCell, string name, int filledCells)
    {
        if (itemCell is null && TableLines.Group(name) is { } heading)
            return heading;
        var numbered = itemCell is not null && itemCell.All(char.IsAsciiDigit);
        return TableLines.IsGroupHeading(name) && (!numbered || filledCells <= 2) ? name : null;
    }

    private sealed record Unaligned(TableRow? Row, string? Group);

    private static Unaligned? ReadUnaligned(SourceLine line, TableHeader header, string? item, string? group)
    {
        var text = string.Join(' ', line.Cells!.Where(c => c.Length > 0));
        if (TableLines.Group(text) is { } heading)
            return new Unaligned(null, heading);
        var tokens = Token.Split(text, line.Number);
        if (TableLines.Item(text) is { } numbered && tokens.Count > 1)
        {
            item = numbered.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            tokens.RemoveAt(0);
        }
        return FlatRowParser.Parse(tokens, header, item, group) is { } row ? new Unaligned(row, null) : null;
    }

    private static bool HasFigures(Dictionary<ColumnKind, string> byKind) =>
        byKind.Any(p => p.Key is ColumnKind.Target or ColumnKind.Actual && FigureText.HasNumber(p.Value));
}
