using System.Globalization;
using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// The one tone- and case-insensitive form of Vietnamese text in the solution: lower case, no tone or vowel marks,
/// "đ" → "d" (and the Icelandic "ð" that bad converters leave for it), dashes → "-", runs of white space folded to one
/// space. "Tỷ lệ hộ nghèo" and "ty le ho ngheo" fold to the same string. <see cref="FoldWithMap"/> gives the same string
/// with the source index of every folded character, so that a match in the fold marks the right span of the source;
/// <see cref="FoldChar"/> is the same fold one character for one; <see cref="StripMarks"/> the same letters with their case.
/// </summary>
public static class VietnameseFold
{
    // Decomposing (FormD) per call is slow; the Latin, Greek, Cyrillic and Vietnamese ranges are folded once. Characters
    // are decomposed one at a time and a surrogate is never decomposed, so a lone surrogate cannot make Normalize throw.
    private const int TableSize = 0x2000;
    private static readonly string[] Table = BuildTable();

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (var i = 0; i < TableSize; i++)
            table[i] = FoldSlow((char)i);
        return table;
    }

    /// <summary>What one non-space character folds to: usually one character; none for a combining mark.</summary>
    private static string FoldOne(char c) => c < TableSize ? Table[c] : FoldSlow(c);

    private static string FoldSlow(char c)
    {
        switch (c)
        {
            case 'đ' or 'Đ' or 'Ð' or 'ð':
                return "d";
            case '–' or '—' or '−':
                return "-";
        }
        if (char.IsSurrogate(c))
            return c.ToString();
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            return "";
        var sb = new StringBuilder(2);
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(d));
        return sb.ToString();
    }

    /// <summary>Lower case without tone marks or diacritics ("Tỷ lệ" → "ty le"), the key every tone-insensitive comparison uses; empty for null.</summary>
    public static string Fold(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Run(text, null);

    /// <summary>The folded text and, for each of its characters, the index of the source character it came from.</summary>
    public static FoldedText FoldWithMap(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return new FoldedText(string.Empty, string.Empty, []);
        var map = new List<int>(text.Length);
        return new FoldedText(text, Run(text, map), map.ToArray());
    }

    private static string Run(string text, List<int>? map)
    {
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    map?.Add(i);
                }
                lastWasSpace = true;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                // A pair is kept as it is; a lone half (a cut string, a JSON "\ud800") becomes U+FFFD, as a decoder would make it.
                var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                lastWasSpace = false;
                sb.Append(paired ? c : '\uFFFD');
                map?.Add(i);
                if (paired)
                {
                    sb.Append(text[++i]);
                    map?.Add(i);
                }
                continue;
            }
            var folded = FoldOne(c);
            if (folded.Length == 0)
                continue;
            lastWasSpace = false;
            sb.Append(folded);
            if (map is not null)
                for (var k = 0; k < folded.Length; k++)
                    map.Add(i);
        }
        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
            map?.RemoveAt(map.Count - 1);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The fold one character for one, so that a folded line has the source line's length and a match cuts the same span
    /// out of both: letters as in <see cref="Fold"/> (first letter of a decomposition), a lone combining mark and the
    /// no-break spaces → " "; other white space is kept as it is.
    /// </summary>
    public static char FoldChar(char c)
    {
        if (c is '\u00A0' or '\u2007' or '\u202F')
            return ' ';
        if (char.IsWhiteSpace(c))
            return c;
        var folded = FoldOne(c);
        return folded.Length == 0 ? ' ' : folded[0];
    }

    /// <summary>
    /// Every Vietnamese mark removed (tones, ă â ê ô ơ ư, đ), case and every other character kept, one character for
    /// one (after NFC): "Đắk Lắk" → "Dak Lak". What an OCR engine that keeps no mark would print.
    /// </summary>
    public static string StripMarks(string text)
    {
        var nfc = UnicodeForms.FormC(text);
        return string.Create(nfc.Length, nfc, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = VietnameseLetters.Plain(source[i]);
        });
    }
}

/// <summary>A source text, its <see cref="VietnameseFold.Fold"/> and the source index of every folded character.</summary>
public sealed class FoldedText(string source, string text, int[] map)
{
    /// <summary>The text as given.</summary>
    public string Source { get; } = source;

    /// <summary>The folded text (equal to <see cref="VietnameseFold.Fold"/> of the source).</summary>
    public string Text { get; } = text;

    /// <summary>For each folded character, the index in <see cref="Source"/> of the character it came from.</summary>
    public IReadOnlyList<int> Map => map;

    /// <summary>
    /// The source span that a run of folded characters came from: from the first one's source character to the last
    /// one's, with the combining marks that follow it (so "ho ngheo" marks the whole "hộ nghèo", marks and all).
    /// </summary>
    public (int Start, int Length) SourceSpan(int foldedStart, int foldedLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(foldedStart);
        ArgumentOutOfRangeException.ThrowIfLessThan(foldedLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(foldedStart + foldedLength, map.Length);
        var start = map[foldedStart];
        var stop = map[foldedStart + foldedLength - 1] + 1;
        while (stop < Source.Length && CharUnicodeInfo.GetUnicodeCategory(Source[stop]) == UnicodeCategory.NonSpacingMark)
            stop++;
        return (start, stop - start);
    }
}
