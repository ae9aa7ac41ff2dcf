using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Walks the body of a flattened table: drops blank lines and headers repeated at page breaks, gathers roman-numbered
/// group rows (also when they wrap: "II Chỉ tiêu về xã hội, môi" / "trường"), and hands every other line on.
/// </summary>
internal static class FlatTableWalker
{
    public abstract record Step(int Line);
    public sealed record GroupRow(int Line, string Heading) : Step(Line);
    public sealed record TextRow(int Line, string Text) : Step(Line);

    public static IEnumerable<Step> Walk(SourceDocument doc, TableRegion region)
    {
        var inHeader = false;
        GroupRow? group = null;
        for (var i = region.BodyStart; i < region.BodyEnd; i++)
        {
            var line = doc.Lines[i];
            var text = line.Text.Trim();
            if (text.Length == 0 || TableLines.IsPageNumber(text))
                continue;
            if (TableLines.IsHeaderStart(line) && TableLines.IsHeaderLike(text, region.Header))
            {
                inHeader = true;
                continue;
            }
            if (inHeader && TableLines.IsHeaderLike(text, region.Header))
                continue;
            inHeader = false;
            if (TableLines.Group(text) is { } heading)
            {
                if (group is not null)
                    yield return group;
                group = new GroupRow(line.Number, heading);
                continue;
            }
            if (group is not null)
            {
                if (TableLines.StartsLowercase(text) && !Token.Split(text, 0).Any(t => FigureText.IsFigure(t.Text)))
                {
                    group = group with { Heading = group.Heading + " " + text };
                    continue;
                }
                yield return group;
                group = null;
            }
            yield return new TextRow(line.Number, text);
        }
        if (group is not null)
            yield return group;
    }

    /// <summary>The heading without trailing cell padding.</summary>
    public static string CleanHeading(string heading) => string.Join(' ', heading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>An item number is taken as such when it follows the last one, or restarts a group's numbering.</summary>
    public static bool IsPlausibleItem(int number, int? last) =>
        last is null || number == last + 1 || number == 1 || (number > last && number <= last + 3);

}
