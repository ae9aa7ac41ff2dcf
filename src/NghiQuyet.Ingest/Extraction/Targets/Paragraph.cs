using System.Text;
using NghiQuyet.Ingest.Extraction.Structure;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>
/// An item's lines joined into one text (white space folded), remembering which source line each character came from
/// and where a sub-line ("+", "-") began, and split into clauses at ";", at a sentence end and at each sub-line.
/// </summary>
public sealed class Paragraph
{
    private readonly int[] _pieceStart;
    private readonly int[] _pieceLine;

    private Paragraph(MatchText text, int[] pieceStart, int[] pieceLine, List<int> hardBreaks)
    {
        Text = text;
        _pieceStart = pieceStart;
        _pieceLine = pieceLine;
        Clauses = Split(text.Original, hardBreaks);
    }

    public MatchText Text { get; }
    public IReadOnlyList<(int Start, int End)> Clauses { get; }

    public static Paragraph Build(IReadOnlyList<ItemLine> lines, bool ocr)
    {
        var sb = new StringBuilder();
        var starts = new int[lines.Count];
        var numbers = new int[lines.Count];
        var breaks = new List<int> { 0 };
        for (var i = 0; i < lines.Count; i++)
        {
            if (sb.Length > 0)
                sb.Append(' ');
            starts[i] = sb.Length;
            numbers[i] = lines[i].Number;
            if (lines[i].OpensSubLine && sb.Length > 0)
                breaks.Add(sb.Length);
            var lastSpace = true;
            foreach (var c in NfcText.Nfc(lines[i].Text))
            {
                var space = char.IsWhiteSpace(c);
                if (space && lastSpace) continue;
                sb.Append(space ? ' ' : c);
                lastSpace = space;
            }
            while (sb.Length > starts[i] && sb[^1] == ' ')
                sb.Length--;
        }
        return new Paragraph(MatchText.Create(sb.ToString(), ocr), starts, numbers, breaks);
    }

    /// <summary>The source line number of the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        var i = Array.BinarySearch(_pieceStart, offset);
        if (i < 0) i = ~i - 1;
        return _pieceLine[Math.Clamp(i, 0, _pieceLine.Length - 1)];
    }

    private static List<(int, int)> Split(string text, List<int> hardBreaks)
    {
        var cuts = new SortedSet<int>(hardBreaks) { text.Length };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ';')
                cuts.Add(i + 1);
            else if (c is '.' or '!' or '?' && EndsSentence(text, i))
                cuts.Add(i + 1);
        }
        var clauses = new List<(int, int)>();
        var start = 0;
        foreach (var cut in cuts)
        {
            if (cut <= start) continue;
            var s = start;
            var e = cut;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) clauses.Add((s, e));
            start = cut;
        }
        return clauses;
    }

    private static bool EndsSentence(string text, int i)
    {
        if (i + 1 >= text.Length)
            return true;
        if (text[i + 1] != ' ')
            return false;
        var j = i + 2;
        if (j >= text.Length)
            return true;
        var next = text[j];
        return char.IsUpper(next) || char.IsDigit(next) || next is '(' or '“' or '"' or '-' or '+' or '–';
    }
}
