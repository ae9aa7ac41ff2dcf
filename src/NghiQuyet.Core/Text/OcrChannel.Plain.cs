namespace NghiQuyet.Core.Text;

/// <summary>
/// The same channel seen through <see cref="VietnameseFold"/>: P(folded observed string | plain letter), the counts of
/// every clean letter pooled by its plain letter ("ô", "ố", "ơ" … → "o") and every observed string folded ("é" → "e").
/// Matching code works on folded text, so this is the form it needs: whether "mudng" can be what OCR made of "muong"
/// (<see cref="PlainScore"/>), which plain syllable a damaged folded token most likely was (<see cref="RepairFolded"/>),
/// which letter a digit or symbol inside a word stands for (<see cref="LikeliestLetter"/>).
/// </summary>
public sealed partial class OcrChannel
{
    private Dictionary<(char Plain, string Observed), float> _plainLog10 = new();
    private Dictionary<char, int> _plainTotals = new();
    private Dictionary<string, char[]> _plainReadings = new(StringComparer.Ordinal);
    private HashSet<string> _plainSegments = new(StringComparer.Ordinal);
    private Dictionary<char, char[]> _glyphLetters = new();

    private const double PlainAlpha = 4;

    private static double PlainPrior(char plain, string observed) => observed.Length switch
    {
        0 => 1e-3,
        2 => 1e-6,
        3 => 1e-8,
        _ => observed[0] == plain ? 0.9 : 1e-4,
    };

    private static string FoldObserved(string observed) =>
        string.Create(observed.Length, observed, static (span, o) =>
        {
            for (var i = 0; i < o.Length; i++)
                span[i] = VietnameseFold.FoldChar(o[i]);
        });

