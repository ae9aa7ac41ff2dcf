using System.Globalization;

namespace NghiQuyet.Core.Text;

/// <summary>
/// Numbers as Vietnamese reports write them: "." groups thousands ("9.589" = 9589), "," marks decimals ("36,5" = 36.5),
/// both together ("1.052,4" = 1052.4). A lone "." followed by other than three digits is read as a decimal point,
/// which is what OCR and careless typing leave ("33.0").
/// </summary>
public static class VietnameseNumber
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Reads a number as Vietnamese reports write it; false where the text is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty)
            return false;
        var negative = false;
        if (text[0] is '-' or '−')
        {
            negative = true;
            text = text[1..].TrimStart();
            // A sign alone ("-" typed in a figure's box) is not a number (it used to index past the end).
            if (text.IsEmpty)
                return false;
        }
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        var commas = 0;
        var dots = 0;
        foreach (var c in text)
        {
            if (c == ',') commas++;
            else if (c == '.') dots++;
            else if (!char.IsAsciiDigit(c)) return false;
        }
        if (!char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]) || commas > 1)
            return false;
        var dotsAreThousands = dots > 1 || commas == 1 || (dots == 1 && IsThousandsGrouping(text));
        if (dotsAreThousands && dots > 0 && !IsThousandsGrouping(text[..(commas == 1 ? text.IndexOf(',') : text.Length)]))
            return false;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (!dotsAreThousands) buffer[n++] = '.';
            }
            else if (c == ',') buffer[n++] = '.';
            else buffer[n++] = c;
        }
        if (!decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        if (negative) value = -value;
        return true;
    }

    /// <summary>The number, or null where the text is not one.</summary>
    public static decimal? Parse(string? text) => text is not null && TryParse(text, out var v) ? v : null;

    /// <summary>A number a person typed into a form: blank is none (null), what cannot be read is the message saying so.</summary>
    public static Result<decimal?> Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Result<decimal?>.Ok(null);
        return Parse(text.Trim()) is { } v ? Result<decimal?>.Ok(v) : Result<decimal?>.Fail(string.Format(Messages.FigureInvalid, text.Trim()));
    }

    /// <summary>"9.589" or "1.234.567": every dot followed by exactly three digits.</summary>
    private static bool IsThousandsGrouping(ReadOnlySpan<char> integerPart)
    {
        var firstDot = integerPart.IndexOf('.');
        if (firstDot is < 1 or > 3)
            return false;
        var rest = integerPart[firstDot..];
        while (!rest.IsEmpty)
        {
            if (rest.Length < 4 || rest[0] != '.' || !char.IsAsciiDigit(rest[1]) || !char.IsAsciiDigit(rest[2]) || !char.IsAsciiDigit(rest[3]))
                return false;
            rest = rest[4..];
        }
        return true;
    }

    /// <summary>Formats for Vietnamese readers: "36,5", "9.589", "1.052,4".</summary>
    public static string Format(decimal value, int maxDecimals = 2) =>
        Math.Round(value, maxDecimals).ToString("#,##0.##", Vi);
}
