namespace NghiQuyet.Core.Text;

/// <summary>
/// A compact test of whether a word is a well-formed Vietnamese syllable: onset + vowel nucleus (with glides) + coda,
/// at most one tone, and only sắc/nặng before a stop (c, ch, p, t). Used to tell which legacy encoding decodes a file
/// into Vietnamese (the wrong ones give "Ph¸t" or "PhaÙt"), and reusable by tone restoration.
/// </summary>
public static class VietnameseSyllable
{
    private static readonly HashSet<string> Onsets =
    [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu",
        "r", "s", "t", "th", "tr", "v", "x",
    ];

    private static readonly HashSet<string> Nuclei =
    [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ôô",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
    ];

    /// <summary>Nuclei that cannot end a syllable ("ă", "â" need a coda; "iê", "uô", "ươ", "yê" too).</summary>
    private static readonly HashSet<string> NeedCoda = ["ă", "â", "oă", "uâ", "iê", "uô", "ươ", "yê", "uyê"];

    private static readonly HashSet<string> Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    private const int MaxLength = 8;

    public static bool IsValid(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
            return false;
        Span<char> bare = stackalloc char[word.Length];
        var tone = VietnameseLetters.NoTone;
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            var t = VietnameseLetters.ToneOf(c);
            if (t != VietnameseLetters.NoTone)
            {
                if (tone != VietnameseLetters.NoTone)
                    return false;
                tone = t;
                c = VietnameseLetters.WithoutTone(c);
            }
            if (!(c is >= 'a' and <= 'z' || c == 'đ' || VietnameseLetters.IsVowel(c)))
                return false;
            bare[i] = c;
        }
        var firstVowel = 0;
        while (firstVowel < bare.Length && !VietnameseLetters.IsVowel(bare[firstVowel]))
            firstVowel++;
        if (firstVowel == bare.Length)
            return false;
        // "qu" and "gi" take the glide into the onset: "quý" = qu + y, "giữa" = gi + ưa (but "gìn" = g + i + n).
        if (firstVowel == 1 && bare[0] == 'q' && bare[1] == 'u' && bare.Length > 2 && VietnameseLetters.IsVowel(bare[2]))
            return Check(bare, 2, tone);
        if (firstVowel == 1 && bare[0] == 'g' && bare[1] == 'i' && Check(bare, 2, tone))
            return true;
        return Check(bare, firstVowel, tone);
    }

    private static bool Check(ReadOnlySpan<char> bare, int nucleusStart, int tone)
    {
        if (!Onsets.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare[..nucleusStart]))
            return false;
        var end = nucleusStart;
        while (end < bare.Length && VietnameseLetters.IsVowel(bare[end]))
            end++;
        if (end == nucleusStart)
            return false;
        var nucleus = bare[nucleusStart..end];
        var coda = bare[end..];
        if (!Nuclei.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nucleus))
            return false;
        if (!Codas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(coda))
            return false;
        if (coda.IsEmpty && NeedCoda.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nucleus))
            return false;
        var stop = coda is "c" or "ch" or "p" or "t";
        return !stop || tone is 2 or 5;
    }

    /// <summary>
    /// Share of the text's word characters that stand in valid syllables (0 … 1; 0 for text without words). A "word" here
    /// is a run of letters and of non-ASCII symbols, so that the stray "¸", "§", "µ" of a wrong decoding spoil their word.
    /// </summary>
    public static double Score(ReadOnlySpan<char> text)
    {
        long total = 0, valid = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            var word = text[start..i];
            total += word.Length;
            if (IsValid(word))
                valid += word.Length;
        }
        return total == 0 ? 0 : (double)valid / total;
    }

    // Every Latin-1 symbol counts as part of a word ("§", "¶", "µ" are letters in TCVN3); general punctuation,
    // arrows and mathematical signs (“ ” … – ≥) separate words.
    private static bool IsWordChar(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetter(c),
        <= '\u00A0' => false,
        <= '\u00FF' => c is not ('\u00D7' or '\u00F7'),
        >= '\u2000' and <= '\u2BFF' => false,
        _ => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsDigit(c),
    };
}
