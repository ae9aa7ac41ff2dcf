using NghiQuyet.Core.Catalog;
using NghiQuyet.Testing;
using Xunit.Abstractions;

namespace NghiQuyet.Core.Tests.Catalog;

/// <summary>
/// The matcher against expected-keys.tsv: a hand-made key (or "local") for every target of the three gold extractions.
/// </summary>
public class MatcherGoldTests(ITestOutputHelper output)
{
    private static readonly IndicatorMatcher Matcher = new(IndicatorCatalog.Default);

    private static List<(string File, int Line, string Name, string Expected, IndicatorMatch Match)> Rows()
    {
        var rows = new List<(string, int, string, string, IndicatorMatch)>();
        foreach (var group in GoldFiles.Tsv("Catalog", "expected-keys.tsv").GroupBy(r => r[0]))
        {
            var targets = GoldFiles.Extraction(group.Key).Targets;
            foreach (var r in group)
            {
                var line = int.Parse(r[1]);
                var target = targets.First(t => t.Line == line && t.Name == r[2]);
                rows.Add((group.Key, line, r[2], r[3], Matcher.Match(target.Terms)));
            }
        }
        return rows;
    }

    [SharedDataFact]
    public void At_least_80_percent_of_gold_targets_map_to_the_expected_indicator()
    {
        var rows = Rows();
        var right = rows.Count(r => (r.Match.Key ?? "local") == r.Expected);
        foreach (var r in rows.Where(r => (r.Match.Key ?? "local") != r.Expected))
            output.WriteLine($"{r.File}:{r.Line} {r.Name} → {r.Match.Key ?? "local"} ({r.Match.Confidence}; best {r.Match.Candidate?.Key}), expected {r.Expected}");
        var rate = (double)right / rows.Count;
        output.WriteLine($"match rate {right}/{rows.Count} = {rate:P1}");
        Assert.True(rate >= 0.80, $"match rate {rate:P1}");
    }

    [SharedDataFact]
    public void No_wrong_mapping_at_high_confidence()
    {
        var wrong = Rows().Where(r => r.Match.Key is not null && r.Match.Key != r.Expected
                                      && r.Match.Confidence >= Matcher.Options.HighConfidence)
            .Select(r => $"{r.File}:{r.Line} {r.Name} → {r.Match.Key} ({r.Match.Confidence}), expected {r.Expected}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
