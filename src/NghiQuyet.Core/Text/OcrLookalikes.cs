using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// What an OCR engine run without its Vietnamese model makes of Vietnamese letters, as classes of look-alike glyphs
/// rather than a list of misread words: l↔1↔i↔|, o↔0↔6↔9, ô/ơ→d/b, ê/e→é↔c↔€↔¢↔8↔&amp;, a↔4↔&amp;, ư→u↔w↔y↔ir↔ii,
/// ă/â→i/d, đ→d↔P↔B at a word's start, s↔5, g↔q. One place for the extraction's keyword matching and the catalog's
/// phrase matching; restoring a whole text with its tones is the restoration model's work, not this one's.
/// </summary>
public static class OcrLookalikes
{
    /// <summary>
    /// A word's skeleton: folded (<see cref="VietnameseFold"/>) and every look-alike glyph replaced by its class's
    /// representative, so "Thyc hién", "Thuc hien" and "Thực hiện" share one skeleton ("thuc hien" → "iuue ieu…" alike).
    /// Only for comparing two words both put through it; never shown.
    /// </summary>
    public static string Skeleton(string word)
    {
        var folded = VietnameseFold.Fold(word);
        // A number is no damaged word: "2025" stays a year.
        if (!folded.Any(char.IsLetter))
            return folded;
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            // ư read as two narrow glyphs: "ii" ("ciia" của), "ir" ("chirc" chức); Vietnamese spells neither.
            if ((c == 'i' || c == '1' || c == 'l') && (next is 'i' or 'r') && i + 1 < folded.Length && (i == 0 || char.IsLetter(folded[i - 1])))
            {
                sb.Append('u');
                i++;
                continue;
            }
            var atStart = i == 0 || !char.IsLetterOrDigit(folded[i - 1]);
            sb.Append(Representative(c, atStart));
        }
        return sb.ToString();
    }

    /// <summary>Whether two words are the same word but for look-alike glyphs.</summary>
    public static bool Same(string a, string b) => Skeleton(a) == Skeleton(b);

    /// <summary>Whether two skeletons differ by at most one glyph changed, added or dropped.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1)
                return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    private static char Representative(char c, bool atStart) => c switch
    {
        '1' or 'l' or 'i' or '!' or '|' or 'j' => 'i',
        '0' or 'o' or '6' or '9' => 'o',
        'e' or 'c' or '8' or '€' or '¢' or '&' => 'e',
        '4' or 'a' or '@' => 'a',
        'u' or 'y' or 'w' or 'v' => 'u',
        '5' or 's' or '$' => 's',
        'q' or 'g' => 'g',
        'p' or 'b' when atStart => 'd',
        _ => c,
    };

    /// <summary>
    /// Repairs one folded token that is no Vietnamese syllable into the nearest one the look-alike classes allow
    /// ("s6" → "so", "sb" → "so", "lwong" → "luong", "dugc" → "duoc", "ciia" → "cua", "qubc" → "quoc", "Pang" → "dang");
    /// a token that already is one is returned as it is. Unknown damage is left alone rather than guessed.
    /// </summary>
    public static string RepairFolded(string token)
    {
        if (token.Length is 0 or > 8 || token is "m2" or "km2")
            return token;
        var hasDigit = false;
        var hasLetter = false;
        foreach (var c in token)
        {
            hasDigit |= char.IsAsciiDigit(c);
            hasLetter |= char.IsLetter(c);
        }
        // Letters only and no vowel: an abbreviation ("gdp", "htx"), not a damaged syllable.
        if (!hasLetter || (!hasDigit && !token.Any(c => IsVowel(c) || !char.IsAsciiLetter(c))))
            return token;
        // An initial "p" without "h" is a Vietnamese loan-word onset at most; after OCR it is nearly always "đ".
        var start = token.Length > 1 && token[0] == 'p' && token[1] != 'h' && IsVowel(token[1]) ? "d" + token[1..] : token;
        if (!hasDigit && IsSyllable(start))
            return start;
        var candidates = new List<string> { start };
        foreach (var (from, to) in MultiGlyph)
            if (start.Contains(from, StringComparison.Ordinal))
                candidates.Add(start.Replace(from, to, StringComparison.Ordinal));
        // A whole glyph pair undone beats single look-alike swaps ("d6eng" is "dong", not "doeng").
        foreach (var candidate in candidates)
            if (IsSyllable(candidate))
                return candidate;
        foreach (var candidate in candidates)
            if (Substitute(candidate, 0, 2) is { } fixedWord)
                return fixedWord;
        // No syllable within reach: still, digits inside a word are glyphs, not a number ("m6i" → "moi").
        if (!hasDigit)
            return token;
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
            sb.Append(c switch { '1' => 'l', '0' or '6' or '9' => 'o', '5' => 's', '8' => 'e', '4' => 'a', _ => c });
        return sb.ToString();
    }

    // Glyph pairs an English model reads for one Vietnamese letter.
    // and a toned vowel read as a digit plus an accented letter ("đồng" → "d6éng", folded "d6eng").
    private static readonly (string From, string To)[] MultiGlyph = [("ii", "u"), ("ir", "u"), ("iv", "u"), ("rn", "m"), ("6e", "o"), ("0e", "o")];

    // For each glyph, the letters it may stand for, likeliest first.
    private static readonly Dictionary<char, string> StandsFor = new()
    {
        ['1'] = "li", ['l'] = "i", ['i'] = "lau", ['!'] = "li", ['|'] = "li",
        ['0'] = "o", ['6'] = "o", ['9'] = "o", ['d'] = "oa", ['b'] = "o",
        ['8'] = "e", ['c'] = "e", ['e'] = "c", ['€'] = "e", ['¢'] = "e", ['&'] = "e",
        ['4'] = "a", ['@'] = "a",
        ['w'] = "u", ['y'] = "u", ['u'] = "y",
        ['5'] = "s", ['g'] = "o", ['m'] = "n",
    };

    private static string? Substitute(string word, int from, int budget)
    {
        if (budget == 0)
            return null;
        for (var i = from; i < word.Length; i++)
        {
            // A letter opening the word is its onset, which OCR rarely breaks; a digit or symbol there is damage.
            if ((i == 0 && char.IsAsciiLetter(word[i])) || !StandsFor.TryGetValue(word[i], out var options))
                continue;
            foreach (var o in options)
            {
                var candidate = string.Concat(word.AsSpan(0, i), o.ToString(), word.AsSpan(i + 1));
                if (IsSyllable(candidate))
                    return candidate;
                if (Substitute(candidate, i + 1, budget - 1) is { } deeper)
                    return deeper;
            }
        }
        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    // The syllable grammar on folded letters (no tones, no ă/â/ê/ô/ơ/ư): onset + nucleus + coda, a nucleus ending in a
    // glide takes no coda, and "i" takes no "ng" ("ting" is no syllable: "tinh" or "tăng" is).
    private static readonly string[] Onsets =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    private static readonly HashSet<string> OpenNuclei =
        ["ai", "ao", "au", "ay", "eo", "eu", "iu", "oi", "ui", "uu", "ieu", "oai", "oao", "oay", "oeo", "uay", "uoi", "uou", "yeu", "uyu"];

    private static readonly HashSet<string> Nuclei =
        ["a", "e", "i", "o", "u", "y", "ia", "ie", "oa", "oe", "oo", "ua", "ue", "uo", "uy", "ye", "uya", "uye", .. OpenNuclei];

    private static readonly string[] Codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];

    private static bool IsSyllable(string folded)
    {
        if (folded.Length is 0 or > 7)
            return false;
        foreach (var c in folded)
            if (c is < 'a' or > 'z')
                return false;
        foreach (var onset in Onsets)
        {
            if (!folded.StartsWith(onset, StringComparison.Ordinal))
                continue;
            var rest = folded[onset.Length..];
            foreach (var coda in Codas)
            {
                if (rest.Length <= coda.Length || !rest.EndsWith(coda, StringComparison.Ordinal))
                    continue;
                var nucleus = rest[..^coda.Length];
                if (!Nuclei.Contains(nucleus) || (coda.Length > 0 && OpenNuclei.Contains(nucleus)) || (nucleus == "i" && coda == "ng"))
                    continue;
                return true;
            }
        }
        return false;
    }
}
