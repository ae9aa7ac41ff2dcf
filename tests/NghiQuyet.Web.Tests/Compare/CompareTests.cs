using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Units;
using NghiQuyet.Web.Shared;
using Bars = global::NghiQuyet.Web.Compare.BarChart;

namespace NghiQuyet.Web.Tests.Compare;

/// <summary>Expectations for /Compare computed from the stored data, shared by both databases below.</summary>
internal static class CompareExpectations
{
    public const string PovertyName = "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều";

    public static string PovertyKey(WebAppFactory factory) =>
        factory.Services.GetRequiredService<IndicatorMatcher>().Match(PovertyName, "%", TargetOp.AtMost).Key!;

    public static string Row(string html, string code)
    {
        var m = Regex.Match(html, $"<tr data-code=\"{code}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(m.Success, "no row for " + code);
        return m.Groups[1].Value;
    }

    /// <summary>Each seeded commune's row shows its target, its latest approved figure and year; the chart has its bar and marker.</summary>
    public static void CommunesAreShown(WebAppFactory factory, string html)
    {
        foreach (var code in Demo.DemoSeeder.SeededCommuneCodes)
        {
            var target = ExploreData.Targets(factory, code).Single(t => t.EffectiveName == PovertyName);
            var official = ExploreData.Official(factory, target.Id);
            var latest = official.Keys.Max();
            var row = Row(html, code);
            Assert.Contains(Format.Target(target), row);
            Assert.Contains($"{Format.WithUnit(official[latest], "%")} ({latest})", row);
            var value = Bars.Data(official[latest]);
            Assert.Contains($"class=\"bar\" data-value=\"{value}\"", html);
        }
        // One marker per commune at its own target level (≤ 10%).
        Assert.Equal(Demo.DemoSeeder.SeededCommuneCodes.Count, Regex.Count(html, "class=\"marker\" data-value=\"10\""));
        Assert.Contains("<title id=\"bars-title\">", html);
        Assert.Contains("<desc id=\"bars-desc\">", html);
    }
}

/// <summary>/Compare on the shared demo database (with whatever the demo seeds for the province itself).</summary>
[Collection(WebCollection.Name)]
public sealed class CompareTests(WebAppFactory factory)
{
    private static string Url(string? query = null) => $"/Compare/{TestData.Province}" + (query is null ? "" : "?" + query);

    [Fact]
    public async Task One_indicator_across_the_communes_with_figures_markers_and_the_provinces_target_if_any()
    {
        var key = CompareExpectations.PovertyKey(factory);
        var client = await factory.SignedInAsync("tinh.sonla");
        var response = await client.GetAsync(Url("indicator=" + key));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<option value=\"{key}\" selected=\"selected\"", html);
        CompareExpectations.CommunesAreShown(factory, html);

        // The province's own target: from its current resolution when there is one and it names the indicator.
        var matcher = factory.Services.GetRequiredService<IndicatorMatcher>();
        var provinceTarget = ExploreData.With(factory, db => new EvaluationQueries(db).CurrentResolutions([TestData.Province]).FirstOrDefault()) is { } res
            ? ExploreData.Targets(factory, TestData.Province).FirstOrDefault(t => matcher.Match(t.EffectiveName, t.EffectiveUnit, t.EffectiveOp) is { Key: var k, Confidence: >= 0.55m } && k == key)
            : null;
        if (provinceTarget is null)
        {
            Assert.DoesNotContain("class=\"ptarget\"", html);
            Assert.Contains("<span id=\"province-target\" class=\"muted\">", html);
        }
        else
        {
            Assert.Contains($"<strong id=\"province-target\">{Format.Target(provinceTarget)}</strong>", html);
        }
    }

