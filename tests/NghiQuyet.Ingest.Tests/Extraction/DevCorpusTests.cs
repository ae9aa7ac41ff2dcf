using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Tests.Scoring;
using NghiQuyet.Testing;

namespace NghiQuyet.Ingest.Tests.Extraction;

/// <summary>
/// The whole pipeline on the 30 real passages of ../shared/corpus/dev (news on congresses, dissemination articles,
/// resolution summaries) that the extractor was not written from: no refusal, micro-F1 over all their targets ≥ 0.90,
/// and confidence that means something (most targets marked sure are right).
/// </summary>
public class DevCorpusTests
{
    private static IEnumerable<(string Name, ExtractionResult? Extraction, string? Error, string Gold)> Run()
    {
        var dev = SharedData.File("corpus", "dev");
        foreach (var path in Directory.GetFiles(dev, "*.txt").Where(p => !Path.GetFileName(p).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var gold = File.ReadAllText(Path.Combine(dev, "gold", Path.GetFileName(path)[..2] + ".json"));
            var ingested = ReportIngest.ExtractFile(path);
            yield return (Path.GetFileName(path), ingested.Success ? ingested.Value.Extraction : null, ingested.Success ? null : ingested.Error, gold);
        }
    }

    [SharedDataFact]
    public void Dev_passages_are_read_without_refusal_and_reach_the_goal()
    {
        int matched = 0, gold = 0, pred = 0;
        var refused = new List<string>();
        var misses = new List<string>();
        foreach (var (name, extraction, error, goldJson) in Run())
        {
            if (extraction is null)
            {
                refused.Add($"{name}: {error}");
                continue;
            }
            var score = GoldScorer.Score(goldJson, ExtractionJson.Serialize(extraction)).Targets;
            matched += score.Matched;
            gold += score.Gold;
            pred += score.Pred;
            if (score.Matched < score.Gold || score.Matched < score.Pred)
                misses.Add($"{name}: matched {score.Matched}, gold {score.Gold}, predicted {score.Pred}");
        }
        Assert.True(refused.Count == 0, "refused:\n" + string.Join("\n", refused));
        var p = pred == 0 ? 0 : matched / (double)pred;
        var r = gold == 0 ? 0 : matched / (double)gold;
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Assert.True(f1 >= 0.90, $"dev micro-F1 {f1:0.000} (P {p:0.000}, R {r:0.000})\n{string.Join("\n", misses)}");
    }

    [SharedDataFact]
    public void Targets_marked_sure_are_mostly_right()
    {
        int sure = 0, sureRight = 0;
        foreach (var (_, extraction, _, goldJson) in Run())
        {
            if (extraction is null) continue;
            foreach (var t in extraction.Targets.Where(t => t.Confidence >= 0.8))
            {
                sure++;
                var one = extraction with { Targets = [t], Results = [] };
                if (GoldScorer.Score(goldJson, ExtractionJson.Serialize(one)).Targets.Matched == 1)
                    sureRight++;
            }
        }
        Assert.True(sure > 0, "no target marked sure");
        Assert.True(sureRight >= 0.9 * sure, $"{sureRight} of {sure} targets with confidence ≥ 0.8 are right");
    }
}
