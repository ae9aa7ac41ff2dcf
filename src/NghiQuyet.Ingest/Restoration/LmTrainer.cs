using System.Globalization;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>Which lines of a training text are kept out of training: every 50th for the test, another for tuning.</summary>
public static class Holdout
{
    public static bool IsTest(int lineIndex) => lineIndex % 50 == 49;

    public static bool IsDev(int lineIndex) => lineIndex % 50 == 24;

    public static bool IsTraining(int lineIndex) => !IsTest(lineIndex) && !IsDev(lineIndex);
}

public sealed record LmTrainingOptions
{
    public int MinBigramCount { get; init; } = 2;
    public int MinTrigramCount { get; init; } = 2;

    /// <summary>4-grams seen fewer times are pruned (their mass goes to the trigram below).</summary>
    public int MinFourgramCount { get; init; } = 2;

    /// <summary>Number of training sentences degraded with <see cref="OcrNoise"/> to learn the channel.</summary>
    public int ChannelSentences { get; init; } = 20_000;

    public int Seed { get; init; } = 20251125;

    /// <summary>Files or directories of real OCR line pairs (<see cref="OcrLinePair"/>) the channel is learned from.</summary>
    public IReadOnlyList<string> OcrPairs { get; init; } = [];

    /// <summary>
    /// Simulated (<see cref="OcrNoise"/>) syllable pairs added per real pair: a small share keeps the confusions that no
    /// installed font shows (Đ → P, ư → w) without drowning what the real engine does. With no real pairs, the channel
    /// is learned from the simulator alone.
    /// </summary>
    public double SimulatorShare { get; init; } = 0.15;
}

/// <summary>
/// Builds a <see cref="SyllableLanguageModel"/> from plain-text files (one paragraph per line) and CSV name lists:
/// counts syllable trigrams over canonical (new-style tone placement, lower-case) syllables, applies interpolated
/// Kneser-Ney with one discount per order, prunes rare n-grams while keeping each distribution normalised, and learns
/// the OCR channel from degraded copies of training sentences. The same inputs give the same bytes.
/// </summary>
public static class LmTrainer
{
    /// <summary>The language model and, learned in the same run, the OCR channel (the kernel's table: <c>Core/Text/Model/ocr-channel.tsv</c>).</summary>
    public static (SyllableLanguageModel Model, OcrChannel Channel) Train(IReadOnlyList<string> paths, LmTrainingOptions options, IProgress<string>? progress = null)
    {
        var files = ExpandInputs(paths);
        var inventory = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in SyllableLanguageModel.Specials)
            inventory[s] = inventory.Count;
        foreach (var s in VietnameseSyllable.Inventory())
            inventory.TryAdd(s, inventory.Count);
        if (inventory.Count >= ushort.MaxValue)
            throw new InvalidOperationException("syllable inventory too large");

