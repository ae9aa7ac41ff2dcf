using System.Globalization;
using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// The one OCR confusion model of the solution: what an OCR engine without the Vietnamese model does to the letters of
/// a syllable, P(observed string | clean letter), where each clean letter yields zero (a dropped vowel: "b" for "bộ"),
/// one or up to three observed characters ("ư" → "ir", "ộ" → "6", "ã" → "4", "c" → "e", "đ" → "p"). Learned by hard EM
/// from pairs of clean syllables and what real Tesseract made of them (plus a small share of the simulator for the
/// confusions no installed font shows), smoothed towards a prior in which a letter stays itself or loses its marks.
/// The restorer scores candidates with it (<see cref="Score"/>, <see cref="Readings"/>); matching on folded text
/// (the extractor's keywords, the catalog's phrases, unit names) uses the same counts folded to plain letters
/// (<see cref="PlainScore"/>, <see cref="RepairFolded"/>, <see cref="LikeliestLetter"/>). The shipped table is
/// <c>Text/Model/ocr-channel.tsv</c>, embedded in this assembly: its only copy.
/// </summary>
public sealed partial class OcrChannel
{
    private const double Alpha = 4;
    private const int MaxSegment = 3;

    /// <summary>Smallest P(observed | clean) for an observed string to be tried as a reading of that letter.</summary>
    private const double ReadingThreshold = 0.004;

    private readonly Dictionary<(char Clean, string Observed), int> _counts = new();
    private readonly Dictionary<char, int> _totals = new();
    private Dictionary<(char, string), float> _log10 = new();
    private Dictionary<string, char[]> _readings = new(StringComparer.Ordinal);
    private HashSet<string> _pairSegments = new(StringComparer.Ordinal);

    /// <summary>A channel without any counts yet: only its prior speaks until counts are added.</summary>
    public OcrChannel() => Finish();

    /// <summary>Number of (clean letter, observed string) pairs the model has evidence for.</summary>
    public int EntryCount => _counts.Count;

    private static double Prior(char clean, string observed)
    {
        if (observed.Length == 0)
            return 1e-3;
        if (observed.Length == 2)
            return 1e-6;
        if (observed.Length == 3)
            return 1e-8;
        var o = observed[0];
        if (o == clean)
            return 0.7;
        if (o == VietnameseFold.FoldChar(clean))
            return 0.25;
        if (o == VietnameseLetters.WithoutTone(clean))
            return 0.03;
        return 1e-4;
    }

    /// <summary>Weight of the letter's group (its toneless vowel) against the letter's own counts.</summary>
    private const double Beta = 6;

    /// <summary>Stands for "the clean letter itself" in the counts of a group, so that "ế" kept as "ế" and "ề" kept as "ề" pool.</summary>
    private const string Self = "\u0001";

    private readonly Dictionary<(char Group, string Observed), int> _groupCounts = new();
    private readonly Dictionary<char, int> _groupTotals = new();

    /// <summary>
    /// Letters are pooled by their toneless form ("ế", "ề", "ê" → ê): Tesseract's English model loses the tone
    /// whichever it is, so what "ắ" becomes is learned from every "ă" instead of from the few "ắ" in the sample.
    /// </summary>
    private static char Group(char clean) => VietnameseLetters.WithoutTone(clean);

    private static string GroupObserved(char clean, string observed) => observed.Length == 1 && observed[0] == clean ? Self : observed;

    private double GroupProb(char clean, string observed)
    {
        var group = Group(clean);
        _groupTotals.TryGetValue(group, out var total);
        _groupCounts.TryGetValue((group, GroupObserved(clean, observed)), out var count);
        return (count + Alpha * Prior(clean, observed)) / (total + Alpha);
    }

    /// <summary>log10 of the probability that OCR reads <paramref name="clean"/> as <paramref name="observed"/>.</summary>
    public float Log10(char clean, string observed)
    {
        if (_log10.TryGetValue((clean, observed), out var v))
            return v;
        _totals.TryGetValue(clean, out var total);
        return (float)Math.Log10(Beta * GroupProb(clean, observed) / (total + Beta));
    }

    /// <summary>log10 P(observed | clean) for lower-case strings, best alignment.</summary>
    public float Score(string observed, string clean) => Align(observed, clean, byPlainLetters: false);

