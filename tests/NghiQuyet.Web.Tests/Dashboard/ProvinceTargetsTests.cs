using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;
using NghiQuyet.Web.Demo;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;

namespace NghiQuyet.Web.Tests.Dashboard;

/// <summary>The dashboard's "Chỉ tiêu của tỉnh": each province target against its communes' roll-up, recomputed here
/// straight from the stored figures (not through the roll-up code).</summary>
[Collection(WebCollection.Name)]
public sealed class ProvinceTargetsTests(WebAppFactory factory)
{
    internal sealed record OwnRow(string Name, string Signal, string Aggregate, string Reported, string Rule, string Status);

    internal static List<OwnRow> OwnRows(string html)
    {
        var start = html.IndexOf("id=\"own-targets\"", StringComparison.Ordinal);
        Assert.True(start > 0, "no province targets table");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return Regex.Matches(table, "<tr data-signal=\"(?<signal>[^\"]+)\">(?<row>.*?)</tr>", RegexOptions.Singleline)
            .Select(m =>
            {
                var cells = Regex.Matches(m.Groups["row"].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => c.Groups[1].Value).ToList();
                string Text(string s) => WebUtility.HtmlDecode(Regex.Replace(s, "<[^>]+>", " ")).Trim();
                var agg = Regex.Match(cells[2], "<span class=\"agg\">(.*?)</span>");
                var chip = Regex.Match(cells[5], "<span class=\"chip [^\"]+\">(.*?)</span>");
                return new OwnRow(Text(cells[0]), m.Groups["signal"].Value, agg.Success ? Regex.Replace(Text(cells[2]), @"\s+", " ") : "—",
                    Text(cells[3]), Text(cells[4]), Text(chip.Groups[1].Value));
            }).ToList();
    }

