using System.Net;
using Microsoft.EntityFrameworkCore;
using static NghiQuyet.Web.Tests.Units.Workflow;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>
/// Issue 12, defect 9: 79228162514264337593543950335 (decimal.MaxValue) was accepted as a figure and that target's page
/// then answered 500 for everyone. Figures now have a sane range for their unit of measure, and the pages draw
/// whatever is already stored without failing.
/// </summary>
public sealed class FigureRangeTests : IDisposable
{
    private readonly WebAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("1", "79228162514264337593543950335", 2040, false)] // the probe's figure, in triệu đồng/người/năm
    [InlineData("1", "-3", 2041, false)]                            // income per head below zero
    [InlineData("1", "61,5", 2042, true)]
    [InlineData("2", "-5", 2043, false)]                            // tonnes below zero
    [InlineData("2", "12.000", 2044, true)]
    [InlineData("3", "1.000.000.000.000", 2045, false)]             // a trillion tỷ đồng
    [InlineData("3", "7,2", 2046, true)]
    [InlineData("4", "1.500", 2047, false)]                         // 1500 %
    [InlineData("4", "12,5", 2048, true)]
    public async Task A_figure_outside_its_units_range_is_refused_next_to_its_field_and_nothing_is_written(string item, string value, int year, bool accepted)
    {
        var code = TestData.OwnCommune;
        var target = TargetsOf(_factory, code).Single(t => t.Item == item);
        var client = await _factory.SignedInAsync(OwnUser);
        var response = await PostAsync(client, FiguresUrl(code, year), "Save",
            [new("Rows[0].TargetId", target.Id.ToString()), new("Rows[0].Value", value), new("Rows[0].Version", "")]);
        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Single(Stored(_factory, code, year));
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var range = Core.Domain.FigureRange.For(target);
        Assert.Contains(range.Refusal(Core.Text.VietnameseNumber.Parse(value)!.Value), html);
        Assert.Contains($"\"{target.EffectiveUnit}\"", range.Refusal(0));
        Assert.Contains("id=\"e0\"", html); // next to the row's field
        Assert.Empty(Stored(_factory, code, year));
    }

    [Fact]
    public async Task Pages_and_exports_draw_the_largest_and_smallest_stored_decimals_without_failing()
    {
        var code = TestData.OtherCommune;
        var targets = ExploreData.Targets(_factory, code);
        var years = ExploreData.Official(_factory, targets[0].Id).Keys.Order().ToList();
        ExploreData.With(_factory, db =>
        {
            // Written behind the application's back, as an older version or another tool could have left them.
            db.Database.ExecuteSql($"UPDATE \"Measurements\" SET \"Value\" = {decimal.MaxValue} WHERE \"TargetId\" = {targets[0].Id} AND \"Year\" = {years[0]}");
            db.Database.ExecuteSql($"UPDATE \"Measurements\" SET \"Value\" = {decimal.MinValue} WHERE \"TargetId\" = {targets[0].Id} AND \"Year\" = {years[^1]}");
            db.Database.ExecuteSql($"UPDATE \"Measurements\" SET \"Value\" = {decimal.MaxValue} WHERE \"TargetId\" = {targets[3].Id}");
            return 0;
        });
        var admin = await _factory.SignedInAsync(Admin);
        foreach (var url in new[]
        {
            $"/Targets/{targets[0].Id}", $"/Targets/{targets[3].Id}", $"/Units/{code}", $"/Dashboard/{TestData.Province}", $"/Compare/{TestData.Province}",
            $"/Units/{code}/Export?format=csv", $"/Units/{code}/Export?format=xlsx", $"/Units/{code}/Figures/{years[0]}", "/Search?q=thu+nhap",
        })
        {
            using var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
        }
    }
}

public sealed class TrendChartRangeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_chart_draws_any_decimal_a_database_can_hold(bool share)
    {
        var figures = new List<Core.Evaluation.Figure>
        {
            new(2021, decimal.MaxValue), new(2022, decimal.MinValue), new(2023, 0m), new(2024, decimal.MaxValue),
        };
        foreach (var small in new[] { false, true })
        {
            var svg = Web.Targets.TrendChart.Render(figures, share, decimal.MaxValue, 2030, decimal.MinValue, "Thu nhập", small);
            Assert.StartsWith("<svg", svg);
            Assert.DoesNotContain("NaN", svg);
            Assert.DoesNotContain("∞", svg);
        }
    }
}
