using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Catalog;

/// <summary>A target's name mapped to a catalog indicator, or left local (<see cref="Indicator"/> null).</summary>
/// <param name="Confidence">0..1: how sure the matcher is; at or above <see cref="MatcherOptions.HighConfidence"/> a
/// mapping may be used without a person looking at it.</param>
public sealed record IndicatorMatch(Indicator? Indicator, decimal Confidence, Indicator? Candidate = null)
{
    /// <summary>No catalog indicator fits: the target is kept as the unit's own.</summary>
    public bool IsLocal => Indicator is null;
    /// <summary>The matched indicator's key, or null for a local target.</summary>
    public string? Key => Indicator?.Key;
}

/// <summary>The matcher's thresholds: a score below <c>AcceptThreshold</c> leaves a target local; from <c>HighConfidence</c> on a mapping needs no look from a person.</summary>
public sealed record MatcherOptions(decimal AcceptThreshold = 0.55m, decimal HighConfidence = 0.8m)
{
    /// <summary>The default thresholds: 0.55 to accept a match, 0.8 for high confidence.</summary>
    public static readonly MatcherOptions Default = new();
}

/// <summary>
/// Maps an extracted target (name, unit, op) to the catalog by weighted token overlap with each indicator's name and
/// aliases. A word shared by many indicators ("tỷ lệ", "xã") weighs little, a rare one ("che phủ", "BHYT") much.
/// The score mixes how much of the catalog phrase the name covers, how much of the name the phrase explains, and
/// whether their word pairs occur in the same order; an "excludes" phrase present in the name (the "cận nghèo" in
/// "hộ nghèo, cận nghèo") and a unit of another kind (a count for a share) lower it.
/// </summary>
public sealed class IndicatorMatcher
{
    private readonly IndicatorCatalog _catalog;
    private readonly MatcherOptions _options;
    private readonly List<(Indicator Indicator, List<PreparedPhrase> Phrases, List<string[]> Excludes, UnitInfo Unit)> _entries;
    private readonly Dictionary<string, double> _weights;
    private readonly double _unknownWeight;
    private readonly IReadOnlyDictionary<string, string> _abbreviations;

