using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>A syllable taken apart: onset ("ngh", "qu", "" …), toneless rhyme ("iêng", "uya", "ắk" → "ăk") and tone.</summary>
public readonly record struct SyllableParts(string Onset, string Rhyme, Tone Tone);

/// <summary>
/// The one syllable model of the solution: onset + rhyme (vowel nucleus with glides + coda) + tone, with the spelling of
/// the official unit names included ("Đắk Lắk", "Ea Kar", "Phiêng Pằn"), and one tone placement (the traditional one that
/// most reports and all gold files use: "hòa", "thủy", "của"). It tells which legacy encoding decodes a file into
/// Vietnamese (the wrong ones give "Ph¸t" or "PhaÙt"), which words the restorer may rewrite, which plain spellings OCR
/// repairs may aim at (<see cref="IsPlain"/>), and generates the restorer's syllable inventory.
/// </summary>
public static class VietnameseSyllable
{
    /// <summary>The initial consonants a syllable may start with ("" for a syllable that starts with its vowel).</summary>
    public static readonly IReadOnlyList<string> Onsets =
    [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "qu", "r", "s", "t", "th", "tr", "v", "x",
    ];

    private static readonly string[] OnsetsLongestFirst = Onsets.Where(o => o.Length > 0).OrderByDescending(o => o.Length).ToArray();

    private static readonly string[] Codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t"];

    /// <summary>Toneless rhymes (vowel cluster + coda) that Vietnamese spelling allows.</summary>
    public static readonly IReadOnlySet<string> Rhymes = BuildRhymes();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RhymeLookup =
        ((HashSet<string>)Rhymes).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxLength = 8;


