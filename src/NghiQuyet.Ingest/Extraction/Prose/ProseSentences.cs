using System.Text;
using NghiQuyet.Ingest.Extraction.Structure;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Prose;

/// <summary>A sentence of running text: its text, the source lines it spans, and whether it stands alone as a title.</summary>
public sealed record ProseSentence(int Block, MatchText Text, IReadOnlyList<(int Offset, int Line)> Pieces, bool IsTitle)
{
    /// <summary>A heading of a report ("PHẦN THỨ NHẤT …", "I- KẾT QUẢ …", "2. Các chỉ tiêu …", a line in capitals): it sets the frame.</summary>
    public bool IsHeading { get; init; }

    /// <summary>The item lines of [start, end) of the sentence, cut at source-line boundaries.</summary>
    public IReadOnlyList<ItemLine> Slice(int start, int end)
    {
        var lines = new List<ItemLine>();
        for (var i = 0; i < Pieces.Count; i++)
        {
            var s = Math.Max(start, Pieces[i].Offset);
            var e = Math.Min(end, i + 1 < Pieces.Count ? Pieces[i + 1].Offset : Text.Length);
            if (e > s)
                lines.Add(new ItemLine(Pieces[i].Line, Text.Original[s..e], false));
        }
        return lines;
    }
}

/// <summary>
/// Running text cut into sentences: lines are joined into a block while one runs on into the next (no full stop at its
/// end, the next starting in lower case — a wrapped paragraph), and a block is cut at full stops, "!", "?" and "…".
/// A short block with no full stop (a headline, a caption, a sub-heading) is one sentence marked as a title.
/// </summary>
public static class ProseSentences
{
    public static List<ProseSentence> Read(IReadOnlyList<ReportLine> lines, Func<ReportLine, bool> skip, bool ocr)
    {
        var sentences = new List<ProseSentence>();
        var block = 0;
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (skip(line) || line.Shape.Kind is LineKind.Blank or LineKind.PageNumber || line.IsTableRow)
            {
                i++;
                continue;
            }
            var sb = new StringBuilder();
            var pieces = new List<(int, int)>();
            var j = i;
            while (j < lines.Count)
            {
                var l = lines[j];
                if (j > i && (skip(l) || l.Shape.Kind is LineKind.Blank or LineKind.PageNumber || l.IsTableRow || !RunsOn(lines[j - 1], l)))
                    break;
                if (sb.Length > 0) sb.Append(' ');
                pieces.Add((sb.Length, l.Number));
                sb.Append(l.Text.Original.TrimEnd());
                j++;
            }
            var first = sentences.Count;
            Split(sb.ToString(), pieces, block++, ocr, sentences);
            if (j == i + 1 && sentences.Count == first + 1 && IsHeading(line))
                sentences[first] = sentences[first] with { IsHeading = true };
            i = j;
        }
        return sentences;
    }

    private static bool IsHeading(ReportLine line)
    {
        if (line.Shape.Kind is LineKind.Part or LineKind.RomanHeading or LineKind.NumberedHeading)
            return line.Text.Length < 200;
        var letters = 0;
        var upper = 0;
        foreach (var c in line.Text.Original)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 8 && upper * 10 >= letters * 8 && line.Text.Length < 200;
    }

    private static bool RunsOn(ReportLine previous, ReportLine next)
    {
        var p = previous.Text.Original.TrimEnd();
        var n = next.Text.Original.TrimStart();
        return p.Length > 0 && n.Length > 0 && !".!?:;…\"”".Contains(p[^1]) && char.IsLower(n[0]);
    }

    private static void Split(string text, List<(int, int)> pieces, int block, bool ocr, List<ProseSentence> into)
    {
        // A headline, sub-heading or photo caption: one short line standing alone without a full stop, or a photo's caption.
        var trimmed = text.TrimEnd();
        var title = text.Length < 160 && !trimmed.TrimEnd('.').Contains(". ", StringComparison.Ordinal)
            && (trimmed.Length == 0 || !".;:…!?".Contains(trimmed[^1]) || PhotoCaption(trimmed));
        var start = 0;
        for (var k = 0; k <= text.Length; k++)
        {
            var end = k == text.Length || (text[k] is '.' or '!' or '?' or '…' && EndsSentence(text, k));
            if (!end) continue;
            var stop = Math.Min(text.Length, k + 1);
            var s = start;
            while (s < stop && char.IsWhiteSpace(text[s])) s++;
            if (stop - s > 1)
            {
                var piece = text[s..stop];
                var mapped = pieces.Where(p => p.Item1 < stop).Select(p => (Math.Max(0, p.Item1 - s), p.Item2))
                    .GroupBy(p => p.Item1).Select(g => g.Last()).ToList();
                into.Add(new ProseSentence(block, MatchText.Create(piece, ocr), mapped, title));
            }
            start = stop;
        }
    }

    private static bool PhotoCaption(string text) =>
        text.Contains("Ảnh", StringComparison.Ordinal) || text.Contains("ảnh:", StringComparison.Ordinal) || text.Contains("(Ảnh", StringComparison.Ordinal);

    private static bool EndsSentence(string text, int i)
    {
        if (i + 1 >= text.Length)
            return true;
        // "15.8", "1.500", "TP.Cao Lãnh": no space after the point.
        if (text[i + 1] != ' ' && text[i] == '.')
            return false;
        var j = i + 1;
        while (j < text.Length && (text[j] == ' ' || text[j] == '.' || text[j] == '…')) j++;
        if (j >= text.Length)
            return true;
        var next = text[j];
        return char.IsUpper(next) || char.IsDigit(next) || next is '(' or '“' or '"' or '-' or '+' or '–' or '/';
    }
}
