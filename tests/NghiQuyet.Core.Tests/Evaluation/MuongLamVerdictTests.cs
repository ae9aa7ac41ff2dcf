using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Review;
using NghiQuyet.Testing;

namespace NghiQuyet.Core.Tests.Evaluation;

/// <summary>
/// The engine's verdicts on every previous-term row of muong-lam (gold results) against the printed ones: they agree
/// except on the rows listed, with reasons, in muong-lam-verdicts.tsv; each contradiction is a review finding.
/// </summary>
public class MuongLamVerdictTests
{
    private static readonly IndicatorMatcher Matcher = new(IndicatorCatalog.Default);

    [SharedDataFact]
    public void Engine_agrees_with_printed_verdicts_except_the_listed_rows()
    {
        var expected = GoldFiles.Tsv("Evaluation", "muong-lam-verdicts.tsv").ToDictionary(r => int.Parse(r[0]), r => r[1]);
        var rows = GoldFiles.Extraction("muong-lam").Results.Where(r => r.Verdict is not null).ToList();
        Assert.True(rows.Count >= 50);
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var engine = PrintedVerdicts.Evaluate(row, Matcher.Match(row).Indicator, 2025);
            var agreement = PrintedVerdicts.Compare(row.Verdict!.Value, engine) switch
            {
                VerdictAgreement.Contradicts => "contradicts",
                VerdictAgreement.Understated => "understated",
                VerdictAgreement.NotAssessable => "not_assessable",
                _ => "agrees",
            };
            var want = expected.GetValueOrDefault(row.Line, "agrees");
            if (agreement != want)
                wrong.Add($"{row.Line} {row.Name}: {agreement} (engine {engine.Verdict}), expected {want}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [SharedDataFact]
    public void Each_contradiction_is_a_verdict_contradiction_finding()
    {
        var contradictions = GoldFiles.Tsv("Evaluation", "muong-lam-verdicts.tsv")
            .Where(r => r[1] == "contradicts").Select(r => int.Parse(r[0])).ToHashSet();
        var findings = new DraftReviewer().Review(GoldFiles.Source("muong-lam"), GoldFiles.Extraction("muong-lam"));
        var found = findings.Where(f => f.Kind == FindingKinds.VerdictContradiction).Select(f => f.Line).ToHashSet();
        Assert.Equal(contradictions, found);
        var labour = findings.Single(f => f.Line == 1529);
        Assert.Contains("90%", labour.Message);
        Assert.Contains("càng thấp càng tốt", labour.Message);
    }
}
