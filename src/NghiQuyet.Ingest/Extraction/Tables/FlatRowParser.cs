using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Splits one flattened assessment row ("Thu nhập bình quân đầu người/năm Tr. đồng 13,5 24,8 Vượt") into its cells,
/// reading from the right, where the cells are short and predictable: the verdict, then as many figures as the header
/// has figure columns, then the longest known unit; what is left is the indicator's name.
/// </summary>
internal static class FlatRowParser
{
    internal enum Shape
    {
        /// <summary>No figure yet: a name still wrapping.</summary>
        NameOnly,
        /// <summary>Figures, but not all of them, or no verdict yet where the table has a verdict column.</summary>
        Partial,
        /// <summary>Ends in a verdict word cut by the line break ("K" awaiting "đạt").</summary>
        VerdictCut,
        Complete,
    }

    /// <summary>Comparators printed apart from their figure ("≥ 90") become one token.</summary>
    public static List<Token> Normalise(IEnumerable<Token> tokens)
    {
        var list = new List<Token>();
        foreach (var token in tokens)
        {
            if (list.Count > 0 && FigureText.IsComparator(list[^1].Text) && FigureText.IsFigure(token.Text))
                list[^1] = new Token(list[^1].Text + " " + token.Text, list[^1].Line);
            else
                list.Add(token);
        }
        return list;
    }

    public static Shape ShapeOf(IReadOnlyList<Token> raw, TableHeader header)
    {
        var tokens = Normalise(raw);
        return ShapeOfNormalised(tokens, header);
    }

    private static Shape ShapeOfNormalised(List<Token> tokens, TableHeader header)
    {
        if (tokens.Count > 1 && VerdictWords.IsOpening(tokens[^1].Text) && Tail([.. tokens.Take(tokens.Count - 1)], header).Figures.Count > 0)
            return Shape.VerdictCut;
        var tail = Tail(tokens, header);
        var figures = tail.Figures.Count;
        var needed = NeededFigures(header);
        if (tail.Verdict is not null)
            return figures > 0 ? Shape.Complete : Shape.NameOnly;
        if (figures == 0)
            return Shape.NameOnly;
        return figures >= needed && !header.Has(ColumnKind.Assessment) ? Shape.Complete : Shape.Partial;
    }

    /// <summary>Figures a row normally carries: the target and achieved columns.</summary>
    public static int NeededFigures(TableHeader header) =>
        Math.Max(1, header.FigureColumns.Count(c => c is ColumnKind.Target or ColumnKind.Actual or ColumnKind.NewTarget));

    /// <summary>Whether a whole line holds only cells that end a row (figures, verdict words), no name or unit.</summary>
    public static bool IsValuesOnly(IReadOnlyList<Token> tokens) =>
        tokens.Count > 0 && tokens.All(t => FigureText.IsFigure(t.Text, allowPercent: true) || FigureText.IsComparator(t.Text) || IsWordValue(t.Text)
            || VerdictWords.IsOpening(t.Text) || VerdictWords.IsContinuation([FigureText.Bare(t.Text)]));

    public static TableRow? Parse(IReadOnlyList<Token> raw, TableHeader header, string? item, string? group)
    {
        var tokens = Normalise(raw);
        // A verdict cut by a line break ("K" + "đạt") reads whole once joined; a lone opening left at the end is dropped.
        if (tokens.Count > 1 && VerdictWords.IsOpening(tokens[^1].Text))
            tokens.RemoveAt(tokens.Count - 1);
        var tail = Tail(tokens, header);
        if (tail.Figures.Count == 0 || tail.End == 0)
            return null;
        var words = tokens.Select(t => FigureText.Bare(t.Text)).ToList();
        var end = tail.End;
        string? unit = null;
        if (header.Has(ColumnKind.Unit) && UnitLexicon.EndingAt(words, end) is var u and > 0 && u < end)
        {
            unit = Token.Join(tokens.Skip(end - u).Take(u));
            end -= u;
        }
        else if (header.Has(ColumnKind.Unit) && end >= 3 && LooksLikeUnitCell(words[end - 1], words[end - 2]))
        {
            // A unit the lexicon lacks: one capitalised word after the name's lower-case end ("… cụm công nghiệp Cụm").
            unit = tokens[end - 1].Text;
            end--;
        }
        var name = Token.Join(tokens.Take(end)).Trim(' ', '-', '–', ':', ',');
        if (name.Length == 0)
            return null;

        var cells = new Dictionary<ColumnKind, TextAtLine>();
        var columns = header.FigureColumns.ToList();
        if (tail.Verdict is not null)
            columns.Remove(ColumnKind.Assessment);
        // Fewer figures than columns: the optional ones were left empty, the target and achieved figures were not.
        foreach (var drop in new[] { ColumnKind.Assessment, ColumnKind.Ratio, ColumnKind.Baseline })
            if (tail.Figures.Count < columns.Count)
                columns.Remove(drop);
        for (var k = 0; k < tail.Figures.Count && k < columns.Count; k++)
            cells[columns[k]] = new TextAtLine(tail.Figures[k].Line, tail.Figures[k].Text);
        if (tail.VerdictText is { } vt)
            cells.TryAdd(ColumnKind.Assessment, vt);
        if (tail.Note is { } note)
            cells[ColumnKind.Note] = note;

        var line = cells.TryGetValue(ColumnKind.Target, out var target) ? target.Line : tail.Figures[0].Line;
        return new TableRow(item, group, name, unit, cells, tail.Verdict, line);
    }

