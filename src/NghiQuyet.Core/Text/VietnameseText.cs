using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// One canonical form for Vietnamese text, so that the same word is the same string whatever typed it:
/// <list type="bullet">
/// <item>Unicode NFC (reports mix precomposed letters and base + combining marks);</item>
/// <item>no-break, thin, ideographic … spaces become a plain space; zero-width characters and soft hyphens go;
/// other control characters (except tab, CR and LF) become a space, so the number of '\n' never changes;</item>
/// <item>unusual quotes („ ‟ « » ″ ＂, ‚ ‛ ′ ＇) become " and '; the curly “ ” ‘ ’ that the reports use in names are kept;</item>
/// <item>the Icelandic Ð/ð that bad converters leave for Đ/đ become Đ/đ;</item>
/// <item>tone placement in an open syllable ending in oa, oe or uy follows the traditional convention, which most of the
/// sample reports and all gold files use (hóa 162 vs hoá 53, ủy 82 vs uỷ 32 in ../shared/corpus): "hoá" → "hóa",
/// "khoẻ" → "khỏe", "thuỷ" → "thủy". With a final consonant the tone is on the second vowel in both conventions
/// ("hoàn", "thuyết") and nothing changes; "qu" is an onset, so "quý", "quả" are left alone.</item>
/// </list>
/// Lines and their count are kept exactly; nothing meaningful is trimmed. Linear time, no regular expressions.
/// </summary>
public static class VietnameseText
{
    /// <summary>The text normalised as described above; empty for null.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var nfc = UnicodeForms.FormC(text);
        var chars = FoldCharacters(nfc, out var length);
        var changed = length != nfc.Length || chars is not null;
        var buffer = chars ?? nfc.ToCharArray();
        changed |= PlaceTones(buffer.AsSpan(0, length));
        return changed ? new string(buffer, 0, length) : nfc;
    }

    /// <summary>Space, quote and letter folding. Returns null when nothing changed (the common case: no copy).</summary>
    private static char[]? FoldCharacters(string text, out int length)
    {
        char[]? buffer = null;
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var folded = Fold(c);
            if (buffer is null)
            {
                if (folded == c)
                    continue;
                buffer = new char[text.Length];
                text.CopyTo(0, buffer, 0, i);
                n = i;
            }
            if (folded != Removed)
                buffer[n++] = folded;
        }
        length = buffer is null ? text.Length : n;
        return buffer;
    }

    private const char Removed = '\uFFFF';

    private static char Fold(char c)
    {
        if (c < 0x80)
            return c >= ' ' || c is '\t' or '\n' or '\r' ? c : c == '\0' ? Removed : ' ';
        return c switch
        {
            '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
            '\u2028' or '\u2029' or '\u0085' => ' ',
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => Removed,
            '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\uFF02' or '\u301D' or '\u301E' => '"',
            '\u201A' or '\u201B' or '\u2032' or '\uFF07' => '\'',
            '\u00D0' => 'Đ',
            '\u00F0' => 'đ',
            (>= '\u0080' and <= '\u009F') => ' ',
            _ => c,
        };
    }

    /// <summary>Moves the tone of a final "oa", "oe", "uy" (no coda) onto the first vowel. True if anything moved.</summary>
    private static bool PlaceTones(Span<char> text)
    {
        var changed = false;
        foreach (var word in new LetterRuns(text))
            changed |= PlaceTone(text[word]);
        return changed;
    }

    private static bool PlaceTone(Span<char> word)
    {
        if (word.Length < 2)
            return false;
        var first = word[^2];
        var second = word[^1];
        var tone = VietnameseLetters.ToneOf(second);
        if (tone == Tone.Level || VietnameseLetters.ToneOf(first) != Tone.Level)
            return false;
        var a = char.ToLowerInvariant(first);
        var b = char.ToLowerInvariant(VietnameseLetters.WithoutTone(second));
        if (!((a == 'o' && b is 'a' or 'e') || (a == 'u' && b == 'y')))
            return false;
        var onset = word[..^2];
        foreach (var c in onset)
        {
            if (VietnameseLetters.IsVowel(c) || !char.IsAsciiLetter(c) && c is not ('đ' or 'Đ'))
                return false;
        }
        if (a == 'u' && onset.Length > 0 && char.ToLowerInvariant(onset[^1]) == 'q')
            return false;
        word[^2] = VietnameseLetters.WithTone(first, tone);
        word[^1] = VietnameseLetters.WithTone(second, Tone.Level);
        return true;
    }
}
