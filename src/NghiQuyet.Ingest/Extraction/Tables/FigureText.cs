using System.Text.RegularExpressions;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// A table cell's figure as reports print it: "10", "122,7", "5.436", "&gt;30", "≥ 90", "1-2", "3-4", "15/19", "01".
/// </summary>
internal static partial class FigureText
{
    // Made once: a params array would be built at each of the many calls per line.
    private static readonly char[] BarePunctuation = [';', ',', ':', '.'];

    private const string Number = @"\d+(?:[.,]\d+)*";

    [GeneratedRegex(@"^(?:[<>≤≥=]=?\s?)?" + Number + @"(?:[-–]" + Number + @")?(?:/\d+)?%?$")]
    private static partial Regex FigureToken();

    [GeneratedRegex(Number)]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^(?:[<>≤≥=]=?)$")]
    private static partial Regex ComparatorToken();

    /// <summary>A whole token that is a figure cell (trailing ";" or "," ignored). "95%" counts only when <paramref name="allowPercent"/>.</summary>
    public static bool IsFigure(string token, bool allowPercent = false)
    {
        var bare = Bare(token);
        return bare.Length > 0 && FigureToken().IsMatch(bare) && (allowPercent || !bare.EndsWith('%'));
    }

    public static bool IsComparator(string token) => ComparatorToken().IsMatch(token);

    /// <summary>The figure a cell states, the lower bound of a range: "&gt;3" → 3, "1-2" → 1, "15/19" → 15; null when none.</summary>
    public static decimal? LowerBound(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
            return null;
        var m = FirstNumber().Match(cell);
        return m.Success ? VietnameseNumber.Parse(m.Value) : null;
    }

    /// <summary>Whether the cell holds a figure at all.</summary>
    public static bool HasNumber(string? cell) => cell is not null && FirstNumber().IsMatch(cell);

    /// <summary>A year in a header ("2030"), which is no data figure.</summary>
    public static bool IsYear(string token)
    {
        var bare = Bare(token).TrimStart('(').TrimEnd(')');
        return bare.Length == 4 && int.TryParse(bare, out var y) && y is >= 1945 and <= 2100
            || bare.Length == 9 && bare[4] is '-' or '–' && IsYear(bare[..4]) && IsYear(bare[5..]);
    }

    public static string Bare(string token) => token.TrimEnd(BarePunctuation).Trim();
}
