using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Time;

namespace NghiQuyet.Core.Tests.Evaluation;

public class OrganizationEvaluatorTests
{
    private sealed class FixedClock(int year) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(year, 3, 1, 0, 0, 0, TimeSpan.Zero);
    }

    private static TargetTerms T(string name, TargetOp op, decimal? value, string? unit) =>
        new(name, op, value, null, unit, 2030);

    [Fact]
    public void Each_target_gets_its_catalog_key_latest_figure_status_and_projection()
    {
        TargetInput[] inputs =
        [
            new(T("Tỷ lệ hộ nghèo theo chuẩn đa chiều", TargetOp.LessThan, 5, "%"), [new(2026, 13), new(2027, 11)], new Baseline(2025, 15)),
            new(T("Tổng đàn gia súc", TargetOp.Equal, 200, "con"), [new(2027, 105)], new Baseline(2025, 100)),
            new(T("Số đội văn nghệ hoạt động thường xuyên", TargetOp.Equal, 12, "đội"), []),
            new(T("Chỉ tiêu riêng đã xác nhận", TargetOp.AtLeast, 90, "%"), [new(2027, 95)], null, "party_orgs_good"),
        ];
        var rows = new OrganizationEvaluator(IndicatorCatalog.Default, new VietnamClock(new FixedClock(2027))).Evaluate(inputs);

        Assert.Equal(["poverty_rate", "livestock_herd", null, "party_orgs_good"], rows.Select(r => r.IndicatorKey));
        Assert.Equal(["Đúng tiến độ", "Tiến triển hạn chế", "Chưa đủ số liệu", "Đã đạt"], rows.Select(r => r.StatusText));
        Assert.Equal(11m, rows[0].Evaluation.Latest?.Value);
        Assert.Equal(5m, rows[0].Evaluation.Projected);
        Assert.All(rows, r => Assert.Null(r.Evaluation.Verdict));

        var atDeadline = new OrganizationEvaluator(IndicatorCatalog.Default, new VietnamClock(new FixedClock(2031))).Evaluate(
            [new(T("Tỷ lệ hộ nghèo", TargetOp.LessThan, 5, "%"), [new(2030, 4.9m)])]);
        Assert.Equal("Đạt", atDeadline[0].StatusText);
    }
}
