using System.Text.RegularExpressions;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>
/// Finds the figures of a clause in its folded text: a Vietnamese number ("9.589", "36,5", "1.052,4") followed by a unit;
/// "17/19 tiêu chí" (value 17); ranges "65-70%", "từ 5% đến 7%". A number with no unit after it ("mức độ 2", "4 mùa",
/// a year) is not a target figure unless <paramref name="unitless"/> is set (a table cell whose unit is in its own column).
/// </summary>
public static partial class FigureScanner
{
    [GeneratedRegex(@"(?<![\p{L}\d.,/])\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"\G\s*[-]\s*(\d+(?:[.,]\d+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex DashUpperRegex();

    [GeneratedRegex(@"\G\s*(?:den|toi)\s+(\d+(?:[.,]\d+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex ToUpperRegex();

    [GeneratedRegex(@"\G/\s?(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex FractionRegex();

    [GeneratedRegex(@"\G,\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CommaRegex();

    public static List<Figure> Scan(MatchText text, int from, int to, bool ocr, bool unitless = false)
    {
        var folded = text.Folded;
        var figures = new List<Figure>();
        var m = NumberRegex().Match(folded, from, to - from);
        while (m.Success)
        {
            var next = m.Index + m.Length;
            if (TryFigure(folded, m, to, ocr, unitless) is { } figure)
            {
                figures.Add(figure);
                next = figure.End;
            }
            m = next < to ? NumberRegex().Match(folded, next, to - next) : Match.Empty;
        }
        return figures;
    }

    private static Figure? TryFigure(string folded, Match number, int to, bool ocr, bool unitless)
    {
        if (!VietnameseNumber.TryParse(number.ValueSpan, out var value))
            return null;
        var pos = number.Index + number.Length;
        decimal? upper = null;
        // "17/19 tiêu chí", "2678/2978 hộ": the first number is the figure.
        var fraction = FractionRegex().Match(folded, pos, Math.Max(0, to - pos));
        if (fraction.Success)
            pos = fraction.Index + fraction.Length;
        var unit = UnitTable.Match(folded, pos, to, ocr);
        if (unit is null && !fraction.Success)
        {
            // "65-70%": the unit follows the upper bound.
            var dash = DashUpperRegex().Match(folded, pos, Math.Max(0, to - pos));
            if (dash.Success && VietnameseNumber.TryParse(dash.Groups[1].ValueSpan, out var hi) && hi > value)
            {
                var u = UnitTable.Match(folded, dash.Index + dash.Length, to, ocr);
                if (u is not null || unitless)
                {
                    upper = hi;
                    pos = dash.Index + dash.Length;
                    unit = u;
                }
            }
        }
        if (unit is { } found)
        {
            pos += found.Length;
            // "từ 5% đến 7%", "5 đến 7 tỷ đồng" (the first unit may be left out).
            var toUpper = ToUpperRegex().Match(folded, pos, Math.Max(0, to - pos));
            if (upper is null && toUpper.Success && VietnameseNumber.TryParse(toUpper.Groups[1].ValueSpan, out var hi2) && hi2 > value)
            {
                var u2 = UnitTable.Match(folded, toUpper.Index + toUpper.Length, to, ocr);
                if (u2 is { } second && second.Unit == found.Unit)
                {
                    upper = hi2;
                    pos = toUpper.Index + toUpper.Length + second.Length;
                }
            }
            var unitText = found.Unit;
            // "03 doanh nghiệp, HTX." — one figure counting two kinds of unit.
            if (found.IsCount)
            {
                var comma = CommaRegex().Match(folded, pos, Math.Max(0, to - pos));
                if (comma.Success && UnitTable.Match(folded, comma.Index + comma.Length, to, ocr) is { IsCount: true } other)
                {
                    var end = comma.Index + comma.Length + other.Length;
                    if (end >= to || folded[end] is '.' or ';' or ')' || (end + 1 < to && folded[end] == ' ' && !char.IsLetterOrDigit(folded[end + 1])))
                    {
                        unitText = found.Unit + ", " + other.Unit;
                        pos = end;
                    }
                }
            }
            return new Figure(number.Index, pos, value, upper, unitText, found.IsCount);
        }
        if (!unitless)
            return null;
        if (!fraction.Success && upper is null && value is >= 1900 and <= 2100 && value == decimal.Truncate(value))
            return null;
        return new Figure(number.Index, pos, value, upper, null, false);
    }
}
