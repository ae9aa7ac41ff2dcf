using System.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>
/// The letters of one Vietnamese syllable: vowels with their quality marks (ă â ê ô ơ ư) and six tones, tone placement
/// in one canonical style, and a parse into onset + rhyme that tells a real syllable from a foreign word.
/// </summary>
public static class VietnameseSyllable
{
    /// <summary>Per base vowel, its six forms in tone order: ngang, huyền, hỏi, ngã, sắc, nặng.</summary>
    internal static readonly string[] ToneRows =
    [
        "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
        "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
    ];

    private static readonly Dictionary<char, (char Base, int Tone)> VowelInfo = BuildVowelInfo();

    public static readonly string[] Onsets =
    [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "qu", "r", "s", "t", "th", "tr", "v", "x",
    ];

    private static readonly string[] OnsetsLongestFirst = Onsets.Where(o => o.Length > 0).OrderByDescending(o => o.Length).ToArray();

    private static readonly string[] Codas = ["ng", "nh", "ch", "c", "m", "n", "p", "t"];

    /// <summary>Toneless rhymes (vowel cluster + coda) that Vietnamese spelling allows.</summary>
    public static readonly IReadOnlySet<string> Rhymes = BuildRhymes();

    private static Dictionary<char, (char, int)> BuildVowelInfo()
    {
        var map = new Dictionary<char, (char, int)>();
        foreach (var row in ToneRows)
            for (var t = 0; t < 6; t++)
                map[row[t]] = (row[0], t);
        return map;
    }

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
        // Closed rhymes: nucleus + consonant coda. A little over-generous on purpose: a rhyme that is missing
        // would make a real syllable unrestorable, an extra one only costs a candidate the language model rejects.
        string[] nuclei = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oă", "oe", "uâ", "uê", "uy", "iê", "yê", "uô", "ươ", "uyê", "oo", "ô"];
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

    public static bool IsVowel(char c) => VowelInfo.ContainsKey(char.ToLowerInvariant(c));

    /// <summary>The tone of a single letter (0 = ngang … 5 = nặng) and its toneless form.</summary>
    public static (char Toneless, int Tone) SplitTone(char c) =>
        VowelInfo.TryGetValue(c, out var info) ? info : (c, 0);

    public static char WithTone(char toneless, int tone)
    {
        foreach (var row in ToneRows)
            if (row[0] == toneless)
                return row[tone];
        return toneless;
    }

    /// <summary>Whether a character carries any Vietnamese mark: a tone, a vowel quality mark or the bar of đ.</summary>
    public static bool HasMark(char c)
    {
        c = char.ToLowerInvariant(c);
        if (c == 'đ')
            return true;
        if (!VowelInfo.TryGetValue(c, out var info))
            return false;
        return info.Tone != 0 || info.Base is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư';
    }

    /// <summary>The plain ASCII letter beneath a Vietnamese letter: ộ → o, đ → d.</summary>
    public static char AsciiBase(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower == 'đ')
            return 'd';
        if (!VowelInfo.TryGetValue(lower, out var info))
            return lower;
        return info.Base switch { 'ă' or 'â' => 'a', 'ê' => 'e', 'ô' or 'ơ' => 'o', 'ư' => 'u', var b => b };
    }

    public static string AsciiFold(string lowerSyllable)
    {
        Span<char> buffer = lowerSyllable.Length <= 64 ? stackalloc char[lowerSyllable.Length] : new char[lowerSyllable.Length];
        for (var i = 0; i < lowerSyllable.Length; i++)
            buffer[i] = AsciiBase(lowerSyllable[i]);
        return new string(buffer);
    }

    /// <summary>
    /// Splits a lower-case NFC syllable into onset, toneless rhyme and tone. False for anything that is not a
    /// Vietnamese syllable (foreign words, abbreviations, two tone marks, a stop coda with a level tone …).
    /// </summary>
    public static bool TryParse(string lower, out string onset, out string rhyme, out int tone)
    {
        onset = "";
        rhyme = "";
        tone = 0;
        if (lower.Length is 0 or > 8)
            return false;
        var toneless = new StringBuilder(lower.Length);
        foreach (var ch in lower)
        {
            var (t, tn) = SplitTone(ch);
            if (tn != 0)
            {
                if (tone != 0)
                    return false;
                tone = tn;
            }
            toneless.Append(t);
        }
        var s = toneless.ToString();
        foreach (var o in OnsetsLongestFirst)
        {
            if (!s.StartsWith(o, StringComparison.Ordinal))
                continue;
            var rest = s[o.Length..];
            if (o == "gi" && (rest.Length == 0 || !IsVowel(rest[0])))
            {
                // "gì", "gìn": the i is the vowel, not part of the onset.
                onset = "g";
                rhyme = s[1..];
            }
            else
            {
                onset = o;
                rhyme = rest;
            }
            break;
        }
        if (onset.Length == 0 && rhyme.Length == 0)
            rhyme = s;
        if (!Rhymes.Contains(rhyme))
            return false;
        // Stop codas (-c, -ch, -p, -t) take only the sắc or nặng tone.
        if (IsStop(rhyme) && tone is not (4 or 5))
            return false;
        return true;
    }

    public static bool IsSyllable(string lower) => TryParse(lower, out _, out _, out _);

    /// <summary>
    /// The syllable with its tone mark where most of the corpus puts it ("hoà" → "hòa", "thuỷ" → "thủy"), lower case.
    /// Input that does not parse as a syllable is returned lower-cased and otherwise unchanged.
    /// </summary>
    public static string Canonical(string lower)
    {
        if (!TryParse(lower, out var onset, out var rhyme, out var tone))
            return lower;
        return Compose(onset, rhyme, tone);
    }

    public static string Compose(string onset, string rhyme, int tone)
    {
        if (tone == 0)
            return onset + rhyme;
        var vowelEnd = 0;
        while (vowelEnd < rhyme.Length && IsVowel(rhyme[vowelEnd]))
            vowelEnd++;
        var hasCoda = vowelEnd < rhyme.Length;
        var at = TonePosition(rhyme.AsSpan(0, vowelEnd), hasCoda);
        var chars = rhyme.ToCharArray();
        chars[at] = WithTone(chars[at], tone);
        return onset + new string(chars);
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
                var stop = IsStop(rhyme);
                for (var tone = 0; tone < 6; tone++)
                    if (!stop || tone is 4 or 5)
                        yield return Compose(onset, rhyme, tone);
            }
    }

    private static bool IsStop(string rhyme) =>
        rhyme.EndsWith('c') || rhyme.EndsWith('p') || rhyme.EndsWith('t') || rhyme.EndsWith('k') || rhyme.EndsWith("ch", StringComparison.Ordinal);

    private static bool SpellingAllows(string onset, string rhyme)
    {
        var front = rhyme[0] is 'i' or 'e' or 'ê' or 'y';
        return onset switch
        {
            "k" or "gh" or "ngh" => front,
            "c" or "ng" or "g" => !front || (onset == "g" && rhyme[0] == 'i'),
            "q" => false,
            "qu" => rhyme[0] is not ('u' or 'ư'),
            "gi" => rhyme[0] != 'i',
            _ => true,
        };
    }
}