    /// <summary>The best alignment's log10 probability, by the letter-with-marks table or by the plain-letter one.</summary>
    private float Align(string observed, string clean, bool byPlainLetters)
    {
        var segments = byPlainLetters ? _plainSegments : _pairSegments;
        var n = clean.Length;
        var m = observed.Length;
        if (m > 16 || n > 16)
            return -99;
        Span<float> dp = stackalloc float[(n + 1) * (m + 1)];
        dp.Fill(float.NegativeInfinity);
        dp[0] = 0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j <= m; j++)
            {
                var here = dp[i * (m + 1) + j];
                if (float.IsNegativeInfinity(here))
                    continue;
                for (var k = 0; k <= MaxSegment && j + k <= m; k++)
                {
                    if (k >= 2 && !segments.Contains(observed.Substring(j, k)))
                        continue;
                    var seg = k switch { 0 => "", 1 => SingleChar(observed[j]), _ => observed.Substring(j, k) };
                    var s = here + (byPlainLetters ? PlainLog10(clean[i], seg) : Log10(clean[i], seg));
                    ref var next = ref dp[(i + 1) * (m + 1) + j + k];
                    if (s > next)
                        next = s;
                }
            }
        var result = dp[n * (m + 1) + m];
        return float.IsNegativeInfinity(result) ? -99 : result;
    }

    private static readonly string[] SingleChars = Enumerable.Range(0, 0x2000).Select(c => ((char)c).ToString()).ToArray();

    private static string SingleChar(char c) => c < SingleChars.Length ? SingleChars[c] : c.ToString();

    /// <summary>Best alignment of a pair: which observed string each clean letter produced.</summary>
    private List<(char, string)>? Align(string clean, string observed)
    {
        var n = clean.Length;
        var m = observed.Length;
        if (m > 16 || n > 16)
            return null;
        var dp = new float[n + 1, m + 1];
        var back = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
            for (var j = 0; j <= m; j++)
                dp[i, j] = float.NegativeInfinity;
        dp[0, 0] = 0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j <= m; j++)
            {
                if (float.IsNegativeInfinity(dp[i, j]))
                    continue;
                for (var k = 0; k <= MaxSegment && j + k <= m; k++)
                {
                    var s = dp[i, j] + Log10(clean[i], observed.Substring(j, k));
                    if (s > dp[i + 1, j + k])
                    {
                        dp[i + 1, j + k] = s;
                        back[i + 1, j + k] = k;
                    }
                }
            }
        if (float.IsNegativeInfinity(dp[n, m]))
            return null;
        var result = new List<(char, string)>(n);
        for (int i = n, j = m; i > 0; i--)
        {
            var k = back[i, j];
            result.Add((clean[i - 1], observed.Substring(j - k, k)));
            j -= k;
        }
        result.Reverse();
        return result;
    }

    /// <summary>Learns the channel from (clean, observed) syllable pairs, both lower case, by two rounds of hard EM.</summary>
    public static OcrChannel Learn(IReadOnlyList<(string Clean, string Observed)> pairs)
    {
        var model = new OcrChannel();
        for (var round = 0; round < 2; round++)
        {
            var next = new OcrChannel();
            foreach (var (clean, observed) in pairs)
            {
                var alignment = model.Align(clean, observed);
                if (alignment is null)
                    continue;
                foreach (var (c, o) in alignment)
                {
                    next._counts[(c, o)] = next._counts.GetValueOrDefault((c, o)) + 1;
                    next._totals[c] = next._totals.GetValueOrDefault(c) + 1;
                }
            }
            next.Finish();
            model = next;
        }
        return model;
    }

    private void Finish()
    {
        _groupCounts.Clear();
        _groupTotals.Clear();
        foreach (var ((c, o), count) in _counts)
        {
            var key = (Group(c), GroupObserved(c, o));
            _groupCounts[key] = _groupCounts.GetValueOrDefault(key) + count;
            _groupTotals[key.Item1] = _groupTotals.GetValueOrDefault(key.Item1) + count;
        }
        _log10 = new Dictionary<(char, string), float>();
        foreach (var ((c, o), count) in _counts)
            _log10[(c, o)] = (float)Math.Log10((count + Beta * GroupProb(c, o)) / (_totals[c] + Beta));
        var observedByLetter = _counts.Keys
            .Concat(_counts.Keys.SelectMany(k => GroupLetters(k.Clean).Select(c => (Clean: c, k.Observed))))
            .Where(k => k.Observed != Self)
            .Distinct()
            .ToList();
        _pairSegments = new HashSet<string>(observedByLetter.Where(k => k.Observed.Length >= 2 && Prob(k.Clean, k.Observed) > 0.003).Select(k => k.Observed), StringComparer.Ordinal);

        // Which plain letters an observed string may stand for: the basis for finding candidates quickly.
        var readings = new Dictionary<string, HashSet<char>>(StringComparer.Ordinal);
        foreach (var (c, o) in observedByLetter)
        {
            if (o.Length == 0 || Prob(c, o) < ReadingThreshold)
                continue;
            if (!readings.TryGetValue(o, out var set))
                readings[o] = set = [];
            set.Add(VietnameseFold.FoldChar(c));
        }
        for (var c = 'a'; c <= 'z'; c++)
        {
            var s = c.ToString();
            if (!readings.TryGetValue(s, out var set))
                readings[s] = set = [];
            set.Add(c);
        }
        foreach (var vowel in VietnameseLetters.TonelessVowels)
            for (var tone = Tone.Level; tone <= Tone.Dot; tone++)
            {
                var c = VietnameseLetters.WithTone(vowel, tone);
                if (!readings.TryGetValue(c.ToString(), out var set))
                    readings[c.ToString()] = set = [];
                set.Add(VietnameseFold.FoldChar(c));
            }
        if (!readings.TryGetValue("đ", out var dset))
            readings["đ"] = dset = [];
        dset.Add('d');
        _readings = readings.ToDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray(), StringComparer.Ordinal);
        FinishPlain();
    }

    /// <summary>The letters of a clean letter's group: its toneless form with each of the six tones (or the letter alone).</summary>
    private static IEnumerable<char> GroupLetters(char clean)
    {
        var group = Group(clean);
        return VietnameseLetters.IsVowel(group) ? Enumerable.Range(0, VietnameseLetters.ToneCount).Select(t => VietnameseLetters.WithTone(group, (Tone)t)) : [clean];
    }

    private double Prob(char clean, string observed) => Math.Pow(10, Log10(clean, observed));

    /// <summary>
    /// The plain-letter spellings (as <see cref="VietnameseFold.Fold"/> gives them) that an observed lower-case
    /// token may come from, most literal first, at most <paramref name="limit"/>.
    /// </summary>
    public List<string> Readings(string observed, int limit = 64)
    {
        var results = new List<string>();
        if (observed.Length > 10)
            return results;
        var buffer = new char[observed.Length];
        Expand(observed, 0, buffer, 0, results, limit);
        return results;
    }

    private void Expand(string observed, int at, char[] buffer, int written, List<string> results, int limit)
    {
        if (results.Count >= limit)
            return;
        if (at == observed.Length)
        {
            results.Add(new string(buffer, 0, written));
            return;
        }
        if (_readings.TryGetValue(SingleChar(observed[at]), out var singles))
            foreach (var b in singles.OrderBy(b => b == VietnameseFold.FoldChar(observed[at]) ? 0 : 1))
            {
                buffer[written] = b;
                Expand(observed, at + 1, buffer, written + 1, results, limit);
            }
        for (var k = 2; k <= MaxSegment && at + k <= observed.Length; k++)
        {
            var segment = observed.Substring(at, k);
            if (!_pairSegments.Contains(segment) || !_readings.TryGetValue(segment, out var multi))
                continue;
            foreach (var b in multi)
            {
                buffer[written] = b;
                Expand(observed, at + k, buffer, written + 1, results, limit);
            }
        }
    }

    /// <summary>The counts as the shipped table: one "clean TAB observed TAB count" row each, sorted; observed escaped.</summary>
    public void WriteTable(TextWriter w)
    {
        w.Write("# OCR channel: clean letter TAB what tesseract -l eng printed for it (0-3 chars; \\t \\n \\\\ escaped) TAB count.\n");
        w.Write("# Learned by hard EM (OcrChannel.Learn) from our own Tesseract runs over printed clean lines plus a share of\n");
        w.Write("# simulator pairs; written by `nghiquyet train-lm` (--channel-out). The one source of truth for OCR confusions.\n");
        foreach (var ((c, o), count) in _counts.OrderBy(kv => kv.Key.Clean).ThenBy(kv => kv.Key.Observed, StringComparer.Ordinal))
            w.Write($"{c}\t{Escape(o)}\t{count.ToString(CultureInfo.InvariantCulture)}\n");
    }

    /// <summary>Reads a table written by <see cref="WriteTable"/>; a malformed row is an error, not skipped.</summary>
    public static OcrChannel ReadTable(TextReader r)
    {
        var model = new OcrChannel();
        var lineNumber = 0;
        while (r.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[0].Length != 1 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                throw new InvalidDataException($"OCR channel table, line {lineNumber}: expected 'letter TAB observed TAB count'");
            var c = parts[0][0];
            var o = Unescape(parts[1]);
            model._counts[(c, o)] = model._counts.GetValueOrDefault((c, o)) + count;
            model._totals[c] = model._totals.GetValueOrDefault(c) + count;
        }
        model.Finish();
        return model;
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");

    private static string Unescape(string s)
    {
        if (!s.Contains('\\'))
            return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length)
            {
                sb.Append(s[i]);
                continue;
            }
            sb.Append(s[++i] switch { 't' => '\t', 'n' => '\n', var other => other });
        }
        return sb.ToString();
    }

    private static readonly Lazy<OcrChannel> ShippedTable = new(() =>
    {
        using var stream = typeof(OcrChannel).Assembly.GetManifestResourceStream("NghiQuyet.Core.Text.Model.ocr-channel.tsv")
            ?? throw new InvalidOperationException("the OCR channel table is not embedded in NghiQuyet.Core");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ReadTable(reader);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The channel shipped in this assembly, learned from real Tesseract output; loaded once.</summary>
    public static OcrChannel Shipped => ShippedTable.Value;
}
