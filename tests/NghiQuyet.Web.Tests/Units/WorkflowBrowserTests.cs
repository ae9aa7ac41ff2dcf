using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Tests.Units;

/// <summary>
/// The whole yearly cycle in a real browser (Debian's chromium): the commune enters and submits a year, the province
/// approves it, and the province's dashboard changes. Screenshots of every page go to bin/…/screenshots (not committed).
/// </summary>
public sealed class WorkflowBrowserTests
{
    private const int Year = 2026;

    [ChromiumFact]
    public async Task Commune_submits_a_year_province_approves_it_and_the_dashboard_changes()
    {
        using var factory = new WebAppFactory();
        var address = ChromiumFactAttribute.Serve(factory);
        var code = TestData.OwnCommune;
        var targets = Workflow.TargetsOf(factory, code);
        Assert.Empty(Workflow.Stored(factory, code, Year));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });
        var folder = ChromiumFactAttribute.ScreenshotFolder();
        Task Shot(string name) => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "workflow-" + name + ".png"), FullPage = true });

        async Task SignInAsync(string user)
        {
            await page.GotoAsync(address + "/Account/Login");
            await page.GetByLabel("Tên đăng nhập").FillAsync(user);
            await page.GetByLabel("Mật khẩu").FillAsync(Demo.DemoSeeder.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        }

        // The commune officer fills every target of a year that has no figures yet with the target's own level and submits.
        await SignInAsync(Workflow.OwnUser);
        await Shot("1-commune-home");
        await page.GotoAsync($"{address}/Units/{code}/Figures/{Year}");
        for (var i = 0; i < targets.Count; i++)
            await page.GetByLabel(targets[i].EffectiveName, new() { Exact = true }).FillAsync(VietnameseNumber.Format(targets[i].EffectiveValue!.Value));
        await Shot("2-figures-entered");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi lên tỉnh" }).ClickAsync();
        await page.GetByText($"Đã gửi số liệu năm {Year} lên tỉnh.").WaitForAsync();
        await Shot("3-figures-submitted");
        Assert.Equal(targets.Count, Workflow.Stored(factory, code, Year).Count(m => m.Status == Core.Domain.MeasurementStatus.Submitted));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();

        // The province officer sees the dashboard (submitted figures do not count yet), approves, sees it change.
        await SignInAsync(Workflow.Province);
        await page.GotoAsync($"{address}/Dashboard/{TestData.Province}");
        var row = page.Locator("table.matrix tbody tr").Filter(new() { Has = page.Locator($"a[href='/Units/{code}']") });
        var before = await row.InnerTextAsync();
        await Shot("4-dashboard-before");
        await page.GotoAsync($"{address}/Units/{code}/Figures/{Year}");
        await Shot("5-figures-to-approve");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Duyệt {targets.Count} số liệu đã gửi" }).ClickAsync();
        await page.GetByText($"Đã duyệt số liệu năm {Year}.").WaitForAsync();
        await Shot("6-figures-approved");
        await page.GotoAsync($"{address}/Dashboard/{TestData.Province}");
        var after = await row.InnerTextAsync();
        await Shot("7-dashboard-after");

        // The target page: the year just approved on the chart, the audit history of the approval.
        await page.GotoAsync($"{address}/Targets/{targets[0].Id}");
        Assert.Equal(1, await page.Locator("svg.chart").CountAsync());
        Assert.True(await page.Locator("table.grid").First.GetByText(Year.ToString()).CountAsync() > 0);
        await Shot("8-target");

        Assert.NotEqual(before, after);
        var (redBefore, orangeBefore, greenBefore) = Counts(before);
        var (redAfter, orangeAfter, greenAfter) = Counts(after);
        Assert.True(greenAfter > greenBefore, $"green {greenBefore} → {greenAfter}");
        Assert.True(redAfter + orangeAfter < redBefore + orangeBefore, $"red+orange {redBefore + orangeBefore} → {redAfter + orangeAfter}");
    }

    /// <summary>The row's "đỏ / cam / xanh" counts ("3 / 2 / 7").</summary>
    private static (int Red, int Orange, int Green) Counts(string rowText)
    {
        var match = Regex.Match(rowText, @"(\d+)\s*/\s*(\d+)\s*/\s*(\d+)");
        Assert.True(match.Success, "no red/orange/green counts in: " + rowText);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value));
    }
}
