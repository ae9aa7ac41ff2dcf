using System.Globalization;
using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>
/// The official names of units (provinces, communes, and the districts and communes before the 2025 mergers), used
/// to restore a name that follows its kind word ("xã Phieng Pan" → "xã Phiêng Pằn", "tỉnh Pién Bién" → "tỉnh Điện
/// Biên"). A name is only replaced by an official one of the same kind whose plain spelling the OCR channel can read
/// from every observed word; where names of several provinces fit, the province the text itself mentions decides.
/// Loaded from Model/unit-names.tsv (scripts/restoration/make_unit_names.py).
/// </summary>
internal sealed class UnitNames
{
    public const string ResourceName = "NghiQuyet.Ingest.Restoration.Model.unit-names.tsv";

    private const int MaxNameWords = 4;

    /// <summary>Kind words as they are written, longest first (plain spelling → official spelling, lower case).</summary>
    private static readonly (string[] Plain, string Official)[] Kinds =
    [
        (["thanh", "pho"], "thành phố"), (["thi", "tran"], "thị trấn"), (["thi", "xa"], "thị xã"), (["dac", "khu"], "đặc khu"),
        (["phuong"], "phường"), (["huyen"], "huyện"), (["quan"], "quận"), (["tinh"], "tỉnh"), (["xa"], "xã"),
    ];

    private readonly Dictionary<string, List<Entry>> _byPlain = new(StringComparer.Ordinal);

    private static readonly Lazy<UnitNames> ShippedNames = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    public static UnitNames Shipped => ShippedNames.Value;

