using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>A table found in a document: its caption label, header, and the lines of its body (indexes into Lines).</summary>
internal sealed record TableRegion(string? Label, TableHeader Header, int BodyStart, int BodyEnd, bool HasCells)
{
    /// <summary>1-based source line of the header's first line, for messages.</summary>
    public int HeaderLine { get; init; }
}

/// <summary>
/// Finds tables by their header ("TT | Chỉ tiêu | …"), whether real (rows with Cells) or flattened into lines of text,
/// then takes the caption label above and the body below, up to the next caption, a run of prose, or the end.
/// </summary>
internal static class TableLocator
{
    private const int MaxHeaderLines = 24;
    private const int LabelLookBack = 12;
    private const int ProseRun = 4;
    private const int ProseLength = 70;

    public static IReadOnlyList<TableRegion> Find(SourceDocument doc)
    {
        var lines = doc.Lines;
        var regions = new List<TableRegion>();
        var previousEnd = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!TableLines.IsHeaderStart(lines[i]))
                continue;
            var cells = lines[i].Cells is not null;
            var (header, bodyStart) = cells ? CellHeader(lines, i) : TextHeader(lines, i);
            var bodyEnd = cells ? CellBodyEnd(lines, bodyStart) : 0;
            if (cells && (MoreRowsFollow(lines, bodyEnd) || (doc.Format != "docx" && HasWrappedLines(lines, bodyStart, bodyEnd))))
            {
                // A PDF table: rows with wide gaps came as cells, their wrapped lines as plain text. Read it flattened.
                cells = false;
                (header, bodyStart) = TextHeader(lines, i);
            }
            if (header is null || !(header.IsAssessment || header.IsTargets))
                continue;
            var label = FindLabel(lines, i, previousEnd);
            if (!cells)
                bodyEnd = TextBodyEnd(lines, bodyStart, header);
            regions.Add(new TableRegion(label, header, bodyStart, bodyEnd, cells) { HeaderLine = lines[i].Number });
            previousEnd = bodyEnd;
            i = Math.Max(i, bodyEnd - 1);
        }
        return regions;
    }

    private static (TableHeader?, int) TextHeader(IReadOnlyList<SourceLine> lines, int start)
    {
        var parts = new List<string> { lines[start].Text };
        var j = start + 1;
        for (; j < lines.Count && j < start + MaxHeaderLines; j++)
        {
            var text = lines[j].Text.Trim();
            if (text.Length == 0)
                continue;
            if (TableLines.Group(text) is not null || TableLines.Item(text) is not null
                || Token.Split(text, 0).Any(t => FigureText.IsFigure(t.Text, allowPercent: true) && !FigureText.IsYear(t.Text)))
                break;
            parts.Add(text);
        }
        return (TableHeader.FromText(string.Join(' ', parts)), j);
    }

    private static (TableHeader?, int) CellHeader(IReadOnlyList<SourceLine> lines, int start)
    {
        var columns = lines[start].Cells!.ToList();
        var j = start + 1;
        // Stacked header rows ("Nhiệm kỳ 2020-2025" over "Chỉ tiêu | Thực hiện") and the "(1) (2) (3)" numbering row.
        for (; j < lines.Count && lines[j].Cells is { } cells; j++)
        {
            if (TableLines.IsColumnNumbering(cells))
                continue;
            var first = cells.FirstOrDefault(c => c.Trim().Length > 0) ?? "";
            if (cells.Any(c => Token.Split(c, 0).Any(t => FigureText.IsFigure(t.Text, allowPercent: true) && !FigureText.IsYear(t.Text)))
                || TableLines.Group(first) is not null || TableLines.IsGroupLabel(first) || TableLines.Item(first) is not null || cells.Any(c => VerdictWords.Whole(c) is not null))
                break;
            for (var k = 0; k < cells.Count; k++)
            {
                if (k >= columns.Count)
                    columns.Add(cells[k]);
                else if (cells[k].Trim().Length > 0)
                    columns[k] = (columns[k] + " " + cells[k]).Trim();
            }
        }
        return (TableHeader.FromCells(columns), j);
    }

    private static string? FindLabel(IReadOnlyList<SourceLine> lines, int headerStart, int floor)
    {
        var seen = 0;
        for (var j = headerStart - 1; j >= floor && seen < LabelLookBack; j--)
        {
            var text = lines[j].Text.Trim();
            if (text.Length == 0)
                continue;
            seen++;
            if (TableLines.Label(text) is { } label)
                return label;
        }
        return null;
    }

    private static int TextBodyEnd(IReadOnlyList<SourceLine> lines, int start, TableHeader header)
    {
        var prose = 0;
        for (var j = start; j < lines.Count; j++)
        {
            var text = lines[j].Text.Trim();
            if (text.Length == 0)
                continue;
            // A caption, or another table's header (one the page break repeated is made of this header's words).
            if (TableLines.IsCaption(text) || (TableLines.IsHeaderStart(lines[j]) && !TableLines.IsHeaderLike(text, header)))
                return j;
            prose = text.Length >= ProseLength && !Token.Split(text, 0).Any(t => FigureText.IsFigure(t.Text)) ? prose + 1 : 0;
            if (prose >= ProseRun)
                return j - ProseRun + 1;
        }
        return lines.Count;
    }

    /// <summary>Whether rows with cells resume within a few lines after the real table seemed to end.</summary>
    private static bool MoreRowsFollow(IReadOnlyList<SourceLine> lines, int end)
    {
        var seen = 0;
        for (var j = end; j < lines.Count && seen < 5; j++)
        {
            if (lines[j].Text.Trim().Length == 0)
                continue;
            if (lines[j].Cells is not null)
                return !TableLines.IsHeaderStart(lines[j]);
            if (TableLines.IsCaption(lines[j].Text))
                return false;
            seen++;
        }
        return false;
    }

    /// <summary>
    /// Whether plain lines stand between the rows of a table read from text or a PDF: pieces of cells a line break
    /// wrapped, which only the flattened reading puts back (a Word table never wraps into plain lines).
    /// </summary>
    private static bool HasWrappedLines(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            var text = lines[j].Text.Trim();
            if (lines[j].Cells is null && text.Length > 0 && !TableLines.IsPageNumber(text) && !(text.Length <= 3 && text.All(char.IsAsciiDigit)))
                return true;
        }
        return false;
    }

    private static int CellBodyEnd(IReadOnlyList<SourceLine> lines, int start)
    {
        var lastRow = start - 1;
        for (var j = start; j < lines.Count; j++)
        {
            if (lines[j].Cells is not null)
            {
                lastRow = j;
                continue;
            }
            var text = lines[j].Text.Trim();
            // A page number or running head between two halves of a table split by a page break.
            if (text.Length == 0 || (text.Length <= 40 && !TableLines.IsCaption(text) && j - lastRow <= 3))
                continue;
            break;
        }
        return lastRow + 1;
    }
}
