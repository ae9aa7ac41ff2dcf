using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Puts the rows of a flattened assessment table back together. A row is done when it ends in a verdict (or, with no
/// verdict column, in all its figures); lines that only carry figures or verdict words finish the row above; a number
/// alone or before a name opens an item, under which several rows may follow.
/// </summary>
internal static class FlatAssessmentRows
{
    public static IEnumerable<TableRow> Read(SourceDocument doc, TableRegion region)
    {
        var header = region.Header;
        string? group = null;
        int? lastItem = null;
        List<Token>? pending = null;
        var rows = new List<TableRow>();

        void Flush()
        {
            if (pending is { Count: > 0 } && FlatRowParser.Parse(pending, header, lastItem?.ToString(), group) is { } row)
                rows.Add(row);
            pending = null;
        }

        foreach (var step in FlatTableWalker.Walk(doc, region))
        {
            if (step is FlatTableWalker.GroupRow g)
            {
                Flush();
                group = FlatTableWalker.CleanHeading(g.Heading);
                continue;
            }
            var textRow = (FlatTableWalker.TextRow)step;
            var (lineNo, text) = (textRow.Line, textRow.Text);
            var tokens = Token.Split(text, lineNo);
            var shape = pending is null ? FlatRowParser.Shape.NameOnly : FlatRowParser.ShapeOf(pending, header);

            if (TableLines.Item(text) is { } item)
            {
                var restTokens = Token.Split(item.After, lineNo);
                var finishesPending = pending is not null && FlatRowParser.IsValuesOnly(tokens)
                    && (shape is FlatRowParser.Shape.Partial or FlatRowParser.Shape.VerdictCut
                        // One cell per line: a bare number right after the unit is the target, not the next item.
                        || (shape == FlatRowParser.Shape.NameOnly && header.Has(ColumnKind.Unit) && EndsWithUnit(pending)));
                // Out-of-sequence numbers are still items when no row is open that they could belong to.
                if (!finishesPending && (pending is null || shape == FlatRowParser.Shape.Complete
                                         || FlatTableWalker.IsPlausibleItem(item.Number, lastItem)))
                {
                    Flush();
                    lastItem = item.Number;
                    if (restTokens.Count > 0)
                        pending = restTokens;
                    continue;
                }
            }

            if (pending is null)
                pending = tokens;
            else if (shape == FlatRowParser.Shape.Complete)
            {
                if (VerdictWords.IsContinuation([.. tokens.Select(x => FigureText.Bare(x.Text))]))
                    pending.AddRange(tokens);
                else
                {
                    Flush();
                    pending = tokens;
                }
            }
            else if (shape == FlatRowParser.Shape.Partial && !FlatRowParser.IsValuesOnly(tokens)
                     && FlatRowParser.Tail(FlatRowParser.Normalise(pending), header).Figures.Count >= FlatRowParser.NeededFigures(header))
            {
                // All figures were there and no verdict came: that row printed none, this line opens the next.
                Flush();
                pending = tokens;
            }
            else
                pending.AddRange(tokens);
        }
        Flush();
        return rows;
    }

    private static bool EndsWithUnit(List<Token> tokens)
    {
        var words = tokens.Select(t => FigureText.Bare(t.Text)).ToList();
        return UnitLexicon.EndingAt(words, words.Count) is var u and > 0 && u < words.Count;
    }
}