    private void FinishPlain()
    {
        var counts = new Dictionary<(char, string), int>();
        var totals = new Dictionary<char, int>();
        foreach (var ((c, o), count) in _counts)
        {
            var key = (VietnameseFold.FoldChar(c), FoldObserved(o));
            counts[key] = counts.GetValueOrDefault(key) + count;
            totals[key.Item1] = totals.GetValueOrDefault(key.Item1) + count;
        }
        _plainTotals = totals;
        _plainLog10 = counts.ToDictionary(kv => kv.Key, kv => (float)Math.Log10((kv.Value + PlainAlpha * PlainPrior(kv.Key.Item1, kv.Key.Item2)) / (totals[kv.Key.Item1] + PlainAlpha)));
        _plainSegments = new HashSet<string>(counts.Keys.Where(k => k.Item2.Length >= 2 && PlainProb(k.Item1, k.Item2) > 0.003).Select(k => k.Item2), StringComparer.Ordinal);
        var readings = new Dictionary<string, HashSet<char>>(StringComparer.Ordinal);
        foreach (var (p, o) in counts.Keys)
        {
            if (o.Length == 0 || PlainProb(p, o) < ReadingThreshold)
                continue;
            if (!readings.TryGetValue(o, out var set))
                readings[o] = set = [];
            set.Add(p);
        }
        for (var c = 'a'; c <= 'z'; c++)
        {
            if (!readings.TryGetValue(c.ToString(), out var set))
                readings[c.ToString()] = set = [];
            set.Add(c);
        }
        _plainReadings = readings.ToDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray(), StringComparer.Ordinal);
        // A glyph that is no letter (a digit, "€", "&") stands, inside a word, for the letter that most often produced it.
        // Every letter that printed as it, commonest first.
        _glyphLetters = counts.Where(kv => kv.Key.Item2.Length == 1 && !char.IsLetter(kv.Key.Item2[0]) && char.IsAsciiLetter(kv.Key.Item1))
            .GroupBy(kv => kv.Key.Item2[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1).Select(kv => kv.Key.Item1).ToArray());
    }

    private float PlainLog10(char plain, string observed)
    {
        if (_plainLog10.TryGetValue((plain, observed), out var v))
            return v;
        _plainTotals.TryGetValue(plain, out var total);
        return (float)Math.Log10(PlainAlpha * PlainPrior(plain, observed) / (total + PlainAlpha));
    }

    private double PlainProb(char plain, string observed) => Math.Pow(10, PlainLog10(plain, observed));

    /// <summary>
    /// log10 P(folded observed word | plain word), best alignment (each plain letter gives 0–3 observed characters);
    /// −99 when no alignment exists. "mudng" given "muong" is about −1; given "muon" far lower.
    /// </summary>
    public float PlainScore(string observed, string plain) => Align(observed, plain, byPlainLetters: true);

    /// <summary>
    /// Whether a folded word could be what OCR made of a plain word: its score is within <paramref name="margin"/>
    /// (log10) of the plain word read perfectly. "bien" ← "bien", "pien" ← "dien", "yen" ← "yen"; "hoa" ↚ "binh".
    /// </summary>
    public bool Explains(string observed, string plain, float margin = -2.5f) =>
        observed == plain || PlainScore(observed, plain) >= PlainScore(plain, plain) + margin;

    /// <summary>
    /// The plain spellings a folded token may come from, likeliest first by the channel, at most <paramref name="limit"/>
    /// (a beam over the token's positions, so that a likely two-glyph reading such as "ir" for "u" is not crowded out).
    /// </summary>
    public List<string> PlainReadings(string observed, int limit = 64)
    {
        if (observed.Length is 0 or > 10)
            return [];
        var beams = new List<(string Text, float Score)>[observed.Length + 1];
        for (var k = 0; k < beams.Length; k++)
            beams[k] = [];
        beams[0].Add(("", 0f));
        for (var at = 0; at < observed.Length; at++)
        {
            var states = beams[at];
            if (states.Count == 0)
                continue;
            if (states.Count > limit)
            {
                states.Sort((a, b) => b.Score.CompareTo(a.Score));
                states.RemoveRange(limit, states.Count - limit);
            }
            for (var k = 1; k <= MaxSegment && at + k <= observed.Length; k++)
            {
                var segment = k == 1 ? SingleChar(observed[at]) : observed.Substring(at, k);
                if (k > 1 && !_plainSegments.Contains(segment))
                    continue;
                if (!_plainReadings.TryGetValue(segment, out var letters))
                    continue;
                foreach (var letter in letters)
                {
                    var cost = PlainLog10(letter, segment);
                    foreach (var (text, score) in states)
                        beams[at + k].Add((text + letter, score + cost));
                }
            }
        }
        return beams[observed.Length]
            .GroupBy(r => r.Text)
            .Select(g => (Text: g.Key, Score: g.Max(r => r.Score)))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Text, StringComparer.Ordinal)
            .Take(limit)
            .Select(r => r.Text)
            .ToList();
    }

    /// <summary>The letter a digit or symbol inside a word most often stands for ("6" → o, "4" → a, "€" → e); null if the channel never saw it for one.</summary>
    public char? LikeliestLetter(char glyph) => _glyphLetters.TryGetValue(glyph, out var letters) ? letters[0] : null;

    /// <summary>
    /// log10 prior of spellings that only loan words use: "p" without "h" opens only loan words and a few minority
    /// names, while OCR often prints "Đ" as "P" (so "pang" is read "dang"); the double "oo" is "xoong", "boong" only.
    /// </summary>
    private const float LoanOnsetPrior = -2.5f, RareRhymePrior = -1.5f;

    /// <summary>
    /// Plain rhymes that the syllable model lets through (it is generous on purpose, so that no real word is refused)
    /// but that loan words at most spell. Without a prior a repair would prefer them to the real word: "d6eng" (ồ read
    /// as 6 + é) would be "doeng" or "doong", not "dong".
    /// </summary>
    private static readonly HashSet<string> RareRhymes =
    [
        "oeng", "oec", "oep", "uem", "uep", "uet", "uac", "uam", "uap", "uym", "oom", "oon", "oong", "ooc", "oop", "oot",
        "uop", "yec", "yep", "uyep", "uyec", "uyeng", "uyem",
    ];

    private static float Prior(string plain) =>
        (IsLoanOnset(plain) ? LoanOnsetPrior : 0)
        + (VietnameseSyllable.TryParse(plain, out var parts) && RareRhymes.Contains(VietnameseFold.Fold(parts.Rhyme)) ? RareRhymePrior : 0);

    /// <summary>
    /// Repairs one folded token that is no Vietnamese syllable into the plain syllable the channel most likely read it
    /// from ("s6" → "so", "lwong" → "luong", "dugc" → "duoc", "ciia" → "cua", "mudng" → "muong", "pang" → "dang"); a
    /// number, an abbreviation without a vowel ("gdp", "htx") or a unit ("m2") is returned as it is, and so is damage the
    /// channel cannot explain — except that digits inside letters still become the letters they most often stand for.
    /// </summary>
    public string RepairFolded(string token)
    {
        if (token.Length is 0 or > 8 || token is "m2" or "km2")
            return token;
        var hasDigit = false;
        var hasLetter = false;
        var hasVowelOrSymbol = false;
        foreach (var c in token)
        {
            hasDigit |= char.IsAsciiDigit(c);
            hasLetter |= char.IsLetter(c);
            hasVowelOrSymbol |= c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || !char.IsAsciiLetterOrDigit(c);
        }
        if (!hasLetter || (!hasDigit && !hasVowelOrSymbol))
            return token;
        if (VietnameseSyllable.IsPlain(token) && Prior(token) == 0)
            return token;
        string? best = null;
        var bestScore = float.NegativeInfinity;
        foreach (var reading in PlainReadings(token))
        {
            if (!VietnameseSyllable.IsPlain(reading))
                continue;
            var score = PlainScore(token, reading) + Prior(reading);
            if (score > bestScore)
                (best, bestScore) = (reading, score);
        }
        if (best is not null)
            return best;
        if (!hasDigit)
            return token;
        return string.Create(token.Length, (token, this), static (span, s) =>
        {
            for (var i = 0; i < s.token.Length; i++)
                span[i] = char.IsAsciiDigit(s.token[i]) && s.Item2.LikeliestLetter(s.token[i]) is { } letter ? letter : s.token[i];
        });
    }

    /// <summary>Whether the channel knows a glyph that is no letter (a digit, "€", "¢", "&amp;") as a misread letter.</summary>
    public bool IsGlyph(char c) => !char.IsLetter(c) && _glyphLetters.ContainsKey(c);

    /// <summary>
    /// Rewrites, in place and one character for one, the digits and symbols inside a folded word as the letters they
    /// stand for: the combination that makes the word a plain syllable the channel explains best ("hi¢u" → "hieu",
    /// "m6t" → "mot", "x4" → "xa"), else each glyph's likeliest letter. Letters are left as they are.
    /// </summary>
    public void RepairGlyphs(Span<char> word)
    {
        Span<int> at = stackalloc int[4];
        var n = 0;
        for (var i = 0; i < word.Length; i++)
            if (IsGlyph(word[i]))
            {
                if (n == at.Length)
                    return;
                at[n++] = i;
            }
        if (n == 0)
            return;
        var options = new char[n][];
        for (var k = 0; k < n; k++)
            options[k] = _glyphLetters[word[at[k]]];
        var observed = word.ToString();
        var candidate = word.ToArray();
        char[]? best = null;
        var bestScore = float.NegativeInfinity;
        Span<int> pick = stackalloc int[n];
        while (true)
        {
            for (var k = 0; k < n; k++)
                candidate[at[k]] = options[k][pick[k]];
            if (VietnameseSyllable.IsPlain(candidate))
            {
                var spelled = new string(candidate);
                var score = PlainScore(observed, spelled) + Prior(spelled);
                if (score > bestScore)
                    (best, bestScore) = ((char[])candidate.Clone(), score);
            }
            var d = 0;
            while (d < n && ++pick[d] == options[d].Length)
                pick[d++] = 0;
            if (d == n)
                break;
        }
        if (best is not null)
        {
            best.CopyTo(word);
            return;
        }
        for (var k = 0; k < n; k++)
            word[at[k]] = _glyphLetters[word[at[k]]][0];
    }

    private static bool IsLoanOnset(string plain) => plain.Length > 1 && plain[0] == 'p' && plain[1] != 'h';
}
