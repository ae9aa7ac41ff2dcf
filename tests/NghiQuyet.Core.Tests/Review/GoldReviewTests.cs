using NghiQuyet.Core.Review;
using NghiQuyet.Testing;
using Xunit.Abstractions;

namespace NghiQuyet.Core.Tests.Review;

/// <summary>The reviewer on the sample reports, fed the gold extraction and the raw text (as the extractor would).</summary>
public class GoldReviewTests(ITestOutputHelper output)
{
    private static readonly DraftReviewer Reviewer = new();

    private IReadOnlyList<ReviewFinding> Review(string name)
    {
        var findings = Reviewer.Review(GoldFiles.Source(name), GoldFiles.Extraction(name));
        foreach (var f in findings)
            output.WriteLine($"{f.Line}\t{f.OtherLine}\t{f.Kind}\t{f.Message}");
        return findings;
    }

    [SharedDataFact]
    public void Muong_lam_figures_given_differently_in_text_and_biểu_03()
    {
        var mismatches = Review("muong-lam").Where(f => f.Kind == FindingKinds.FigureMismatch)
            .Select(f => (f.Line, f.OtherLine)).ToHashSet();
        // text line → Biểu 03 line: labour trained, forest cover, new cooperatives, health insurance,
        // science spending, waste collection, drug-free villages.
        (int, int?)[] expected = [(741, 1762), (745, 1763), (747, 1769), (762, 1788), (775, 1803), (777, 1806), (785, 1815)];
        Assert.Equal(expected.ToHashSet(), mismatches);
    }

    [SharedDataFact]
    public void Bac_yen_duplicated_item_8_and_skipped_3()
    {
        // Lines of the labels: (2) at 1143, (4) at 1150, (8) at 1162 and again at 1166.
        var numbering = Review("bac-yen").Where(f => f.Kind == FindingKinds.Numbering).ToList();
        Assert.Equal(2, numbering.Count);
        Assert.Contains(numbering, f => f.Line == 1150 && f.OtherLine == 1143 && f.Message.Contains("(3)"));
        Assert.Contains(numbering, f => f.Line == 1166 && f.OtherLine == 1162 && f.Message.Contains("(8)"));
    }

    [SharedDataFact]
    public void Muong_lam_numbering_restarts_under_each_heading_without_findings() =>
        Assert.DoesNotContain(Review("muong-lam"), f => f.Kind == FindingKinds.Numbering);

    [SharedDataFact]
    public void Phieng_pan_repeats_item_21() =>
        Assert.Contains(Review("phieng-pan-ocr"), f => f.Kind == FindingKinds.Numbering && f.Message.Contains("(21)"));
}