    public UnitNames(IEnumerable<(string Kind, string Name, string Province, bool Current)> names)
    {
        // Some 13 000 names share 65 provinces: each province is folded once.
        var provinceFolds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, name, province, current) in names)
        {
            var syllables = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => VietnameseSyllable.Canonical(Core.Text.UnicodeForms.FormC(s).ToLower(CultureInfo.InvariantCulture))).ToArray();
            if (syllables.Length is 0 or > MaxNameWords)
                continue;
            var key = Key(VietnameseFold.Fold(Core.Text.UnicodeForms.FormC(kind).ToLower(CultureInfo.InvariantCulture)), syllables.Select(VietnameseFold.Fold));
            if (!_byPlain.TryGetValue(key, out var list))
                _byPlain[key] = list = [];
            if (!provinceFolds.TryGetValue(province, out var provinceFold))
                provinceFolds[province] = provinceFold = Fold(province);
            list.Add(new Entry(syllables, provinceFold, current));
        }
    }

    public int Count => _byPlain.Values.Sum(l => l.Count);

    private static UnitNames LoadShipped()
    {
        using var stream = typeof(UnitNames).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
            return new UnitNames([]);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<(string, string, string, bool)>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length == 4)
                rows.Add((f[0], f[1], f[2], f[3] == "1"));
        }
        return new UnitNames(rows);
    }

    private static string Key(string kind, IEnumerable<string> plainSyllables) => kind + "|" + string.Join(' ', plainSyllables);

    /// <summary>Lower-case plain spelling of a text, for finding a province name in it.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Core.Text.UnicodeForms.FormC(text))
            sb.Append(char.IsLetter(c) ? VietnameseFold.FoldChar(c) : ' ');
        return " " + string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
    }

    /// <summary>
    /// Rewrites, in a restored line, the names that follow a kind word with their official spelling. <paramref
    /// name="observed"/> is the line before restoration (its word tokens correspond one to one with the restored line's),
    /// <paramref name="documentFold"/> the <see cref="Fold"/> of the whole text (to know its provinces).
    /// </summary>
    public string Apply(string observed, string restored, OcrChannel channel, string documentFold)
    {
        var seen = Words(observed);
        var words = Words(restored);
        if (seen.Count != words.Count)
            return restored;
        // Plain spelling of each restored word, but only where a kind word could start: a cheap first filter.
        var plainWords = new string?[words.Count];
        var anyKind = false;
        for (var k = 0; k < words.Count; k++)
        {
            var first = char.ToLowerInvariant(VietnameseFold.FoldChar(restored[words[k].Start]));
            if (first is 'x' or 'p' or 't' or 'h' or 'q' or 'd' or 'k' && words[k].Length <= 6)
            {
                plainWords[k] = VietnameseFold.Fold(restored.Substring(words[k].Start, words[k].Length).ToLower(CultureInfo.InvariantCulture));
                anyKind |= Kinds.Any(kind => kind.Plain[0] == plainWords[k]);
            }
        }
        if (!anyKind)
            return restored;
        var replacements = new SortedDictionary<int, (int Length, string Text)>();
        var i = 0;
        while (i < words.Count)
        {
            var matched = MatchAt(i, restored, observed, seen, words, plainWords, channel, documentFold, replacements);
            i += Math.Max(1, matched);
        }
        if (replacements.Count == 0)
            return restored;
        var sb = new StringBuilder(restored.Length);
        var at = 0;
        foreach (var (start, (length, text)) in replacements)
        {
            sb.Append(restored, at, start - at).Append(text);
            at = start + length;
        }
        return sb.Append(restored, at, restored.Length - at).ToString();
    }

    private int MatchAt(int i, string restored, string observed, List<TextToken> seen, List<TextToken> words, string?[] plainWords,
        OcrChannel channel, string documentFold, SortedDictionary<int, (int, string)> replacements)
    {
        if (plainWords[i] is null)
            return 1;
        foreach (var (plain, official) in Kinds)
        {
            if (i + plain.Length >= words.Count)
                continue;
            var kindMatches = true;
            for (var k = 0; k < plain.Length && kindMatches; k++)
                kindMatches = plainWords[i + k] == plain[k]
                              && (k == 0 || OnlySpaceBetween(restored, words[i + k - 1], words[i + k]));
            if (!kindMatches)
                continue;
            var first = i + plain.Length;
            var allCaps = IsAllCaps(restored.Substring(words[i].Start, words[i].Length));
            for (var n = Math.Min(MaxNameWords, words.Count - first); n >= 1; n--)
            {
                if (!NameShaped(restored, words, first, n, allCaps) || !OnlySpaceBetween(restored, words[first - 1], words[first]))
                    continue;
                var choice = Choose(string.Join(' ', plain), first, n, observed, seen, restored, words, channel, documentFold);
                if (choice is null)
                    continue;
                var officialKind = official.Split(' ');
                for (var k = 0; k < plain.Length; k++)
                    Replace(replacements, restored, words[i + k], officialKind[k], observed.Substring(seen[i + k].Start, seen[i + k].Length));
                for (var k = 0; k < n; k++)
                    Replace(replacements, restored, words[first + k], choice[k], observed.Substring(seen[first + k].Start, seen[first + k].Length));
                return plain.Length + n;
            }
            return plain.Length;
        }
        return 1;
    }

    private static void Replace(SortedDictionary<int, (int, string)> replacements, string restored, TextToken token, string lower, string observedWord)
    {
        var current = restored.Substring(token.Start, token.Length);
        var text = ToneRestorer.ApplyCase(current, ToneRestorer.KeepMarkPosition(observedWord.ToLower(CultureInfo.InvariantCulture), lower));
        if (VietnameseSyllable.Canonical(current.ToLower(CultureInfo.InvariantCulture)) != VietnameseSyllable.Canonical(lower))
            replacements[token.Start] = (token.Length, text);
    }

    /// <summary>The official syllables for the n words at <paramref name="first"/>, or null when none or no single best fits.</summary>
    private string[]? Choose(string kind, int first, int n, string observed, List<TextToken> seen, string restored, List<TextToken> words,
        OcrChannel channel, string documentFold)
    {
        var options = new List<List<string>>(n);
        var observedLower = new string[n];
        var combinations = 1;
        for (var k = 0; k < n; k++)
        {
            observedLower[k] = observed.Substring(seen[first + k].Start, seen[first + k].Length).ToLower(CultureInfo.InvariantCulture);
            var restoredLower = restored.Substring(words[first + k].Start, words[first + k].Length).ToLower(CultureInfo.InvariantCulture);
            var set = new List<string> { VietnameseFold.Fold(restoredLower) };
            foreach (var r in channel.Readings(observedLower[k], 12))
                if (!set.Contains(r))
                    set.Add(r);
            options.Add(set);
            combinations *= set.Count;
        }
        if (combinations > 2_000)
            return null;
        var found = new List<Entry>();
        foreach (var combination in Cartesian(options))
            if (_byPlain.TryGetValue(Key(kind, combination), out var entries))
                found.AddRange(entries);
        if (found.Count == 0)
            return null;
        var spellings = found.GroupBy(e => string.Join(' ', e.Syllables)).ToList();
        if (spellings.Count > 1)
        {
            var local = spellings.Where(g => g.Any(e => e.ProvinceFold.Length > 2 && documentFold.Contains(e.ProvinceFold, StringComparison.Ordinal))).ToList();
            if (local.Count > 0)
                spellings = local;
        }
        if (spellings.Count > 1)
        {
            // A report of today names today's units more often than the communes merged away in 2025.
            var current = spellings.Where(g => g.Any(e => e.Current)).ToList();
            if (current.Count > 0)
                spellings = current;
        }
        if (spellings.Count == 1)
            return spellings[0].First().Syllables;
        // Several official spellings fit and the text does not say which province: keep the decoder's if it is one of
        // them, otherwise the one the channel explains best, if it is clearly best.
        var decoded = string.Join(' ', Enumerable.Range(0, n).Select(k => VietnameseSyllable.Canonical(restored.Substring(words[first + k].Start, words[first + k].Length).ToLower(CultureInfo.InvariantCulture))));
        if (spellings.Any(g => g.Key == decoded))
            return null;
        var scored = spellings.Select(g => (Syllables: g.First().Syllables, Score: g.First().Syllables.Select((s, k) => channel.Score(observedLower[k], s)).Sum()))
            .OrderByDescending(x => x.Score).ToList();
        return scored[0].Score > scored[1].Score + 0.5 ? scored[0].Syllables : null;
    }

    private static IEnumerable<List<string>> Cartesian(List<List<string>> options)
    {
        var index = new int[options.Count];
        while (true)
        {
            yield return options.Select((o, k) => o[index[k]]).ToList();
            var k = options.Count - 1;
            while (k >= 0 && ++index[k] == options[k].Count)
                index[k--] = 0;
            if (k < 0)
                yield break;
        }
    }

    private static bool NameShaped(string line, List<TextToken> words, int first, int n, bool allCaps)
    {
        for (var k = first; k < first + n; k++)
        {
            var word = line.Substring(words[k].Start, words[k].Length);
            if (!char.IsUpper(word[0]) || !word.Any(char.IsLetter) || (allCaps != IsAllCaps(word) && word.Length > 1))
                return false;
            if (k > first && !OnlySpaceBetween(line, words[k - 1], words[k]))
                return false;
        }
        return true;
    }

    private static bool IsAllCaps(string word) => word.Where(char.IsLetter).All(char.IsUpper) && word.Count(char.IsLetter) > 1;

    private static bool OnlySpaceBetween(string line, TextToken a, TextToken b)
    {
        for (var p = a.Start + a.Length; p < b.Start; p++)
            if (line[p] != ' ')
                return false;
        return b.Start > a.Start + a.Length;
    }

    private static List<TextToken> Words(string line) => SyllableTokenizer.Tokenize(line).Where(t => t.Kind == TokenKind.Word).ToList();

    private sealed record Entry(string[] Syllables, string ProvinceFold, bool Current);
}