        var c1 = new long[inventory.Count];
        var c2 = new Dictionary<uint, int>();
        var c3 = new Dictionary<ulong, int>();
        var c4 = new Dictionary<ulong, int>();
        var capitalised = new long[inventory.Count];
        var midSentence = new long[inventory.Count];
        var channelSample = new List<string>();
        long tokens = 0, lines = 0;
        var sentence = new List<int>(64);
        foreach (var file in files)
        {
            progress?.Report(file);
            foreach (var line in TrainingLines(file))
            {
                lines++;
                if (channelSample.Count < options.ChannelSentences && lines % 7 == 0)
                    channelSample.Add(line);
                CountCase(line, inventory, capitalised, midSentence);
                foreach (var ids in Sentences(line, inventory, sentence))
                {
                    tokens += ids.Count;
                    int a = SyllableLanguageModel.BosId, b = SyllableLanguageModel.BosId, c = SyllableLanguageModel.BosId;
                    c2[Key2(b, c)] = c2.GetValueOrDefault(Key2(b, c)) + 1;
                    c3[Key3(a, b, c)] = c3.GetValueOrDefault(Key3(a, b, c)) + 1;
                    for (var i = 0; i <= ids.Count; i++)
                    {
                        var w = i < ids.Count ? ids[i] : SyllableLanguageModel.EosId;
                        c1[w]++;
                        var k2 = Key2(c, w);
                        c2[k2] = c2.GetValueOrDefault(k2) + 1;
                        var k3 = Key3(b, c, w);
                        c3[k3] = c3.GetValueOrDefault(k3) + 1;
                        var k4 = Key4(a, b, c, w);
                        c4[k4] = c4.GetValueOrDefault(k4) + 1;
                        (a, b, c) = (b, c, w);
                    }
                }
            }
        }
        progress?.Report(string.Format(Messages.TrainLmCounts, lines, tokens, c2.Count, c3.Count, c4.Count));
        var channel = LearnChannel(channelSample, options, progress);
        var description = $"Trained on {string.Join(", ", files.Select(Path.GetFileName))}; {lines} lines, {tokens} syllables; " +
                          (options.OcrPairs.Count > 0 ? $"channel from real Tesseract pairs in {string.Join(", ", options.OcrPairs.Select(Path.GetFileName))} + {options.SimulatorShare:P0} simulator; " : "channel from the simulator; ") +
                          $"min counts {options.MinBigramCount}/{options.MinTrigramCount}/{options.MinFourgramCount}; held out: line % 50 in (24, 49).";
        var model = Build(inventory, c1, c2, c3, c4, options, description);
        return (model.WithCase(CaseScores(inventory, model, capitalised, midSentence)), channel);
    }

    /// <summary>
    /// Counts, for each syllable, how often it is capitalised where case carries meaning: after another word, in a
    /// line that is not all capitals. "Pằn" and "Đạ" are nearly always capitalised there, "đã" and "bùi" hardly ever.
    /// </summary>
    private static void CountCase(string line, IReadOnlyDictionary<string, int> ids, long[] capitalised, long[] midSentence)
    {
        var tokens = SyllableTokenizer.Tokenize(line);
        var afterWord = false;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Space)
                continue;
            if (token.Kind == TokenKind.Punctuation)
            {
                afterWord = false;
                continue;
            }
            var word = line.AsSpan(token.Start, token.Length);
            if (afterWord && char.IsLetter(word[0]) && !IsAllCaps(word))
            {
                var id = SymbolOf(word, ids);
                if (id >= SyllableLanguageModel.Specials.Length)
                {
                    midSentence[id]++;
                    if (char.IsUpper(word[0]))
                        capitalised[id]++;
                }
            }
            afterWord = true;
        }
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                    return false;
            }
        return letters > 1;
    }

    /// <summary>log10 P(lower case | syllable) and log10 P(capitalised | syllable) after a word, Laplace-smoothed, in the model's ids.</summary>
    private static (byte[] Lower, byte[] Upper) CaseScores(Dictionary<string, int> inventory, SyllableLanguageModel model, long[] capitalised, long[] midSentence)
    {
        var lower = new byte[model.VocabularySize];
        var upper = new byte[model.VocabularySize];
        foreach (var (word, old) in inventory)
        {
            var id = model.IdOf(word);
            if (id < SyllableLanguageModel.Specials.Length || model.WordOf(id) != word)
                continue;
            double n = midSentence[old], up = capitalised[old];
            upper[id] = SyllableLanguageModel.Quant(Math.Log10((up + 1) / (n + 2)));
            lower[id] = SyllableLanguageModel.Quant(Math.Log10((n - up + 1) / (n + 2)));
        }
        return (lower, upper);
    }

    private static uint Key2(int a, int b) => (uint)a << 16 | (uint)b;

    private static ulong Key3(int a, int b, int c) => (ulong)a << 32 | (ulong)b << 16 | (uint)c;

    private static ulong Key4(int a, int b, int c, int d) => (ulong)a << 48 | (ulong)b << 32 | (ulong)c << 16 | (uint)d;

    internal static List<string> ExpandInputs(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(p))
                files.Add(p);
            else
                throw new FileNotFoundException(p);
        }
        return files;
    }

    /// <summary>The training lines of a file: held-out lines skipped, NFC, lines with too few marks (not Vietnamese, or already damaged) dropped.</summary>
    public static IEnumerable<string> TrainingLines(string file) =>
        ReadLines(file).Where(x => Holdout.IsTraining(x.Index)).Select(x => x.Text);

    /// <summary>Every usable line of a file with its index (for held-out selection). CSV rows become their Vietnamese fields.</summary>
    public static IEnumerable<(int Index, string Text)> ReadLines(string file)
    {
        var csv = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var index = -1;
        foreach (var raw in File.ReadLines(file, Encoding.UTF8))
        {
            index++;
            if (csv && index == 0)
                continue;
            var line = Core.Text.UnicodeForms.FormC(raw).Replace('\u00A0', ' ').Trim();
            if (csv)
            {
                var fields = SplitCsv(line).Where(f => f.Any(ch => ch > 127 && char.IsLetter(ch))).ToList();
                if (fields.Count == 0)
                    continue;
                // Each row once, as one sentence: repeating the fields as sentences of their own made "<s> Xã Đạ …"
                // so common that a 4-gram model read "xa da" at a sentence start as a place name, not "xã đã". Names
                // after a kind word are restored against the official list (UnitNames) in any case.
                // Admin-unit data: MIT, thanglequoc/vietnamese-provinces-database and dvhcvn/20250701.
                yield return (index, string.Join(" , ", fields));
                continue;
            }
            if (line.Length == 0 || ToneMarkDetector.MarkedShare(line) < 0.2)
                continue;
            yield return (index, line);
        }
    }

    private static IEnumerable<string> SplitCsv(string line)
    {
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                yield return sb.ToString().Trim();
                sb.Clear();
            }
            else sb.Append(c);
        }
        yield return sb.ToString().Trim();
    }

    /// <summary>A line as sentences of symbol ids: syllables, &lt;num&gt;, &lt;p&gt; for inner punctuation, &lt;unk&gt;.</summary>
    internal static IEnumerable<List<int>> Sentences(string line, IReadOnlyDictionary<string, int> ids, List<int> buffer)
    {
        buffer.Clear();
        foreach (var token in SyllableTokenizer.Tokenize(line))
        {
            var text = line.AsSpan(token.Start, token.Length);
            switch (token.Kind)
            {
                case TokenKind.Space:
                    continue;
                case TokenKind.Punctuation when SyllableTokenizer.IsSentenceEnd(text[0]):
                    if (buffer.Count > 0)
                    {
                        yield return buffer;
                        buffer.Clear();
                    }
                    continue;
                case TokenKind.Punctuation:
                    if (buffer.Count > 0 && buffer[^1] != SyllableLanguageModel.PunctId)
                        buffer.Add(SyllableLanguageModel.PunctId);
                    continue;
                default:
                    buffer.Add(SymbolOf(text, ids));
                    break;
            }
        }
        if (buffer.Count > 0)
            yield return buffer;
    }

    internal static int SymbolOf(ReadOnlySpan<char> word, IReadOnlyDictionary<string, int> ids)
    {
        if (SyllableTokenizer.AllDigits(word))
            return SyllableLanguageModel.NumId;
        var lower = VietnameseSyllable.Canonical(word.ToString().ToLower(CultureInfo.InvariantCulture));
        return ids.TryGetValue(lower, out var id) ? id : SyllableLanguageModel.UnkId;
    }

    private static OcrChannel LearnChannel(List<string> sentences, LmTrainingOptions options, IProgress<string>? progress)
    {
        var real = options.OcrPairs.SelectMany(OcrLinePair.Read).SelectMany(p => p.SyllablePairs()).ToList();
        var simulated = Simulated(sentences, options.Seed);
        var pairs = new List<(string, string)>(real);
        if (real.Count == 0)
            pairs.AddRange(simulated);
        else
            pairs.AddRange(simulated.Take((int)(options.SimulatorShare * real.Count)));
        progress?.Report(string.Format(Messages.TrainLmChannelCounts, real.Count, pairs.Count - real.Count));
        return OcrChannel.Learn(pairs);
    }

    private static List<(string, string)> Simulated(List<string> sentences, int seed)
    {
        var noise = new OcrNoise(seed);
        var pairs = new List<(string, string)>();
        foreach (var s in sentences)
        {
            var noisy = noise.Degrade(s);
            var a = SyllableTokenizer.Tokenize(s).Where(t => t.Kind == TokenKind.Word).ToList();
            var b = SyllableTokenizer.Tokenize(noisy).Where(t => t.Kind == TokenKind.Word).ToList();
            if (a.Count != b.Count)
                continue;
            for (var i = 0; i < a.Count; i++)
            {
                var clean = s.Substring(a[i].Start, a[i].Length).ToLowerInvariant();
                if (!VietnameseSyllable.IsSyllable(clean))
                    continue;
                pairs.Add((clean, noisy.Substring(b[i].Start, b[i].Length).ToLowerInvariant()));
            }
        }
        return pairs;
    }

    private static SyllableLanguageModel Build(Dictionary<string, int> inventory, long[] c1, Dictionary<uint, int> c2,
        Dictionary<ulong, int> c3, Dictionary<ulong, int> c4, LmTrainingOptions options, string description)
    {
        const int bos = SyllableLanguageModel.BosId;
        var names = new string[inventory.Count];
        foreach (var (name, id) in inventory)
            names[id] = name;

        // Kept vocabulary: the specials and every syllable seen; new ids in ordinal order after the specials.
        var kept = Enumerable.Range(0, names.Length)
            .Where(i => i < SyllableLanguageModel.Specials.Length || c1[i] > 0)
            .OrderBy(i => i < SyllableLanguageModel.Specials.Length ? i : int.MaxValue)
            .ThenBy(i => names[i], StringComparer.Ordinal)
            .ToArray();
        var newId = new int[names.Length];
        Array.Fill(newId, -1);
        for (var i = 0; i < kept.Length; i++)
            newId[kept[i]] = i;
        var v = kept.Length;
        var words = kept.Select(i => names[i]).ToArray();

        // Continuation counts: distinct left contexts, from the order above.
        var cont3 = new Dictionary<ulong, int>(); // N1+(• a b w)
        foreach (var k in c4.Keys)
        {
            var abw = k & 0xFFFF_FFFF_FFFF;
            cont3[abw] = cont3.GetValueOrDefault(abw) + 1;
        }
        var cont2 = new Dictionary<uint, int>(); // N1+(• a w)
        foreach (var k in c3.Keys)
        {
            var aw = (uint)(k & 0xFFFFFFFF);
            cont2[aw] = cont2.GetValueOrDefault(aw) + 1;
        }
        var cont1 = new long[names.Length]; // N1+(• w)
        foreach (var k in c2.Keys)
            cont1[k & 0xFFFF]++;

        // Order 1.
        var d1 = Discount(cont1.Where(x => x > 0).Select(x => (long)x));
        double total1 = cont1.Sum();
        var types1 = cont1.Count(x => x > 0);
        var p1 = new double[names.Length];
        for (var w = 0; w < names.Length; w++)
            p1[w] = Math.Max(cont1[w] - d1, 0) / total1 + d1 * types1 / total1 / v;

        // Order 2 (continuation counts; raw counts after <s>, which has no left context).
        double K2(uint key) => (key >> 16) == bos ? c2[key] : cont2.GetValueOrDefault(key);
        var d2 = Discount(c2.Keys.Select(k => (long)K2(k)).Where(x => x > 0));
        var total2 = new double[names.Length];
        foreach (var k in c2.Keys)
            total2[k >> 16] += K2(k);
        var keptMass2 = new double[names.Length];
        var keep2 = c2.Where(kv => kv.Value >= options.MinBigramCount && newId[kv.Key >> 16] >= 0 && newId[kv.Key & 0xFFFF] >= 0)
            .Select(kv => kv.Key).ToList();
        foreach (var k in keep2)
            keptMass2[k >> 16] += Math.Max(K2(k) - d2, 0) / total2[k >> 16];
        var gamma2 = new double[names.Length];
        for (var a = 0; a < names.Length; a++)
            gamma2[a] = total2[a] > 0 ? Math.Max(1 - keptMass2[a], 1e-9) : 1;
        double P2(uint key) => total2[key >> 16] > 0
            ? Math.Max(K2(key) - d2, 0) / total2[key >> 16] + gamma2[key >> 16] * p1[key & 0xFFFF]
            : p1[key & 0xFFFF];

        // Order 3 (continuation counts; raw counts after <s>).
        double K3(ulong key) => (int)(key >> 32) == bos ? c3[key] : cont3.GetValueOrDefault(key);
        var d3 = Discount(c3.Keys.Select(k => (long)K3(k)).Where(x => x > 0));
        var total3 = new Dictionary<uint, double>();
        foreach (var k in c3.Keys)
        {
            var ab = (uint)(k >> 16);
            total3[ab] = total3.GetValueOrDefault(ab) + K3(k);
        }
        var keep3 = c3.Where(kv => kv.Value >= options.MinTrigramCount).Select(kv => kv.Key)
            .Where(k => c2.GetValueOrDefault((uint)(k >> 16)) >= options.MinBigramCount
                        && newId[(int)(k >> 32)] >= 0 && newId[(int)(k >> 16) & 0xFFFF] >= 0 && newId[(int)(k & 0xFFFF)] >= 0)
            .ToList();
        var keptMass3 = new Dictionary<uint, double>();
        foreach (var k in keep3)
        {
            var ab = (uint)(k >> 16);
            if (total3[ab] > 0)
                keptMass3[ab] = keptMass3.GetValueOrDefault(ab) + Math.Max(K3(k) - d3, 0) / total3[ab];
        }
        double Gamma3(uint ab) => total3.TryGetValue(ab, out var t) && t > 0 ? Math.Max(1 - keptMass3.GetValueOrDefault(ab), 1e-9) : 1;
        double P3(ulong key)
        {
            var ab = (uint)(key >> 16);
            var lower = P2((uint)(key & 0xFFFFFFFF));
            return total3.TryGetValue(ab, out var t) && t > 0 ? Math.Max(K3(key) - d3, 0) / t + Gamma3(ab) * lower : lower;
        }

        // Order 4 (raw counts), pruned; a kept 4-gram needs its first three words kept as a trigram.
        var keep3Set = keep3.ToHashSet();
        var d4 = Discount(c4.Values.Select(x => (long)x));
        var total4 = new Dictionary<ulong, double>();
        foreach (var (k, c) in c4)
        {
            var abc = k >> 16;
            total4[abc] = total4.GetValueOrDefault(abc) + c;
        }
        var keep4 = c4.Where(kv => kv.Value >= options.MinFourgramCount && keep3Set.Contains(kv.Key >> 16) && newId[(int)(kv.Key & 0xFFFF)] >= 0)
            .Select(kv => kv.Key).ToList();
        var keptMass4 = new Dictionary<ulong, double>();
        foreach (var k in keep4)
        {
            var abc = k >> 16;
            keptMass4[abc] = keptMass4.GetValueOrDefault(abc) + Math.Max(c4[k] - d4, 0) / total4[abc];
        }
        double Gamma4(ulong abc) => total4.ContainsKey(abc) ? Math.Max(1 - keptMass4.GetValueOrDefault(abc), 1e-9) : 1;

        // Write the trie in new ids.
        var uniProb = new byte[v];
        var uniBackoff = new byte[v];
        for (var i = 0; i < v; i++)
        {
            uniProb[i] = SyllableLanguageModel.Quant(Math.Log10(p1[kept[i]]));
            uniBackoff[i] = SyllableLanguageModel.Quant(Math.Log10(gamma2[kept[i]]));
        }
        var bigrams = keep2.Select(k => (New: (uint)newId[k >> 16] << 16 | (uint)newId[k & 0xFFFF], Old: k)).OrderBy(x => x.New).ToArray();
        var biStart = new int[v + 1];
        var biWord = new ushort[bigrams.Length];
        var biProb = new byte[bigrams.Length];
        var biBackoff = new byte[bigrams.Length];
        for (var i = 0; i < bigrams.Length; i++)
        {
            var (nk, ok) = bigrams[i];
            biStart[(nk >> 16) + 1]++;
            biWord[i] = (ushort)(nk & 0xFFFF);
            biProb[i] = SyllableLanguageModel.Quant(Math.Log10(P2(ok)));
            biBackoff[i] = SyllableLanguageModel.Quant(Math.Log10(Gamma3(ok)));
        }
        for (var i = 0; i < v; i++)
            biStart[i + 1] += biStart[i];

        ulong New3(ulong k) => (ulong)newId[(int)(k >> 32)] << 32 | (ulong)newId[(int)(k >> 16) & 0xFFFF] << 16 | (uint)newId[(int)(k & 0xFFFF)];
        var trigrams = keep3.Select(k => (New: New3(k), Old: k)).OrderBy(x => x.New).ToArray();
        var triStart = new int[bigrams.Length + 1];
        var triWord = new ushort[trigrams.Length];
        var triProb = new byte[trigrams.Length];
        var triBackoff = new byte[trigrams.Length];
        var bi = 0;
        for (var i = 0; i < trigrams.Length; i++)
        {
            var (nk, ok) = trigrams[i];
            var context = (uint)(nk >> 16);
            while (bigrams[bi].New != context)
                bi++;
            triStart[bi + 1]++;
            triWord[i] = (ushort)(nk & 0xFFFF);
            triProb[i] = SyllableLanguageModel.Quant(Math.Log10(P3(ok)));
            triBackoff[i] = SyllableLanguageModel.Quant(Math.Log10(Gamma4(ok)));
        }
        for (var i = 0; i < bigrams.Length; i++)
            triStart[i + 1] += triStart[i];

        var fourgrams = keep4.Select(k => (New: New3(k >> 16) << 16 | (uint)newId[(int)(k & 0xFFFF)], Old: k)).OrderBy(x => x.New).ToArray();
        var quadStart = new int[trigrams.Length + 1];
        var quadWord = new ushort[fourgrams.Length];
        var quadProb = new byte[fourgrams.Length];
        var tri = 0;
        for (var i = 0; i < fourgrams.Length; i++)
        {
            var (nk, ok) = fourgrams[i];
            var context = nk >> 16;
            while (trigrams[tri].New != context)
                tri++;
            quadStart[tri + 1]++;
            quadWord[i] = (ushort)(nk & 0xFFFF);
            var abc = ok >> 16;
            var p = Math.Max(c4[ok] - d4, 0) / total4[abc] + Gamma4(abc) * P3(ok & 0xFFFF_FFFF_FFFF);
            quadProb[i] = SyllableLanguageModel.Quant(Math.Log10(p));
        }
        for (var i = 0; i < trigrams.Length; i++)
            quadStart[i + 1] += quadStart[i];

        return new SyllableLanguageModel(words, uniProb, uniBackoff, biStart, biWord, biProb, biBackoff, triStart, triWord, triProb,
            triBackoff, quadStart, quadWord, quadProb,
            description + string.Create(CultureInfo.InvariantCulture, $" Discounts {d1:F3}/{d2:F3}/{d3:F3}/{d4:F3}."));
    }

    private static double Discount(IEnumerable<long> counts)
    {
        long n1 = 0, n2 = 0;
        foreach (var c in counts)
        {
            if (c == 1) n1++;
            else if (c == 2) n2++;
        }
        return n1 + n2 == 0 ? 0.5 : Math.Clamp(n1 / (double)(n1 + 2 * n2), 0.1, 0.95);
    }
}
