namespace NghiQuyet.Ingest.Tests.Scoring;

public class GoldScorerTests
{
    [Theory]
    [InlineData("Tỷ lệ  hộ NGHÈO", "ty le ho ngheo")]
    [InlineData("Đảng viên", "dang vien")]
    [InlineData(null, "")]
    public void Folds_like_score_py(string? text, string expected) => Assert.Equal(expected, GoldScorer.Fold(text));

    [Theory]
    [InlineData("phần trăm", "%")]
    [InlineData("%/năm", "%/nam")]
    [InlineData("Tr. đồng", "tr.dong")]
    [InlineData("Nghìn con", "nghincon")]
    public void Unit_keys(string unit, string expected) => Assert.Equal(expected, GoldScorer.UnitKey(unit));

    [Fact]
    public void Overlap_is_share_of_gold_tokens() =>
        Assert.Equal(0.5, GoldScorer.Overlap("Tỷ lệ hộ", "Tỷ lệ lao động"));

    [Fact]
    public void Prf_of_empty_sets()
    {
        Assert.Equal((1.0, 1.0, 1.0), GoldScorer.Prf(0, 0, 0));
        Assert.Equal((0.0, 0.0, 0.0), GoldScorer.Prf(0, 3, 0));
        Assert.Equal((0.6667, 1.0, 0.8), GoldScorer.Prf(2, 2, 3));
    }

    [Fact]
    public void Results_match_on_figures_and_name_one_to_one()
    {
        const string gold = """
            {"targets": [], "results": [
              {"name": "Tỷ lệ hộ nghèo", "target": 3, "actual": 4, "verdict": "exceeded"},
              {"name": "Tỷ lệ hộ nghèo giảm", "target": 3, "actual": 4, "verdict": "met"},
              {"name": "Thu ngân sách", "target": 10, "actual": null, "verdict": null}]}
            """;
        const string pred = """
            {"targets": [], "results": [
              {"name": "Tỷ lệ hộ nghèo giảm", "target": 3.0, "actual": 4, "verdict": "met"},
              {"name": "Thu ngân sách nhà nước", "target": 10, "actual": null, "verdict": "met"},
              {"name": "Không liên quan", "target": 3, "actual": 4, "verdict": "met"}]}
            """;
        var score = GoldScorer.Score(gold, pred).Results;
        Assert.Equal(2, score.Matched);
        Assert.Equal(0.6667, score.Precision);
        Assert.Equal(0.6667, score.Recall);
        // The first pred covers both gold names fully; the tie goes to the first gold, whose verdict differs
        // (score.py prints verdict_acc=0.0 for these two files).
        Assert.Equal(0.0, score.VerdictAccuracy);
        Assert.Equal(0.6667, score.F1);
    }

    [Fact]
    public void Targets_need_equal_value_and_unit()
    {
        const string gold = """{"targets": [{"name": "Tổng đàn gia súc", "value": 18000, "unit": "con", "op": "=", "group": "economy"}]}""";
        const string wrongUnit = """{"targets": [{"name": "Tổng đàn gia súc", "value": 18000, "unit": "ha", "op": "=", "group": "economy"}]}""";
        const string right = """{"targets": [{"name": "Tổng đàn gia súc", "value": 18000.0, "unit": "Con", "op": ">=", "group": "economy"}]}""";
        Assert.Equal(0, GoldScorer.Score(gold, wrongUnit).Targets.Matched);
        var score = GoldScorer.Score(gold, right).Targets;
        Assert.Equal(1, score.Matched);
        Assert.Equal(0.0, score.OpAccuracy);
        Assert.Equal(1.0, score.GroupAccuracy);
    }
}