    /// <summary>Prepares the catalog's phrases and their word weights once; matching then only scores.</summary>
    public IndicatorMatcher(IndicatorCatalog catalog, MatcherOptions? options = null)
    {
        _catalog = catalog;
        _options = options ?? MatcherOptions.Default;
        var abbreviations = _abbreviations = MatchText.FoldKeys(catalog.Abbreviations);
        _entries = catalog.Indicators.Select(i => (
            i,
            i.Phrases.Select(p => new PreparedPhrase(MatchText.Content(p, abbreviations).ToArray())).Where(p => p.Tokens.Length > 0).ToList(),
            i.Excludes.Select(e => MatchText.Content(e, abbreviations).ToArray()).Where(e => e.Length > 0).ToList(),
            MeasureUnits.Parse(i.Unit))).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in _entries)
            foreach (var token in entry.Phrases.SelectMany(p => p.Tokens).Distinct())
                df[token] = df.GetValueOrDefault(token) + 1;
        var n = Math.Max(1, _entries.Count);
        _weights = df.ToDictionary(kv => kv.Key, kv => Math.Log(1.0 + (double)n / kv.Value), StringComparer.Ordinal);
        _unknownWeight = Math.Log(1.0 + n / 3.0);
    }

    /// <summary>The catalog this matcher reads (evaluators check that a shared matcher reads theirs).</summary>
    public IndicatorCatalog Catalog => _catalog;
    /// <summary>The thresholds in force.</summary>
    public MatcherOptions Options => _options;

    /// <summary>Matches a target by its name, unit and op.</summary>
    public IndicatorMatch Match(TargetTerms target) => Match(target.Name, target.Unit, target.Op);

    /// <summary>Matches a previous-term result row by its name and unit.</summary>
    public IndicatorMatch Match(PreviousTermResult result) => Match(result.Name, result.Unit, null);

    /// <summary>Past this many remembered wordings, new ones are matched without being remembered.</summary>
    public const int CacheLimit = 20_000;

    // Many units set the same target in the same words, and a page evaluates thousands of them: a wording is scored
    // against the whole catalog once (a match depends only on name, unit and op, and the catalog never changes).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, string? Unit, TargetOp? Op), IndicatorMatch> _cache = new();

    /// <summary>The best catalog indicator for a target's wording, or a local match where none scores high enough; remembered per wording.</summary>
    public IndicatorMatch Match(string name, string? unit = null, TargetOp? op = null)
    {
        var key = (name, unit, op);
        if (_cache.TryGetValue(key, out var cached))
            return cached;
        var match = MatchUncached(name, unit, op);
        if (_cache.Count < CacheLimit)
            _cache.TryAdd(key, match);
        return match;
    }

    private IndicatorMatch MatchUncached(string name, string? unit, TargetOp? op)
    {
        var tokens = MatchText.Content(name, _abbreviations).ToArray();
        if (tokens.Length == 0)
            return new IndicatorMatch(null, 0);
        var nameUnit = MeasureUnits.Parse(unit);
        // A relative target ("tăng 19%", "giảm 10%", "tăng bình quân 5%/năm") carries the unit of the change, not of the indicator.
        var relative = op is TargetOp.GrowthRate or TargetOp.IncreaseBy or TargetOp.DecreaseBy
                       || nameUnit.Family == UnitFamily.PercentPerYear;
        // "Tỷ lệ …" names a share: a count or an amount in the catalog is another indicator, whatever the words share.
        var namesShare = MatchText.Tokens(name) is ["ty", "le" or "trong", ..];
        var scored = new List<(Indicator Indicator, double Score)>(_entries.Count);
        foreach (var (indicator, phrases, excludes, indicatorUnit) in _entries)
        {
            var best = 0.0;
            foreach (var phrase in phrases)
            {
                var s = Score(tokens, phrase.Tokens);
                foreach (var exclude in excludes)
                    if (ContainsSequence(tokens, exclude) && !ContainsSequence(phrase.Tokens, exclude))
                        s *= 0.6;
                best = Math.Max(best, s);
            }
            if (!relative && nameUnit.IsKnown && indicatorUnit.IsKnown)
                best = MeasureUnits.AreCompatible(nameUnit, indicatorUnit) ? Math.Min(1.0, best + 0.05) : best * 0.6;
            if (namesShare && indicatorUnit.IsKnown && indicatorUnit.Family is not (UnitFamily.Percent or UnitFamily.PercentPerYear))
                best *= 0.75;
            scored.Add((indicator, best));
        }
        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        var top = scored[0];
        var confidence = top.Score;
        if (scored.Count > 1 && top.Score - scored[1].Score < 0.03)
            confidence *= 0.9;
        var c = (decimal)Math.Round(Math.Clamp(confidence, 0, 1), 3);
        return c >= _options.AcceptThreshold
            ? new IndicatorMatch(top.Indicator, c, top.Indicator)
            : new IndicatorMatch(null, c, top.Indicator);
    }

    private double Score(string[] name, string[] phrase)
    {
        double phraseTotal = 0, phraseHit = 0;
        foreach (var t in phrase.Distinct())
        {
            var w = Weight(t);
            phraseTotal += w;
            phraseHit += w * Credit(t, name);
        }
        double nameTotal = 0, nameHit = 0;
        foreach (var t in name.Distinct())
        {
            var w = Weight(t);
            nameTotal += w;
            nameHit += w * Credit(t, phrase);
        }
        var recall = phraseTotal > 0 ? phraseHit / phraseTotal : 0;
        var precision = nameTotal > 0 ? nameHit / nameTotal : 0;
        var bigrams = phrase.Length < 2 ? recall : BigramRecall(name, phrase);
        return 0.5 * recall + 0.2 * bigrams + 0.3 * precision;
    }

    private double Weight(string token) => _weights.TryGetValue(token, out var w) ? w : _unknownWeight;

    private static double Credit(string token, string[] others)
    {
        var best = 0.0;
        foreach (var o in others)
        {
            if (o == token)
                return 1.0;
            if (IsNear(token, o))
                best = 0.75;
        }
        return best;
    }

    // OCR changes a vowel or drops a letter ("cdy" for "cây", "nudc" for "nước"): one edit, same first letter, 3+ letters.
    private static bool IsNear(string a, string b)
    {
        if (a.Length < 3 || b.Length < 3 || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 1 || char.IsDigit(a[0]))
            return false;
        return EditDistanceAtMostOne(a, b);
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (a.Length > b.Length)
            (a, b) = (b, a);
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length == b.Length) i++;
            j++;
        }
        return edits + (b.Length - j) + (a.Length - i) <= 1;
    }

    private static double BigramRecall(string[] name, string[] phrase)
    {
        var nameBigrams = new HashSet<(string, string)>();
        for (var i = 0; i + 1 < name.Length; i++)
            nameBigrams.Add((name[i], name[i + 1]));
        var hits = 0;
        for (var i = 0; i + 1 < phrase.Length; i++)
            if (nameBigrams.Contains((phrase[i], phrase[i + 1])))
                hits++;
        return (double)hits / (phrase.Length - 1);
    }

    private static bool ContainsSequence(string[] tokens, string[] sequence)
    {
        for (var i = 0; i + sequence.Length <= tokens.Length; i++)
        {
            var ok = true;
            for (var k = 0; k < sequence.Length && ok; k++)
                ok = tokens[i + k] == sequence[k];
            if (ok)
                return true;
        }
        return false;
    }

    private sealed record PreparedPhrase(string[] Tokens);
}