    internal sealed record TailCells(List<Token> Figures, PrintedVerdict? Verdict, TextAtLine? VerdictText, int End)
    {
        public TextAtLine? Note { get; init; }
    }

    internal static TailCells Tail(IReadOnlyList<Token> tokens, TableHeader header)
    {
        var words = tokens.Select(t => FigureText.Bare(t.Text)).ToList();
        var end = words.Count;
        PrintedVerdict? verdict = null;
        TextAtLine? verdictText = null;
        TextAtLine? note = null;
        if (header.Has(ColumnKind.Note) && VerdictAfterFigure(words, end) is null && !(end > 0 && FigureText.IsFigure(words[end - 1])))
        {
            // A note after the verdict ("Vượt Do sáp nhập bản"): the row ends at the last verdict that follows a figure.
            for (var e = end - 1; e > 0; e--)
            {
                if (VerdictAfterFigure(words, e) is null)
                    continue;
                note = new TextAtLine(tokens[e].Line, Token.Join(tokens.Skip(e)));
                end = e;
                break;
            }
        }
        if (note is null && header.Has(ColumnKind.Note) && VerdictAfterFigure(words, end) is null)
        {
            // A note in words after the figures ("Trong nhiệm kỳ", "Trong đó ≥ 30%"): the row's cells end with its last run
            // of figure cells — two or more side by side — and a lone figure after them belongs to the note.
            var last = LastFigureRun(words, end);
            if (last > 0 && last < end - 1 && !VerdictWords.IsOpening(words[end - 1]))
            {
                note = new TextAtLine(tokens[last + 1].Line, Token.Join(tokens.Skip(last + 1).Take(end - last - 1)));
                end = last + 1;
            }
        }
        if (VerdictAfterFigure(words, end) is { } v)
        {
            var before = end - v.Length;
            verdict = v.Verdict;
            verdictText = new TextAtLine(tokens[before].Line, Token.Join(tokens.Skip(before).Take(v.Length)));
            end = before;
        }
        var max = header.FigureColumns.Count - (verdict is not null && header.Has(ColumnKind.Assessment) ? 1 : 0);
        var figures = new List<Token>();
        // A ratio column may print its percent sign ("96,5%"); elsewhere "12%" belongs to the name ("… dưới 12%").
        var percent = header.Has(ColumnKind.Ratio);
        while (end > 0 && figures.Count < Math.Max(1, max) && (FigureText.IsFigure(words[end - 1], percent) || IsWordValue(words[end - 1])))
        {
            figures.Insert(0, tokens[end - 1]);
            end--;
        }
        return new TailCells(figures, verdict, verdictText, end) { Note = note };
    }

    /// <summary>Index of the last token of the last run of two or more figure cells before <paramref name="end"/>; else of the last figure.</summary>
    private static int LastFigureRun(List<string> words, int end)
    {
        int lastFigure = -1;
        for (var k = end - 1; k > 0; k--)
        {
            if (!IsCellValue(words[k]))
                continue;
            if (lastFigure < 0)
                lastFigure = k;
            if (IsCellValue(words[k - 1]))
                return k;
        }
        return lastFigure;
    }

    private static bool IsCellValue(string word) => FigureText.IsFigure(word, allowPercent: true) || (word.Length > 1 && "<>≤≥".Contains(word[0]) && FigureText.IsFigure(word[1..].Trim(), allowPercent: true));

    /// <summary>A verdict ending at <paramref name="end"/> with something cell-like before it, not a name's tail ("… xã đạt").</summary>
    private static (PrintedVerdict Verdict, int Length)? VerdictAfterFigure(List<string> words, int end)
    {
        if (VerdictWords.EndingAt(words, end) is not { } v)
            return null;
        var before = end - v.Length;
        return before > 0 && (FigureText.IsFigure(words[before - 1]) || IsWordValue(words[before - 1])) ? v : null;
    }

    private static bool LooksLikeUnitCell(string word, string before) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && before.Length > 0 && char.IsLower(before[^1]);

    /// <summary>A cell holding a word instead of a figure: "Đạt" in a target column, "-" or "x" for empty.</summary>
    private static bool IsWordValue(string word) =>
        word is "-" or "–" or "x" or "X" || VerdictWords.Whole(word) is not null;
}
