using System.Globalization;
using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// Tone- and case-insensitive form of Vietnamese text for matching: lower case, no tone or vowel marks, "đ" → "d",
/// runs of white space folded to one space. "Tỷ lệ hộ nghèo" and "ty le ho ngheo" fold to the same string.
/// </summary>
public static class VietnameseFold
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var decomposed = UnicodeForms.FormD(text);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                    sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        if (sb.Length > 0 && sb[^1] == ' ')
            sb.Length--;
        return sb.ToString();
    }
}
