using System.Text.RegularExpressions;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Tables that reached us as text with their cells still marked — ruled with "|" (a table pasted from a Markdown or
/// e-mail view, or an OCR engine keeping the rules) or set apart by runs of spaces (text taken from a PDF with its
/// layout) — get their cells back, so they are read through the same row model as a real table. A row whose cells do
/// not line up with the header (an empty cell left no trace) is read flattened by <see cref="CellRows"/>.
/// </summary>
internal static partial class SeparatedCells
{
    [GeneratedRegex(@"\S(?: {2,}|\t+)(?=\S)")]
    private static partial Regex Gap();

    public static SourceDocument Apply(SourceDocument doc)
    {
        List<SourceLine>? changed = null;
        for (var i = 0; i < doc.Lines.Count; i++)
        {
            var line = doc.Lines[i];
            if (line.Cells is not null)
                continue;
            var text = line.Text;
            var wrapped = WrappedRuledRow(doc.Lines, i);
            if (wrapped > i)
                text = text.TrimEnd() + " " + doc.Lines[wrapped].Text.Trim();
            if (Cells(text) is not { } cells)
                continue;
            changed ??= [.. doc.Lines];
            changed[i] = line with { Text = string.Join('\t', cells), Cells = cells };
            if (wrapped > i)
            {
                // The wrapped half now stands in the row above; its own line stays, empty, so line numbers hold.
                changed[wrapped] = doc.Lines[wrapped] with { Text = "" };
                i = wrapped;
            }
        }
        return changed is null ? doc : doc with { Lines = changed };
    }

    /// <summary>
    /// A ruled row the page wrapped: it opens with "|" but lacks its closing rule, and the next line closes it without
    /// opening one ("| 7 | Tỷ lệ lao động qua" / "đào tạo | % | 65 | 67 |"). The index of that next line, else -1.
    /// </summary>
    private static int WrappedRuledRow(IReadOnlyList<SourceLine> lines, int i)
    {
        var text = lines[i].Text.Trim();
        if (!text.StartsWith('|') || text.EndsWith('|'))
            return -1;
        for (var j = i + 1; j < lines.Count && j <= i + 2; j++)
        {
            var next = lines[j].Text.Trim();
            if (next.Length == 0)
                continue;
            return lines[j].Cells is null && !next.StartsWith('|') && next.EndsWith('|') ? j : -1;
        }
        return -1;
    }

    /// <summary>Whether <see cref="Gap"/> matches twice; most lines have no double space or tab and are not searched.</summary>
    private static bool HasTwoGaps(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\t'))
            return false;
        var n = 0;
        foreach (var _ in Gap().EnumerateMatches(text))
            if (++n == 2)
                return true;
        return false;
    }

    /// <summary>The cells of a ruled line ("| 1 | Thu ngân sách | Tỷ đồng | 2,5 |") or a spaced one; null for running text.</summary>
    public static IReadOnlyList<string>? Cells(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.AsSpan().Count('|') >= 2)
        {
            var parts = trimmed.Split('|').Select(c => c.Trim()).ToList();
            // The outer rules of "| a | b |" are borders, not empty cells.
            if (trimmed.StartsWith('|'))
                parts.RemoveAt(0);
            if (trimmed.EndsWith('|') && parts.Count > 0)
                parts.RemoveAt(parts.Count - 1);
            return parts.Count >= 3 && parts.Count(p => p.Length > 0) >= 2 ? parts : null;
        }
        // Two gaps of two spaces or more: three cells. One gap is a sentence's double space.
        if (!HasTwoGaps(trimmed))
            return null;
        return [.. Regex.Split(trimmed, @" {2,}|\t+").Select(c => c.Trim())];
    }
}