    /// <summary>The communes' latest year with approved figures of the demo target at <paramref name="item"/>, and those figures.</summary>
    private (int Year, List<Measurement> Figures, int Total) Latest(string item)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        var name = DemoResolution.Targets.Single(t => t.Item == item).Name;
        var targetIds = db.Targets.AsNoTracking()
            .Where(t => t.Name == name && db.Resolutions.Any(r => r.Id == t.ResolutionId && r.OrganizationCode != DemoSeeder.ProvinceCode))
            .Select(t => t.Id).ToList();
        var approved = db.Measurements.AsNoTracking().Where(m => targetIds.Contains(m.TargetId)).ToList()
            .Where(m => m.Status is MeasurementStatus.Approved or MeasurementStatus.Locked).ToList();
        var year = approved.Max(m => m.Year);
        var total = db.Organizations.Count(o => o.ProvinceCode == DemoSeeder.ProvinceCode);
        return (year, approved.Where(m => m.Year == year).ToList(), total);
    }

    [Fact]
    public async Task A_share_is_rolled_up_as_the_sum_of_numerators_over_the_sum_of_denominators()
    {
        var client = await factory.SignedInAsync("tinh.sonla");
        var rows = OwnRows(await client.GetStringAsync("/Dashboard/" + DemoSeeder.ProvinceCode));
        var (year, figures, total) = Latest("4");
        Assert.All(figures, f => Assert.NotNull(f.Denominator));
        var expected = figures.Sum(f => f.Numerator!.Value) / figures.Sum(f => f.Denominator!.Value) * 100m;
        // Not the mean of the percentages: the demo's denominators differ, so the two disagree.
        var mean = figures.Average(f => f.Value);
        Assert.NotEqual(Format.Number(expected), Format.Number(mean));

        var poverty = rows.Single(r => r.Name == "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều");
        Assert.Equal($"{Format.WithUnit(expected, "%")} ({year})", poverty.Aggregate);
        Assert.Equal($"{figures.Count}/{total}", poverty.Reported);
        Assert.StartsWith("tỷ lệ gộp", poverty.Rule);
        Assert.NotEqual("s-none", poverty.Signal);
    }

    [Fact]
    public async Task A_sum_shows_the_total_and_how_many_units_reported_and_is_not_judged_while_some_are_missing()
    {
        var client = await factory.SignedInAsync("tinh.sonla");
        var rows = OwnRows(await client.GetStringAsync("/Dashboard/" + DemoSeeder.ProvinceCode));
        var (year, figures, total) = Latest("2");
        var grain = rows.Single(r => r.Name == "Tổng sản lượng lương thực có hạt");
        Assert.Equal($"{Format.WithUnit(figures.Sum(f => f.Value), "tấn")} ({year})", grain.Aggregate);
        Assert.Equal($"{figures.Count}/{total}", grain.Reported);
        Assert.Equal("tổng", grain.Rule);
        Assert.True(figures.Count < total);
        Assert.Equal("s-none", grain.Signal);
    }

    [Fact]
    public async Task Province_targets_come_red_then_orange_then_green_then_unjudged_and_limited_progress_before_acceleration()
    {
        var client = await factory.SignedInAsync("tinh.sonla");
        var rows = OwnRows(await client.GetStringAsync("/Dashboard/" + DemoSeeder.ProvinceCode));
        Assert.Equal(DemoProvinceResolution.Targets.Count, rows.Count);
        AssertOrdered(rows);
        Assert.Contains(rows, r => r.Signal == "s-orange");
        Assert.Contains(rows, r => r.Signal == "s-green");
    }

    internal static void AssertOrdered(IReadOnlyList<OwnRow> rows)
    {
        string[] colours = ["s-red", "s-orange", "s-green", "s-none"];
        var ranks = rows.Select(r => Array.IndexOf(colours, r.Signal)).ToList();
        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order().ToList(), ranks);
        var orange = rows.Where(r => r.Signal == "s-orange").Select(r => r.Status).ToList();
        var lastLimited = orange.LastIndexOf(Core.Messages.TrajectoryLimitedProgress);
        var firstAcceleration = orange.IndexOf(Core.Messages.TrajectoryAccelerationNeeded);
        if (lastLimited >= 0 && firstAcceleration >= 0)
            Assert.True(lastLimited < firstAcceleration, string.Join(", ", orange));
    }

    [Theory]
    [InlineData("tinh.sonla", HttpStatusCode.OK)]
    [InlineData("thanhtra", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("xa.03688", HttpStatusCode.Forbidden)]
    public async Task Province_section_is_for_the_province_officer_inspector_and_administrator_not_a_commune_officer(string user, HttpStatusCode expected)
    {
        var client = await factory.SignedInAsync(user);
        var response = await client.GetAsync("/Dashboard/" + DemoSeeder.ProvinceCode);
        Assert.Equal(expected, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected == HttpStatusCode.OK, html.Contains("id=\"own-h\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signed_out_the_dashboard_sends_to_the_login_page()
    {
        var response = await factory.Client().GetAsync("/Dashboard/" + DemoSeeder.ProvinceCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }
}

/// <summary>A province target whose communes go backwards comes first, in red (own factory: the figures are changed).</summary>
public sealed class ProvinceTargetsDeteriorationTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _factory;

    public ProvinceTargetsDeteriorationTests(WebAppFactory factory) => _factory = factory;

    [Fact]
    public async Task Forest_cover_falling_in_every_commune_turns_the_province_target_red_and_first()
    {
        var client = await _factory.SignedInAsync("tinh.sonla");
        // The demo's figures as the seeder stored them, then the latest two years' forest cover cut to a fifth: the
        // roll-up's series falls, which is deterioration whatever the earlier years did.
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
            var name = DemoResolution.Targets.Single(t => t.Item == "8").Name;
            var changed = db.Database.ExecuteSqlRaw(
                "UPDATE \"Measurements\" SET \"Numerator\" = '100', \"Value\" = CAST(ROUND(100.0 * 100 / CAST(\"Denominator\" AS REAL), 2) AS TEXT) " +
                "WHERE \"Year\" >= 2024 AND \"TargetId\" IN (SELECT \"Id\" FROM \"Targets\" WHERE \"Name\" = {0})", name);
            Assert.True(changed > 0);
        }
        var rows = ProvinceTargetsTests.OwnRows(await client.GetStringAsync("/Dashboard/" + DemoSeeder.ProvinceCode));
        ProvinceTargetsTests.AssertOrdered(rows);
        Assert.Equal("Tỷ lệ che phủ rừng", rows[0].Name);
        Assert.Equal("s-red", rows[0].Signal);
    }
}
