using System.Text.RegularExpressions;
using UnitGrammar = NghiQuyet.Core.Catalog.UnitGrammar;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>How the scanner treats a number with no unit of the vocabulary after it.</summary>
public enum BareNumbers
{
    /// <summary>Not a figure ("mức độ 2", "4 mùa", a year) — running text.</summary>
    Skip,
    /// <summary>A figure with no unit — a table cell whose unit stands in its own column.</summary>
    Unitless,
    /// <summary>A figure whose unit is the word printed after it, kept as printed — an item of a targets list.</summary>
    KeepPrinted,
}

/// <summary>
/// Finds the figures of a clause in its folded text: a Vietnamese number ("9.589", "36,5", "1.052,4") followed by a
/// unit of the grammar (<see cref="UnitGrammar"/>); "17/19 tiêu chí" (value 17); ranges "65-70%", "9%-10%/năm",
/// "từ 5% đến 7%"; an index with no unit after its name ("chỉ số HDI đạt 0,7"); "gấp đôi" (2 lần). A number that counts
/// the meeting ("300 đại biểu", "28 chỉ tiêu", "3 khâu đột phá") is never a figure.
/// </summary>
public static partial class FigureScanner
{
    [GeneratedRegex(@"(?<![\p{L}\d.,/])\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "bản", "cơ sở", "xã", "thôn", "tổ dân phố", "khu dân cư", "địa phương", "phường", "huyện", "tỉnh",
    };

    [GeneratedRegex(@"(?:([a-z]+)\s+)?([a-z]+)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LastWord();

    // Words after which a number counts what follows ("có 6 bản", "thêm 6 xã", "ít nhất 6 thôn").
    [GeneratedRegex(@"^(?:co|dat|them|moi|tang|giam|voi|gom|tren|duoi|tu|nhat|thieu|khoang|hon|la|con|lap|dung|nhap|cap|nhan|va|cac|so|tong|den|toi|duoc|chi)$", RegexOptions.CultureInvariant)]
    private static partial Regex CountLead();

    [GeneratedRegex(@"\bn\w{1,2}m\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex YearBefore();

    [GeneratedRegex(@"\G\s*(?:-|den|toi)\s*(\d+(?:[.,]\d+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex DashUpperRegex();

    // "180 đại biểu đại diện cho 1.129 đảng viên", "có 74 tổ chức đảng với 1.988 đảng viên": who the meeting is.
    [GeneratedRegex(@"\b(?:dai dien cho|dai dien|voi|gom|thuoc|sinh hoat tai|co|tong so)\s+(?:hon|gan|tren|khoang|gan|den)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MembershipBefore();

    private static readonly HashSet<string> MemberUnits = new(StringComparer.Ordinal)
    {
        "đảng viên", "tổ chức cơ sở đảng", "tổ chức", "chi bộ", "người", "hội viên", "đoàn viên", "cán bộ",
    };

    [GeneratedRegex(@"\G\s*(?:den|toi|-)\s*(\d+(?:[.,]\d+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex ToUpperRegex();

    [GeneratedRegex(@"\G/\s?(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex FractionRegex();

    [GeneratedRegex(@"\G,\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CommaRegex();

    // An index is named right before its value: "chỉ số HDI đạt 0,7", "hệ số ICOR dưới 5".
    [GeneratedRegex(@"(?:\bchi so\b|\bhe so\b|\bhdi\b|\bpci\b|\bpar index\b|\bpapi\b|\bsipas\b|\bicor\b|\bgini\b)[^\d;.:]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexBefore();

    [GeneratedRegex(@"\bgap\s+(doi|ba|bon|nam|ruoi)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimesWord();

    // A word printed after a number that can be a unit nobody listed: letters only, not a function word.
    [GeneratedRegex(@"\G\s*([a-z]{2,}(?:\s+[a-z]{2,})?)", RegexOptions.CultureInvariant)]
    private static partial Regex PrintedUnit();

    [GeneratedRegex(@"^(?:va|voi|cua|cac|nhung|trong|tren|duoi|den|tu|tro|len|dat|la|co|duoc|so|nam|thang|ngay|tang|giam|theo|nhu|cho|tai|o|hon|khoang|muc|lan thu|tro len)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionWord();

    public static List<Figure> Scan(MatchText text, int from, int to, bool ocr, bool unitless = false) =>
        Scan(text, from, to, ocr, unitless ? BareNumbers.Unitless : BareNumbers.Skip);

    public static List<Figure> Scan(MatchText text, int from, int to, bool ocr, BareNumbers bare)
    {
        var folded = text.Folded;
        var figures = new List<Figure>();
        if (to <= from || from < 0 || to > folded.Length)
            return figures;
        var m = NumberRegex().Match(folded, from, to - from);
        while (m.Success)
        {
            var next = m.Index + m.Length;
            if (TryFigure(text, m, from, to, ocr, bare) is { } figure)
            {
                if (figure.UnknownUnit)
                    figure = figure with { Unit = text.Original[(m.Index + m.Length)..figure.End].Trim() };
                figures.Add(figure);
                next = figure.End;
            }
            m = next < to ? NumberRegex().Match(folded, next, to - next) : Match.Empty;
        }
        if (folded.AsSpan(from, to - from).Contains("gap ", StringComparison.Ordinal))
        {
            foreach (Match t in TimesWord().Matches(folded[..to], from))
            {
                var value = t.Groups[1].Value switch { "doi" => 2m, "ba" => 3m, "bon" => 4m, "nam" => 5m, _ => 1.5m };
                figures.Add(new Figure(t.Index, t.Index + t.Length, value, null, "lần", false));
            }
            figures.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        if (bare != BareNumbers.Unitless && figures.Count > 0)
            DropQualifiers(folded, from, figures);
        return figures;
    }

    // "trẻ em dưới 5 tuổi", "người từ 60 tuổi trở lên", "doanh nghiệp trên 10 lao động": a bound right after a noun.
    [GeneratedRegex(@"\b([a-z]+)\s+(?:duoi|tren|tu|hon)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BoundAfterNoun();

    // Words after which a bound is the figure's own ("giảm xuống dưới 12%", "đạt trên 90%"), not a qualifier.
    [GeneratedRegex(@"^(?:dat|giam|tang|con|xuong|len|la|muc|khoang|chiem|bang|co|duy tri|o|truong|dat|nhat|thieu|phan|dau|toi)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnBoundWord();

    /// <summary>
    /// A count that qualifies a noun inside an indicator's name is not a figure: it follows "noun + dưới/trên/từ" and either
    /// another figure of the clause comes after it, or it stands right after a counted figure ("50 doanh nghiệp trên 20 lao động").
    /// A share or a rate is never such a qualifier.
    /// </summary>
    private static void DropQualifiers(string folded, int from, List<Figure> figures)
    {
        for (var i = figures.Count - 1; i >= 0; i--)
        {
            var f = figures[i];
            if (f.Unit is null || f.Unit.StartsWith('%') || f.Unit.Contains('/'))
                continue;
            var lookBack = Math.Max(from, f.Start - 30);
            var m = BoundAfterNoun().Match(folded, lookBack, f.Start - lookBack);
            if (!m.Success || OwnBoundWord().IsMatch(m.Groups[1].Value))
                continue;
            var laterFigure = i + 1 < figures.Count && figures[i + 1].Unit != f.Unit;
            var afterCount = i > 0 && figures[i - 1].IsCountUnit && figures[i - 1].End <= f.Start
                && folded.AsSpan(figures[i - 1].End, f.Start - figures[i - 1].End).Trim() is var gap && gap.Length <= 4
                && (gap.SequenceEqual("duoi") || gap.SequenceEqual("tren") || gap.SequenceEqual("tu") || gap.SequenceEqual("hon"));
            if (laterFigure || afterCount)
                figures.RemoveAt(i);
        }
    }

    private static bool IsProperNoun(string original, int pos, UnitMatch unit)
    {
        var i = pos;
        while (i < original.Length && original[i] == ' ') i++;
        if (!(i < original.Length && char.IsUpper(original[i]) && char.IsLower(unit.Unit[0])))
            return false;
        // A Vietnamese name is several capitalised syllables ("Côn Đảo", "Ia Grai"); "10 Bản" at a line's end is a unit.
        var j = i + unit.Length - (i - pos);
        while (j < original.Length && original[j] == ' ') j++;
        return j < original.Length && char.IsUpper(original[j]);
    }

    private static Figure? TryFigure(MatchText text, Match number, int from, int to, bool ocr, BareNumbers bare)
    {
        var folded = text.Folded;
        if (!VietnameseNumber.TryParse(number.ValueSpan, out var value))
            return null;
        var pos = number.Index + number.Length;
        if (UnitGrammar.IsContextNoun(folded, pos, to))
            return null;
        // "đến năm 2030 tỷ lệ …", "năm 2030 tuổi thọ …": a year is never a figure, whatever word follows it.
        if (value is >= 1900 and <= 2100 && value == decimal.Truncate(value) && number.Index >= 4
            && YearBefore().IsMatch(folded.AsSpan(Math.Max(0, number.Index - 6), Math.Min(6, number.Index))))
            return null;
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
                if (u is not null || bare == BareNumbers.Unitless)
                {
                    upper = hi;
                    pos = dash.Index + dash.Length;
                    unit = u;
                }
            }
        }
        // "nhiệm kỳ 2020 – 2025 Côn Đảo": a capitalised word after a number is a name, not a unit.
        if (unit is { } named && !ocr && bare != BareNumbers.Unitless && IsProperNoun(text.Original, pos, named))
            return null;
        // OCR without tone marks reads "ở" as "6": "trưởng các đoàn thể 6 bản", "hệ thống chính trị 6 cơ sở". A lone 6 after a
        // plain word (not a verb or bound that takes a count) and before a place noun is the preposition.
        if (ocr && unit is { } place && number.Length == 1 && folded[number.Index] == '6' && PlaceNouns.Contains(place.Unit)
            && LastWord().Match(folded, Math.Max(from, number.Index - 20), number.Index - Math.Max(from, number.Index - 20)) is { Success: true } lastWord
            && !CountLead().IsMatch(lastWord.Groups[2].Value) && lastWord.Groups[1].Value.TrimEnd() != "duy")
            return null;
        if (unit is { } member && MemberUnits.Contains(member.Unit)
            && MembershipBefore().IsMatch(folded.AsSpan(Math.Max(from, number.Index - 40), number.Index - Math.Max(from, number.Index - 40))))
            return null;
        if (unit is { } found)
        {
            pos += found.Length;
            var unitText = found.Unit;
            // "từ 5% đến 7%", "9%-10%/năm", "5 đến 7 tỷ đồng" (the first unit may be left out; the second may say "/năm").
            var toUpper = ToUpperRegex().Match(folded, pos, Math.Max(0, to - pos));
            if (upper is null && toUpper.Success && VietnameseNumber.TryParse(toUpper.Groups[1].ValueSpan, out var hi2) && hi2 > value)
            {
                var u2 = UnitTable.Match(folded, toUpper.Index + toUpper.Length, to, ocr);
                if (u2 is { } second && (second.Unit == found.Unit || second.Unit.StartsWith(found.Unit + "/", StringComparison.Ordinal)))
                {
                    upper = hi2;
                    unitText = second.Unit;
                    pos = toUpper.Index + toUpper.Length + second.Length;
                }
            }
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
        var isYear = !fraction.Success && upper is null && value is >= 1900 and <= 2100 && value == decimal.Truncate(value);
        if (bare == BareNumbers.Unitless)
            return isYear ? null : new Figure(number.Index, pos, value, upper, null, false);
        if (isYear || fraction.Success)
            return null;
        // "chỉ số phát triển con người (HDI) đạt 0,7": an index has no unit.
        var lookBack = Math.Max(from, number.Index - 60);
        if (IndexBefore().IsMatch(folded.AsSpan(lookBack, number.Index - lookBack)))
            return new Figure(number.Index, pos, value, upper, null, false);
        if (bare == BareNumbers.KeepPrinted && PrintedUnit().Match(folded, pos, Math.Max(0, to - pos)) is { Success: true } printed
            && !FunctionWord().IsMatch(printed.Groups[1].Value) && !printed.Groups[1].Value.Contains("nam", StringComparison.Ordinal))
        {
            var g = printed.Groups[1];
            var end = g.Index + g.Length;
            var space = printed.Groups[1].Value.IndexOf(' ');
            if (space > 0 && FunctionWord().IsMatch(printed.Groups[1].Value[(space + 1)..]))
                end = g.Index + space;
            return new Figure(number.Index, end, value, upper, null, false) { UnknownUnit = true };
        }
        return null;
    }
}
