using System.Globalization;
using System.Text;

namespace NghiQuyet.Ingest.Extraction.Text;

/// <summary>
/// A line (or a joined paragraph) in two forms of the same length: the original text, and a folded form for matching
/// keywords (lower case, no tone marks, "đ" → "d", and — for OCR text — common scanner confusions undone). Because the
/// fold keeps every character in place, a match found in <see cref="Folded"/> cuts the same span out of <see cref="Original"/>.
/// </summary>
public sealed class MatchText
{
    private MatchText(string original, string folded)
    {
        Original = original;
        Folded = folded;
    }

    public string Original { get; }
    public string Folded { get; }
    public int Length => Original.Length;

    public static MatchText Create(string original, bool ocr)
    {
        var nfc = NfcText.IsPlainlyNfc(original) || original.IsNormalized(NormalizationForm.FormC) ? original : original.Normalize(NormalizationForm.FormC);
        var chars = new char[nfc.Length];
        for (var i = 0; i < nfc.Length; i++)
            chars[i] = FoldChar(nfc[i], ocr);
        if (!ocr)
            return new MatchText(nfc, new string(chars));
        OcrRepair(chars);
        // What people read gets the same repairs where a digit or a symbol stood for a letter ("x4" → "xa", "hi¢u" → "hieu").
        var shown = nfc.ToCharArray();
        for (var i = 0; i < shown.Length; i++)
        {
            if ((char.IsAsciiDigit(shown[i]) || shown[i] is '¢' or '€') && char.IsAsciiLetter(chars[i]))
                shown[i] = chars[i];
        }
        return new MatchText(new string(shown), new string(chars));
    }

    public string Slice(int start, int end) => Original[start..end];

    // Folding a character decomposes it (FormD), which is slow per call; the Latin and Vietnamese ranges are folded once.
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
            table[i] = FoldSlow((char)i);
        return table;
    }

    public static char FoldChar(char c, bool ocr)
    {
        if (ocr && c is '¢' or '€')
            return 'e';
        return c < Table.Length ? Table[c] : FoldSlow(c);
    }

    private static char FoldSlow(char c)
    {
        if (c < 128)
            return char.ToLowerInvariant(c);
        switch (c)
        {
            case 'đ' or 'Đ' or 'Ð' or 'ð':
                return 'd';
            case '\u00A0' or '\u2007' or '\u202F':
                return ' ';
            case '–' or '—' or '−':
                return '-';
        }
        if (char.IsSurrogate(c))
            return c;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var b = decomposed[0];
        if (decomposed.Length > 1 || b != c)
            return char.ToLowerInvariant(b);
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? ' ' : char.ToLowerInvariant(c);
    }

    /// <summary>
    /// Undoes what an OCR engine without the Vietnamese model does to letters: digits inside words ("1a" là, "s6" số,
    /// "x4" xã, "18n" lên), "1" for "l" after "ty" ("Ty 1€" tỷ lệ), "P" for "Đ" at the start of a word ("Pang" Đảng).
    /// A number glued to its unit ("4.500ha", "7m") is left alone.
    /// </summary>
    private static void OcrRepair(char[] s)
    {
        var i = 0;
        var previousWordStart = -1;
        var previousWordEnd = -1;
        while (i < s.Length)
        {
            if (!IsWordChar(s[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < s.Length && IsWordChar(s[i]))
                i++;
            RepairWord(s, start, i, previousWordStart >= 0 && IsTy(s, previousWordStart, previousWordEnd));
            RepairQueriedVowel(s, start, i);
            previousWordStart = start;
            previousWordEnd = i;
        }
    }

    /// <summary>
    /// "ư" with a tone is often read as a glyph and a question mark: "tt?" từ, "thi?" thứ, "git?" giữ, "stv?" sử. The
    /// glyph before "?" (two for "tv"/"iv") becomes "u" and the rest a space, so "tu", "thu", "giu", "su" match.
    /// </summary>
    private static void RepairQueriedVowel(char[] s, int start, int end)
    {
        if (end >= s.Length || s[end] != '?' || end - start < 2 || (end + 1 < s.Length && char.IsLetterOrDigit(s[end + 1])))
            return;
        var k = end - 1;
        if (s[k] is not ('t' or 'i' or 'v' or 'l' or '1' or 'r'))
            return;
        if (s[k] == 'v' && k - 1 > start && s[k - 1] is 't' or 'i')
            k--;
        s[k] = 'u';
        for (var m = k + 1; m <= end; m++)
            s[m] = ' ';
    }

    private static bool IsTy(char[] s, int start, int end) => end - start == 2 && s[start] == 't' && s[start + 1] == 'y';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static void RepairWord(char[] s, int start, int end, bool afterTy)
    {
        var letters = 0;
        var digits = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsAsciiDigit(s[k])) digits++;
            else letters++;
        }
        if (afterTy && s[start] == '1' && end - start <= 3)
        {
            // "Ty 1€", "Ty 18", "Ty 1": always "tỷ lệ" — no report writes a number straight after "tỷ".
            s[start] = 'l';
            for (var k = start + 1; k < end; k++)
                s[k] = 'e';
            return;
        }
        if (digits == 0 && end - start is >= 2 and <= 4 && start > 0 && s[start - 1] == ' ' && IsDigitLookalikeWithUnit(s, start, end))
        {
            // "Sm" for "5m", "lOha" for "10ha": a scanner's digit look-alikes glued to a unit.
            for (var k = start; k < end; k++)
            {
                var d = s[k] switch { 's' => '5', 'o' => '0', 'l' or 'i' => '1', _ => s[k] };
                if (d == s[k]) break;
                s[k] = d;
            }
            return;
        }
        if (letters == 0 || digits == 0)
            return;
        // A number glued to its unit: digits first, then letters only ("4.500ha", "5m", "7m").
        var firstLetter = start;
        while (firstLetter < end && char.IsAsciiDigit(s[firstLetter]))
            firstLetter++;
        var lettersOnlyAfter = true;
        for (var k = firstLetter; k < end; k++)
            if (char.IsAsciiDigit(s[k])) lettersOnlyAfter = false;
        if (firstLetter > start && lettersOnlyAfter && (start == 0 || !(s[start - 1] is '.' or ',')) && IsUnitTail(s, firstLetter, end))
            return;
        if (firstLetter > start && lettersOnlyAfter && start > 0 && s[start - 1] is '.' or ',')
            return;
        for (var k = start; k < end; k++)
        {
            s[k] = s[k] switch
            {
                '1' => 'l',
                '0' or '6' or '9' => 'o',
                '4' => 'a',
                '8' => 'e',
                _ => s[k],
            };
        }
    }

    private static bool IsDigitLookalikeWithUnit(char[] s, int start, int end)
    {
        var k = start;
        while (k < end && s[k] is 's' or 'o' or 'l' or 'i') k++;
        return k > start && k < end && IsUnitTail(s, k, end) && !(k - start == 1 && s[start] == 'o' && end - k <= 2);
    }

    private static bool IsUnitTail(char[] s, int start, int end)
    {
        var tail = new string(s, start, end - start);
        return tail is "ha" or "m" or "km" or "m2" or "km2" or "kg" or "cm" or "mm" or "tan";
    }
}
