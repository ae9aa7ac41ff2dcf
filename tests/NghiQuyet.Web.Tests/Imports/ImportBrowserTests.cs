using Microsoft.Playwright;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>A commune officer in a real browser: sign in, upload a report, review it, publish. Screenshots are artifacts.</summary>
public sealed class ImportBrowserTests
{
    [ChromiumFact]
    public async Task Commune_officer_imports_a_report_reviews_it_and_publishes_it()
    {
        using var factory = new ImportAppFactory();
        var address = ChromiumFactAttribute.Serve(factory);
        var folder = ChromiumFactAttribute.ScreenshotFolder();
        var report = Path.Combine(Directory.CreateTempSubdirectory("nq-upload-").FullName, "bao-cao-chinh-tri.txt");
        await File.WriteAllBytesAsync(report, ReportFixtures.Text(TestData.OwnCommune, " browser"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN", ViewportSize = new() { Width = 1366, Height = 900 } });
        var external = ChromiumFactAttribute.RequestsElsewhere(page, address);
        async Task Shot(string name) => await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });

        await page.GotoAsync(address + "/");
        await page.GetByLabel("Tên đăng nhập").FillAsync(TestData.OwnCommuneUser);
        await page.GetByLabel("Mật khẩu").FillAsync(Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/Units/{TestData.OwnCommune}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập báo cáo" }).ClickAsync();
        await page.WaitForURLAsync("**/Imports");
        await page.GetByLabel("Tệp báo cáo").SetInputFilesAsync(report);
        await Shot("import-1-upload.png");
        // A scan takes minutes to read: once the form is sent, the page says the server is working and the button
        // cannot send it twice. The test holds this first sending back (a listener of its own cancels it) to look at
        // that state, then sends the form itself.
        await page.EvaluateAsync("() => document.getElementById('upload-form').addEventListener('submit', e => e.preventDefault())");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và trích xuất" }).ClickAsync();
        var working = page.Locator("#upload-status");
        await working.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.StartsWith("Đang đọc và trích xuất báo cáo", await working.InnerTextAsync());
        Assert.True(await page.Locator("#upload-form button[type=submit]").IsDisabledAsync());
        await Shot("import-1b-working.png");
        await page.EvaluateAsync("() => document.getElementById('upload-form').submit()");
        await page.WaitForURLAsync("**/Imports/*");

        Assert.StartsWith("Soát dự thảo nghị quyết", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal(ReportFixtures.TargetCount, await page.Locator("table.grid tbody tr").CountAsync());
        Assert.Equal(ReportFixtures.TargetCount, await page.Locator("ol.lines li.hit").CountAsync());
        // Following a target's line link highlights that source line (:target).
        await page.GetByRole(AriaRole.Link, new() { Name = $"dòng {ReportFixtures.FirstTargetLine}", Exact = true }).ClickAsync();
        var highlighted = await page.Locator($"#L{ReportFixtures.FirstTargetLine}").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(255, 224, 138)", highlighted);
        await Shot("import-2-review.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành nghị quyết" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.StartsWith("Nghị quyết đã ban hành", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành nghị quyết" }).CountAsync());
        await Shot("import-3-published.png");
        Assert.Empty(external);
    }
}
