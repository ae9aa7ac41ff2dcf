using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Review;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Tests.Review;

/// <summary>The reviewer's checks on small drafts written for the tests (a commune "Tân Lập" of our own).</summary>
public class DraftReviewerTests
{
    private static readonly DraftReviewer Reviewer = new();

    private static SourceDocument Source(params string[] lines) =>
        new("du-thao.txt", "txt", lines.Select((l, i) => new SourceLine(i + 1, l)).ToList());

    private static ExtractedTarget T(string item, string name, TargetOp op, decimal? value, string? unit, int line,
        TargetGroup group = TargetGroup.Society, int year = 2030, decimal? max = null) =>
        new(item, group, name, op, value, max, unit, year, line);

    private static ExtractionResult Extraction(IReadOnlyList<ExtractedTarget> targets, IReadOnlyList<PreviousTermResult>? results = null) =>
        new(new DocumentHeader("Đảng bộ xã Tân Lập", OrganizationLevel.Commune, "Sơn La", 1, new Term(2025, 2030), Diacritics.Full),
            targets, results ?? []);

    private static readonly SourceDocument Draft = Source(
        "2. Các chỉ tiêu chủ yếu đến năm 2030",
        "(1) Tỷ lệ hộ nghèo theo chuẩn đa chiều dưới 8%.",
        "(2) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.",
        "(3) Tỷ lệ che phủ rừng đạt 45%.",
        "(5) Thu nhập bình quân đầu người đạt 40 triệu đồng/người/năm.",
        "(5) Tỷ lệ thu gom chất thải rắn sinh hoạt 120%.",
        "(6) Tỷ lệ lao động qua đào tạo đạt 60 người đến năm 2035.",
        "",
        "Biểu 03",
        "TT Chỉ tiêu Đơn vị Mục tiêu",
        "1 Tỷ lệ hộ nghèo % < 8",
        "2 Tỷ lệ che phủ rừng % 40");

    private static readonly ExtractionResult DraftTargets = Extraction(
    [
        T("1", "Tỷ lệ hộ nghèo theo chuẩn đa chiều", TargetOp.LessThan, 8, "%", 2),
        T("2", "Tỷ lệ dân số tham gia bảo hiểm y tế", TargetOp.Equal, 96, "%", 3),
        T("3", "Tỷ lệ che phủ rừng", TargetOp.Equal, 45, "%", 4, TargetGroup.Environment),
        T("5", "Thu nhập bình quân đầu người", TargetOp.Equal, 40, "triệu đồng/người/năm", 5),
        T("5", "Tỷ lệ thu gom chất thải rắn sinh hoạt", TargetOp.Equal, 120, "%", 6, TargetGroup.Environment),
        T("6", "Tỷ lệ lao động qua đào tạo", TargetOp.Equal, 60, "người", 7, year: 2035),
        T("1", "Tỷ lệ hộ nghèo", TargetOp.LessThan, 8, "%", 11),
        T("2", "Tỷ lệ che phủ rừng", TargetOp.Equal, 40, "%", 12, TargetGroup.Environment),
    ]);

    private static List<ReviewFinding> Findings(string kind, IReadOnlyList<ExtractedTarget>? province = null) =>
        Reviewer.Review(Draft, DraftTargets, province).Where(f => f.Kind == kind).ToList();

    [Fact]
    public void Figure_mismatch_between_the_text_and_the_appendix_only_where_they_differ()
    {
        var f = Assert.Single(Findings(FindingKinds.FigureMismatch));
        Assert.Equal((4, 12), (f.Line, f.OtherLine));
        Assert.Contains("45%", f.Message);
        Assert.Contains("40%", f.Message);
    }