    [Fact]
    public async Task Without_an_indicator_the_first_choice_is_shown_and_every_choice_names_a_catalog_indicator()
    {
        var client = await factory.SignedInAsync("thanhtra");
        var html = await client.GetStringAsync(Url());
        var options = Regex.Matches(html, "<option value=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.NotNull(IndicatorCatalog.Default.Find(o)));
        Assert.Contains(CompareExpectations.PovertyKey(factory), options);
        Assert.Matches($"<option value=\"{Regex.Escape(options[0])}\" selected=\"selected\"", html);
        Assert.Contains("id=\"compare-table\"", html);
    }

    [Fact]
    public async Task A_given_year_shows_that_years_figure()
    {
        var key = CompareExpectations.PovertyKey(factory);
        var client = await factory.SignedInAsync("admin");
        var html = await client.GetStringAsync(Url($"indicator={key}&year=2022"));
        var code = TestData.OtherCommune;
        var target = ExploreData.Targets(factory, code).Single(t => t.EffectiveName == CompareExpectations.PovertyName);
        Assert.Contains($"{Format.WithUnit(ExploreData.Official(factory, target.Id)[2022], "%")} (2022)", CompareExpectations.Row(html, code));
    }

    [Theory]
    [InlineData("indicator=khong_co_chi_tieu_nay", "khong_co_chi_tieu_nay")]
    [InlineData("year=abc", "abc")]
    [InlineData("year=1890", "1890")]
    public async Task Bad_input_is_a_400_with_a_message(string query, string echoed)
    {
        var client = await factory.SignedInAsync("admin");
        var response = await client.GetAsync(Url(query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error\" role=\"alert\"", html);
        Assert.Contains(echoed, html);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("thanhtra", HttpStatusCode.OK)]
    [InlineData("tinh.sonla", HttpStatusCode.OK)]
    [InlineData("xa.own", HttpStatusCode.Forbidden)]
    public async Task Access_is_view_on_the_province(string user, HttpStatusCode expected)
    {
        var client = await factory.SignedInAsync(user == "xa.own" ? TestData.OwnCommuneUser : user);
        Assert.Equal(expected, (await client.GetAsync(Url())).StatusCode);
    }

    [Fact]
    public async Task The_header_links_the_comparison_for_province_level_accounts_only()
    {
        var link = $"<a href=\"/Compare/{TestData.Province}\">";
        Assert.Contains(link, await (await factory.SignedInAsync("tinh.sonla")).GetStringAsync("/Search"));
        Assert.DoesNotContain("/Compare/", await (await factory.SignedInAsync(TestData.OwnCommuneUser)).GetStringAsync("/Search"));
    }

    [Fact]
    public async Task Unknown_or_non_province_codes_are_404_and_anonymous_users_sign_in()
    {
        var client = await factory.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Compare/99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Compare/" + TestData.OwnCommune)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Client().GetAsync(Url())).StatusCode);
    }
}

/// <summary>A database of its own where the province has its own published resolution with a poverty target.</summary>
public sealed class ProvinceResolutionFactory : WebAppFactory
{
    public const decimal ProvinceLevel = 8.5m;
    private bool _seeded;

    public void EnsureProvinceResolution()
    {
        if (_seeded)
            return;
        _seeded = true;
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        var extraction = new ExtractionResult(
            new DocumentHeader("Đảng bộ tỉnh Sơn La", OrganizationLevel.Province, "Sơn La", 16, new Term(2025, 2030), Diacritics.Full),
            [
                new ExtractedTarget("1", TargetGroup.Society, CompareExpectations.PovertyName, TargetOp.AtMost, ProvinceLevel, null, "%", 2030, 3),
                new ExtractedTarget("2", TargetGroup.Economy, "Tốc độ tăng trưởng kinh tế bình quân", TargetOp.GrowthRate, 8m, null, "%/năm", 2030, 4),
            ], []);
        var text = "ĐẢNG BỘ TỈNH SƠN LA\nNghị quyết thử của tỉnh cho kiểm thử\n(1) Tỷ lệ hộ nghèo dưới 8,5%.\n(2) Tăng trưởng 8%/năm.";
        var import = new ImportService(db, UnitsData.Registry, scope.ServiceProvider.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var outcome = import.Import(new ImportRequest("nghi-quyet-tinh-14.txt", "txt", Encoding.UTF8.GetBytes(text), extraction), TestData.Province);
        Assert.True(outcome.Success, outcome.Error);
        var resolution = db.Resolutions.First(r => r.Id == outcome.Value.ResolutionId);
        Assert.True(resolution.Publish(new Actor("admin", ActorRole.Administrator), DateTimeOffset.UtcNow.AddMinutes(1)).Success);
        db.SaveChanges();
    }
}

public sealed class CompareWithProvinceTargetTests(ProvinceResolutionFactory factory) : IClassFixture<ProvinceResolutionFactory>
{
    [Fact]
    public async Task The_provinces_own_target_is_a_column_and_a_line_across_the_chart()
    {
        _ = factory.Services;
        factory.EnsureProvinceResolution();
        var key = CompareExpectations.PovertyKey(factory);
        var client = await factory.SignedInAsync("tinh.sonla");
        var html = await client.GetStringAsync($"/Compare/{TestData.Province}?indicator={key}");
        var expected = Format.Target(ExploreData.Targets(factory, TestData.Province).First(t => t.EffectiveName == CompareExpectations.PovertyName));
        Assert.Contains($"<strong id=\"province-target\">{expected}</strong>", html);
        Assert.Contains($"class=\"ptarget\" data-value=\"{Bars.Data(ProvinceResolutionFactory.ProvinceLevel)}\"", html);
        foreach (var code in Demo.DemoSeeder.SeededCommuneCodes)
            Assert.Contains($"<td class=\"num\">{expected}</td>", CompareExpectations.Row(html, code));
        CompareExpectations.CommunesAreShown(factory, html);
    }
}