    private static HashSet<string> BuildRhymes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        // Open rhymes: a vowel, a diphthong or a triphthong without a consonant coda.
        foreach (var r in new[]
                 {
                     "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
                     "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi",
                     "ưu", "oa", "oe", "uê", "uy", "uơ", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uôi", "ươi", "ươu",
                     "uây", "uya", "uyu", "ya",
                 })
            set.Add(r);
        // Closed rhymes: nucleus + consonant coda. A little over-generous on purpose: a rhyme that is missing would make a
        // real syllable unrestorable and a real word "invalid", an extra one only costs a candidate the language model rejects.
        string[] nuclei = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oă", "oe", "uâ", "uê", "uy", "iê", "yê", "uô", "ươ", "uyê", "oo"];
        foreach (var n in nuclei)
            foreach (var c in Codas)
            {
                var ok = c switch
                {
                    "ch" or "nh" => n is "a" or "ê" or "i" or "y" or "oa" or "uê" or "uy",
                    "ng" or "c" => n is not ("ê" or "i" or "y" or "uy" or "uê"),
                    _ => true,
                };
                if (ok)
                    set.Add(n + c);
            }
        // Place names of the Central Highlands write Ê Đê and M'nông syllables with -k and ea: "Đắk Lắk", "Ea Kar".
        foreach (var n in new[] { "a", "ă", "â", "e", "ê", "i", "o", "ô", "u", "ư" })
            set.Add(n + "k");
        set.Add("ea");
        return set;
    }

    /// <summary>
    /// Takes a word (any case, NFC) apart into onset, toneless rhyme and tone. False for anything that is not a Vietnamese
    /// syllable: foreign words, abbreviations, symbols, two tone marks, a stop coda with a tone other than sắc or nặng.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> word, out SyllableParts parts)
    {
        parts = default;
        if (word.IsEmpty || word.Length > MaxLength)
            return false;
        Span<char> bare = stackalloc char[word.Length];
        var tone = Tone.Level;
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            var (toneless, t) = VietnameseLetters.Split(c);
            if (t != Tone.Level)
            {
                if (tone != Tone.Level)
                    return false;
                tone = t;
            }
            if (!(toneless is >= 'a' and <= 'z' || toneless == 'đ' || VietnameseLetters.IsVowel(toneless)))
                return false;
            bare[i] = toneless;
        }
        var onsetLength = 0;
        foreach (var o in OnsetsLongestFirst)
            if (bare.StartsWith(o))
            {
                onsetLength = o.Length;
                break;
            }
        // "gi" is an onset before a vowel ("giữa" = gi + ưa) but "gì", "gìn" are g + i; "giếng" is g + iêng.
        if (onsetLength == 2 && bare[0] == 'g' && bare[1] == 'i' && (bare.Length == 2 || !VietnameseLetters.IsVowel(bare[2]) || !IsRhyme(bare[2..], tone)))
            onsetLength = 1;
        var rhyme = bare[onsetLength..];
        if (!IsRhyme(rhyme, tone))
            return false;
        parts = new SyllableParts(new string(bare[..onsetLength]), new string(rhyme), tone);
        return true;
    }

    private static bool IsRhyme(ReadOnlySpan<char> rhyme, Tone tone) =>
        RhymeLookup.Contains(rhyme) && (!IsStop(rhyme) || tone is Tone.Acute or Tone.Dot);

    /// <summary>Whether a word (any case) is a Vietnamese syllable.</summary>
    public static bool IsValid(ReadOnlySpan<char> word) => TryParse(word, out _);

    /// <summary>Whether a lower-case word is a Vietnamese syllable.</summary>
    public static bool IsSyllable(string lower) => TryParse(lower, out _);

    /// <summary>
    /// The syllable with its tone mark where most of the corpus puts it ("hoà" → "hòa", "thuỷ" → "thủy"), lower case.
    /// Input that does not parse as a syllable is returned unchanged.
    /// </summary>
    public static string Canonical(string lower) =>
        TryParse(lower, out var p) ? Compose(p.Onset, p.Rhyme, p.Tone) : lower;

    /// <summary>The syllable from its parts, the tone mark placed the traditional way.</summary>
    public static string Compose(string onset, string rhyme, Tone tone)
    {
        if (tone == Tone.Level)
            return onset + rhyme;
        var vowelEnd = 0;
        while (vowelEnd < rhyme.Length && VietnameseLetters.IsVowel(rhyme[vowelEnd]))
            vowelEnd++;
        var hasCoda = vowelEnd < rhyme.Length;
        var at = TonePosition(rhyme.AsSpan(0, vowelEnd), hasCoda);
        return string.Create(onset.Length + rhyme.Length, (onset, rhyme, at, tone), static (span, s) =>
        {
            s.onset.CopyTo(span);
            s.rhyme.CopyTo(span[s.onset.Length..]);
            span[s.onset.Length + s.at] = VietnameseLetters.WithTone(s.rhyme[s.at], s.tone);
        });
    }

    private static int TonePosition(ReadOnlySpan<char> vowels, bool hasCoda)
    {
        if (vowels.Length <= 1)
            return 0;
        for (var i = vowels.Length - 1; i >= 0; i--)
            if (vowels[i] is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư')
                return i;
        if (hasCoda)
            return vowels.Length - 1;
        // Open diphthongs take the mark on the first vowel ("hòa", "thủy", "của"), triphthongs on the middle one ("ngoài").
        return vowels.Length == 3 ? 1 : 0;
    }

    /// <summary>Every syllable the phonotactics allow: onsets × rhymes × tones, with Vietnamese spelling rules.</summary>
    public static IEnumerable<string> Inventory()
    {
        foreach (var onset in Onsets)
            foreach (var rhyme in Rhymes.Order(StringComparer.Ordinal))
            {
                if (!SpellingAllows(onset, rhyme))
                    continue;
                var stop = IsStop(rhyme.AsSpan());
                for (var tone = Tone.Level; tone <= Tone.Dot; tone++)
                {
                    if (stop && tone is not (Tone.Acute or Tone.Dot))
                        continue;
                    // "g" + "ia" is spelt as "gi" + "a": the parser's reading is the one syllable both spellings name.
                    var syllable = Compose(onset, rhyme, tone);
                    if (TryParse(syllable, out var parts) && parts.Onset == onset)
                        yield return syllable;
                }
            }
    }

    private static readonly Lazy<HashSet<string>> PlainSpellings = new(() =>
        Inventory().Select(VietnameseFold.Fold).ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a folded word (plain lower-case letters) is the plain spelling of some syllable ("duoc", "quoc", "dak").</summary>
    public static bool IsPlain(ReadOnlySpan<char> folded) =>
        folded.Length is > 0 and <= MaxLength && PlainSpellings.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    private static bool IsStop(ReadOnlySpan<char> rhyme) =>
        rhyme.Length > 0 && (rhyme[^1] is 'c' or 'p' or 't' or 'k' || rhyme.EndsWith("ch"));

    private static bool SpellingAllows(string onset, string rhyme)
    {
        var front = rhyme[0] is 'i' or 'e' or 'ê' or 'y';
        return onset switch
        {
            "k" or "gh" or "ngh" => front,
            "c" or "ng" or "g" => !front || (onset == "g" && rhyme[0] == 'i'),
            "qu" => rhyme[0] is not ('u' or 'ư'),
            "gi" => rhyme[0] != 'i',
            _ => true,
        };
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
