using System.Net;
using System.Text.RegularExpressions;

namespace NghiQuyet.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class PagesTests(WebAppFactory factory)
{
    [Fact]
    public async Task Dashboard_lists_all_75_units_with_at_risk_targets_first()
    {
        var client = await factory.SignedInAsync("tinh.sonla");
        var html = await client.GetStringAsync("/Dashboard/" + TestData.Province);
        Assert.Contains("Tổng quan Tỉnh Sơn La", html);
        var unitRows = Regex.Count(html, "<th scope=\"row\"><a href=\"/Units/");
        Assert.Equal(75, unitRows);
        // The at-risk table is sorted red before orange.
        var risk = html[html.IndexOf("id=\"risk-h\"", StringComparison.Ordinal)..html.IndexOf("id=\"units-h\"", StringComparison.Ordinal)];
        var signals = Regex.Matches(risk, "chip (s-red|s-orange)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(signals);
        Assert.Equal(signals.OrderBy(s => s == "s-red" ? 0 : 1).ToList(), signals);
        Assert.True(html.Length < 200_000, $"dashboard is {html.Length} bytes");
    }

    [Fact]
    public async Task Unit_page_shows_resolution_header_groups_figures_and_badges()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var html = await client.GetStringAsync("/Units/" + TestData.OwnCommune);
        Assert.Contains("nhiệm kỳ 2025–2030", html);
        Assert.Contains("Kinh tế", html);
        Assert.Contains("Thu nhập bình quân đầu người", html);
        Assert.Contains("<progress", html);
        Assert.Contains("<svg", html);
        Assert.Matches("chip s-(red|orange|green)", html);
        // Vietnamese number format: 9.500 tấn.
        Assert.Contains("≥ 9.500 tấn", html);
    }

    [Fact]
    public async Task Unit_page_lists_the_previous_term_results_as_printed()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var html = await client.GetStringAsync("/Units/" + TestData.OwnCommune);
        var start = html.IndexOf("id=\"prev-h\"", StringComparison.Ordinal);
        Assert.True(start > 0, "no previous-term section");
        Assert.Contains("Kết quả thực hiện nhiệm kỳ trước", html);
        var section = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var rows = Regex.Matches(section, "<tr>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>\\s*<td class=\"num\">(.*?)</td>\\s*<td class=\"num\">(.*?)</td>\\s*<td>(.*?)</td>", RegexOptions.Singleline)
            .Select(m => string.Join(" | ", m.Groups.Values.Skip(1).Select(g => g.Value))).ToList();
        var expected = Demo.DemoResolution.PreviousResults
            .Select(r => $"{r.Name} | {r.Unit} | {Web.Shared.Format.Number(r.Target)} | {Web.Shared.Format.Number(r.Actual)} | {Web.Shared.Format.Verdict(r.Verdict)}").ToList();
        Assert.Equal(expected, rows);
        Assert.Contains("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều | % | 25 | 31,5 | Không đạt", rows);
    }

    [Fact]
    public async Task Target_page_renders_chart_figures_and_audit_history()
    {
        var client = await factory.SignedInAsync("thanhtra");
        var id = TestData.FirstTargetOf(factory, TestData.OtherCommune);
        var html = await client.GetStringAsync("/Targets/" + id);
        Assert.Contains("class=\"chart\"", html);
        Assert.Contains("class=\"target\"", html);
        Assert.Contains("Lịch sử thay đổi", html);
        Assert.Contains("Tạo mới", html);
        // SVG coordinates stay invariant even though the page is vi-VN.
        Assert.DoesNotMatch("points=\"[^\"]*\\d,\\d+,\\d", html);
        foreach (var year in Enumerable.Range(2020, 6))
            Assert.Contains($"<td>{year}</td>", html);
    }

    [Fact]
    public async Task Unknown_unit_is_404_with_a_Vietnamese_page()
    {
        var client = await factory.SignedInAsync("admin");
        var response = await client.GetAsync("/Units/99999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stylesheet_is_served_by_the_app_itself()
    {
        var response = await factory.Client().GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
