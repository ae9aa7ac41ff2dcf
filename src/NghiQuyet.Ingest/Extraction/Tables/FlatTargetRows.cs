using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Puts the rows of a flattened targets table back together. Each row opens with its number; the target cell is free
/// text ("Duy trì 758 ha, trồng mới 50 ha/năm"), so a row is split where a known unit stands just before the first
/// figure (or the words that lead into one: "Duy trì", "Giảm", "≥"), and the note where a capitalised word follows the
/// figures ("Trong đó …", "Hàng năm").
/// </summary>
internal static class FlatTargetRows
{
    private static readonly string[] LeadWords =
        ["duy", "trì", "giảm", "tăng", "phấn", "đấu", "đạt", "trên", "dưới", "từ", "tối", "thiểu", "ít", "nhất", "không", "quá",
         "đa", "bình", "quân", "khoảng", "hơn", "mức", "thêm", "mới", "có"];

    public static IEnumerable<TableTargetRow> Read(SourceDocument doc, TableRegion region)
    {
        string? group = null;
        int? lastItem = null;
        List<Token>? pending = null;
        var rows = new List<TableTargetRow>();

        void Flush()
        {
            if (pending is { Count: > 0 } && Split(pending, region, lastItem?.ToString(), group) is { } row)
                rows.Add(row);
            pending = null;
        }

        foreach (var step in FlatTableWalker.Walk(doc, region))
        {
            if (step is FlatTableWalker.GroupRow g)
            {
                Flush();
                group = FlatTableWalker.CleanHeading(g.Heading);
                lastItem = null;
                continue;
            }
            var row = (FlatTableWalker.TextRow)step;
            var endsWithUnit = pending is not null && region.Header.Has(ColumnKind.Unit) && EndsWithUnit(pending);
            if (TableLines.Item(row.Text) is { } item && FlatTableWalker.IsPlausibleItem(item.Number, lastItem)
                && (pending is null || !IsShortFigureLine(item.After)) && !(endsWithUnit && item.After.Length == 0))
            {
                Flush();
                lastItem = item.Number;
                pending = Token.Split(item.After, row.Line);
                continue;
            }
            // A bare number out of sequence once the row has its figure is a page number between two halves of the table.
            if (TableLines.Item(row.Text) is { After.Length: 0 } && !endsWithUnit && pending is not null && pending.Skip(1).Any(t => StartsFigure(t.Text)))
                continue;
            if (pending is null)
                pending = Token.Split(row.Text, row.Line);
            else
                pending.AddRange(Token.Split(row.Text, row.Line));
        }
        Flush();
        return rows;
    }

    private static bool EndsWithUnit(List<Token> tokens)
    {
        var words = tokens.Select(t => FigureText.Bare(t.Text)).ToList();
        return UnitLexicon.EndingAt(words, words.Count) is var u and > 0 && u < words.Count;
    }

    /// <summary>"05 bản" continuing a cell is no new item "05".</summary>
    private static bool IsShortFigureLine(string after)
    {
        var words = after.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && words.All(w => UnitLexicon.IsUnit(w) || FigureText.IsFigure(w, allowPercent: true));
    }

    private static TableTargetRow? Split(List<Token> raw, TableRegion region, string? item, string? group)
    {
        var tokens = FlatRowParser.Normalise(raw);
        var words = tokens.Select(t => FigureText.Bare(t.Text)).ToList();
        var hasUnit = region.Header.Has(ColumnKind.Unit);
        int start = -1, unitLength = 0, fallback = -1;
        for (var f = 1; f < tokens.Count; f++)
        {
            if (!StartsFigure(tokens[f].Text))
                continue;
            var p = f;
            while (p > 1 && LeadWords.Any(w => WordMatch.Same(words[p - 1], w)))
                p--;
            if (fallback < 0)
                fallback = p;
            if (!hasUnit)
            {
                start = p;
                break;
            }
            var u = UnitWithList(tokens, words, p);
            if (u > 0 && u < p)
            {
                start = p;
                unitLength = u;
                break;
            }
        }
        if (start < 0)
            start = fallback;
        if (start <= 0)
            return null;

        var nameEnd = start - unitLength;
        var name = Token.Join(tokens.Take(nameEnd)).Trim(' ', '-', '–', ':', ',');
        var unit = unitLength > 0 ? Token.Join(tokens.Skip(nameEnd).Take(unitLength)).TrimEnd(',', ';') : null;
        var noteStart = region.Header.Has(ColumnKind.Note) ? NoteStart(tokens, start) : tokens.Count;
        var expressionTokens = tokens.Skip(start).Take(noteStart - start).ToList();
        var noteTokens = tokens.Skip(noteStart).ToList();
        var expressionLines = expressionTokens.GroupBy(t => t.Line).Select(gr => new TextAtLine(gr.Key, Token.Join(gr))).ToList();
        var firstFigure = expressionTokens.FirstOrDefault(t => StartsFigure(t.Text));
        var line = firstFigure.Text is not null ? firstFigure.Line : tokens[start].Line;
        return new TableTargetRow(item, group, name, unit, Token.Join(expressionTokens), line)
        {
            Note = noteTokens.Count > 0 ? Token.Join(noteTokens) : null,
            NoteLine = noteTokens.Count > 0 ? noteTokens[0].Line : null,
            ExpressionLines = expressionLines,
            Table = region.Label,
        };
    }

    /// <summary>The unit before <paramref name="end"/>, with a listed one taken whole: "Doanh nghiệp, HTX".</summary>
    private static int UnitWithList(List<Token> tokens, List<string> words, int end)
    {
        var u = UnitLexicon.EndingAt(words, end);
        while (u > 0 && end - u - 1 > 0 && tokens[end - u - 1].Text.EndsWith(',')
               && UnitLexicon.EndingAt(words, end - u) is var more and > 0 && end - u - more > 0)
            u += more;
        return u;
    }

    private static bool StartsFigure(string token)
    {
        var bare = FigureText.Bare(token);
        return bare.Length > 0 && (char.IsAsciiDigit(bare[0]) || (bare.Length > 1 && "<>≤≥=".Contains(bare[0]) && FigureText.HasNumber(bare)));
    }

    /// <summary>Where the note column begins: a capitalised word (not an abbreviation like "HTX") after a figure.</summary>
    private static int NoteStart(List<Token> tokens, int start)
    {
        var figureSeen = false;
        for (var k = start; k < tokens.Count; k++)
        {
            var text = tokens[k].Text;
            if (StartsFigure(text))
            {
                figureSeen = true;
                continue;
            }
            if (figureSeen && text.Length > 1 && char.IsUpper(text[0]) && text.Skip(1).Any(char.IsLower) && !UnitLexicon.IsUnit(FigureText.Bare(text)))
                return k;
        }
        return tokens.Count;
    }
}