    [Fact]
    public void Numbering_skipped_and_duplicated_labels()
    {
        var findings = Findings(FindingKinds.Numbering);
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Line == 5 && f.OtherLine == 4 && f.Message.Contains("thiếu (4)"));
        Assert.Contains(findings, f => f.Line == 6 && f.OtherLine == 5 && f.Message.Contains("(5) bị lặp"));
    }

    [Fact]
    public void Numbering_falls_back_to_the_targets_labels_when_the_source_has_none()
    {
        var extraction = Extraction(
        [
            T("1", "Tỷ lệ hộ nghèo", TargetOp.LessThan, 8, "%", 2),
            T("2", "Tổng đàn gia súc", TargetOp.Equal, 100, "con", 3, TargetGroup.Economy),
            T("2", "Thu nhập bình quân đầu người", TargetOp.Equal, 40, "triệu đồng/người/năm", 4, TargetGroup.Society),
        ]);
        var findings = Reviewer.Review(Source("a", "b", "c", "d"), extraction).Where(f => f.Kind == FindingKinds.Numbering).ToList();
        Assert.Equal(4, Assert.Single(findings).Line);
    }

    [Fact]
    public void Unit_of_another_kind_share_over_100_and_deadline_outside_the_term()
    {
        Assert.Equal(7, Assert.Single(Findings(FindingKinds.UnitMismatch)).Line);
        Assert.Equal(6, Assert.Single(Findings(FindingKinds.ImplausibleValue)).Line);
        var year = Assert.Single(Findings(FindingKinds.YearOutsideTerm));
        Assert.Equal(7, year.Line);
        Assert.Contains("2035", year.Message);
    }

    [Fact]
    public void Weaker_than_province_compares_shares_by_direction_but_not_totals()
    {
        ExtractedTarget[] province =
        [
            T("3", "Tỷ lệ hộ nghèo", TargetOp.LessThan, 6, "%", 40),
            T("4", "Tỷ lệ dân số tham gia BHYT", TargetOp.Equal, 95, "%", 41),
            T("5", "Tỷ lệ che phủ rừng", TargetOp.Equal, 47, "%", 42),
            T("9", "Thu nhập bình quân đầu người", TargetOp.Equal, 38, "triệu đồng/người/năm", 43),
        ];
        var findings = Findings(FindingKinds.WeakerThanProvince, province);
        // Poverty below 8% is weaker than below 6%; forest 45% weaker than 47%; health insurance 96% beats 95%.
        Assert.Equal([2, 4], findings.Select(f => f.Line).Order());
        Assert.Contains("dưới 6%", findings[0].Message);
        Assert.Empty(Findings(FindingKinds.WeakerThanProvince));
    }

    [Fact]
    public void Printed_verdicts_against_the_figures()
    {
        var extraction = Extraction([],
        [
            new PreviousTermResult("Biểu 01", "Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội", "%", 70, 75, PrintedVerdict.Exceeded, 20),
            new PreviousTermResult("Biểu 01", "Giảm tỷ lệ hộ nghèo xuống dưới 15%", "%", 15, 9, PrintedVerdict.Exceeded, 21),
            new PreviousTermResult("Biểu 01", "Tỷ lệ che phủ rừng", "%", 45, 45, PrintedVerdict.Exceeded, 22),
            new PreviousTermResult("Biểu 01", "Tỷ lệ che phủ rừng", "%", 45, 44, PrintedVerdict.Met, 23),
            new PreviousTermResult("Biểu 01", "Tỷ lệ dân số tham gia BHYT", "%", 90, 99, PrintedVerdict.Met, 24),
            new PreviousTermResult("Biểu 01", "Tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ", "%", 95, 97, PrintedVerdict.NotMet, 25),
            new PreviousTermResult("Biểu 01", "Chi bộ có chi ủy", "Chi bộ", 3, null, PrintedVerdict.Met, 26),
        ]);
        var findings = Reviewer.Review(Source(), extraction);
        Assert.Equal([20, 22, 23, 25], findings.Where(f => f.Kind == FindingKinds.VerdictContradiction).Select(f => f.Line));
        Assert.Equal([24], findings.Where(f => f.Kind == FindingKinds.VerdictUnderstated).Select(f => f.Line));
        Assert.Equal([26], findings.Where(f => f.Kind == FindingKinds.MissingFigure).Select(f => f.Line));
    }
}
