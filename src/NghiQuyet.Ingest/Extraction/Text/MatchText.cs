using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Text;

/// <summary>
/// A line (or a joined paragraph) in two forms of the same length: the original text, and a folded form for matching
/// keywords (the kernel's <see cref="VietnameseFold.FoldChar"/>, and — for OCR text — what the learned <see cref="OcrChannel"/> says digits and symbols inside words stand for). Because the
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
        var nfc = Core.Text.UnicodeForms.FormC(original);
        var chars = new char[nfc.Length];
        for (var i = 0; i < nfc.Length; i++)
            chars[i] = VietnameseFold.FoldChar(nfc[i]);
        if (!ocr)
            return new MatchText(nfc, new string(chars));
        OcrRepair(chars);
        // What people read gets the same repairs where a digit or a symbol stood for a letter ("x4" → "xa", "hi¢u" → "hieu").
        var shown = nfc.ToCharArray();
        for (var i = 0; i < shown.Length; i++)
        {
            if (!char.IsLetter(shown[i]) && char.IsAsciiLetter(chars[i]))
                shown[i] = chars[i];
        }
        return new MatchText(new string(shown), new string(chars));
    }

    public string Slice(int start, int end) => Original[start..end];

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

    // A non-ASCII symbol the channel knows as a misread letter ("¢", "€") is part of its word; "&" of "KH&CN" is not.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c > '\u007F' && OcrChannel.Shipped.IsGlyph(c);

    private static void RepairWord(char[] s, int start, int end, bool afterTy)
    {
        var letters = 0;
        var digits = 0;
        var symbols = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsAsciiDigit(s[k])) digits++;
            else if (char.IsLetter(s[k])) letters++;
            else symbols++;
        }
        if (afterTy && s[start] == '1' && end - start <= 3)
        {
            // "Ty 1€", "Ty 18", "Ty 1": always "tỷ lệ" — no report writes a number straight after "tỷ".
            s[start] = 'l';
            for (var k = start + 1; k < end; k++)
                s[k] = 'e';
            return;
        }
        if (digits == 0 && symbols == 0 && end - start is >= 2 and <= 4 && start > 0 && s[start - 1] == ' ' && IsDigitLookalikeWithUnit(s, start, end))
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
        if (letters + symbols == 0 || digits + symbols == 0)
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
        // Digits and symbols among letters are glyphs: the OCR channel reads them as the letters they stand for.
        OcrChannel.Shipped.RepairGlyphs(s.AsSpan(start, end - start));
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
