using System.Text.RegularExpressions;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Structure;

public enum LineKind
{
    Blank,
    PageNumber,
    Part,
    RomanHeading,
    NumberedHeading,
    Item,
    SubLine,
    Text,
}

/// <summary>
/// What a line looks like at its start: a part ("Phần thứ nhất"), a Roman heading ("III- NHIỆM VỤ"), a numbered
/// heading ("3.", "3.1.", "2.1.1-"), a numbered item ("(7)", "7)", "7-", "04 -"), a "+"/"-" sub-line, or running text.
/// <see cref="ContentStart"/> is where the text after the marker begins.
/// </summary>
public sealed partial record LineShape(LineKind Kind, string? Label, int Level, int ContentStart)
{
    public static LineShape Of(MatchText line) => Classify(line.Original, line.Folded);

    // "Phần thứ nhất", and as a scan reads it: "Phan thi? nhat", "Phan thir hai", "PHAN THU BA".
    [GeneratedRegex(@"^\s*\W{0,2}\s*phan\s+th[\w?'’]{1,2}\s+\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    [GeneratedRegex(@"^\s*([IVXL]{1,5})\s*[.\-–)]\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Roman();

    // A roman numeral an English OCR model misread — "l", "1" or "|" for "I" ("Il-", "I11-", "lV.") — before an upper-case
    // heading; it must hold a real I, V or X so that "1." stays a numbered heading.
    [GeneratedRegex(@"^\s*((?=[IVXLl1|]*[IVX])[IVXLl1|]{1,5})\s*[.\-–)]\s*(?=\p{Lu}{2})", RegexOptions.CultureInvariant)]
    private static partial Regex DamagedRoman();

    [GeneratedRegex(@"^\s*\((\d{1,2})\)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ParenItem();

    [GeneratedRegex(@"^\s*(\d{1,2})\s*[)\-–]\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex DashItem();

    [GeneratedRegex(@"^\s*(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.)\s*(?:[-–]\s*)?(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\s*(?:[+\-–•*·]|[a-zđ]\))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Sub();

    [GeneratedRegex(@"^\s*\d{1,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Page();

    public static LineShape Classify(string original, string folded)
    {
        if (string.IsNullOrWhiteSpace(original))
            return new LineShape(LineKind.Blank, null, 0, 0);
        if (Page().IsMatch(original))
            return new LineShape(LineKind.PageNumber, null, 0, 0);
        if (Part().Match(folded) is { Success: true } p)
            return new LineShape(LineKind.Part, null, -1, p.Length);
        if (Roman().Match(original) is { Success: true } r)
            return new LineShape(LineKind.RomanHeading, r.Groups[1].Value, 0, r.Length);
        if (DamagedRoman().Match(original) is { Success: true } dr)
            return new LineShape(LineKind.RomanHeading, RomanLabel(dr.Groups[1].Value), 0, dr.Length);
        if (ParenItem().Match(original) is { Success: true } pi)
            return new LineShape(LineKind.Item, ItemLabel(pi.Groups[1].Value), 0, pi.Length);
        if (DashItem().Match(original) is { Success: true } di)
            return new LineShape(LineKind.Item, ItemLabel(di.Groups[1].Value), 0, di.Length);
        if (Numbered().Match(original) is { Success: true } n)
        {
            var number = n.Groups[1].Value.TrimEnd('.');
            return new LineShape(LineKind.NumberedHeading, number, number.Count(c => c == '.') + 1, n.Length);
        }
        if (Sub().Match(original) is { Success: true } s)
            return new LineShape(LineKind.SubLine, null, 0, s.Length);
        return new LineShape(LineKind.Text, null, 0, 0);
    }

    /// <summary>The numeral a scan damaged, with its I's back: "Il" → "II", "I11" → "III", "1V" → "IV".</summary>
    private static string RomanLabel(string damaged) =>
        string.Concat(damaged.Select(c => c is 'l' or '1' or '|' ? 'I' : c));

    private static string ItemLabel(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }
}
