using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace NghiQuyet.Web.Tests;

/// <summary>Runs where Debian's chromium is installed (scripts/setup.sh installs it); never downloads a browser.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
            Skip = $"{Chromium} is absent: install Debian's chromium (scripts/setup.sh) to run the browser tests";
    }
}

public sealed class BrowserSmokeTests
{
    [ChromiumFact]
    public async Task Province_officer_signs_in_and_sees_the_dashboard()
    {
        using var factory = new WebAppFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(address, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                external.Add(request.Url);
        };

        await page.GotoAsync(address + "/");
        await page.GetByLabel("Tên đăng nhập").FillAsync("tinh.sonla");
        await page.GetByLabel("Mật khẩu").FillAsync(Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard/14");

        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        Assert.Equal("Tổng quan Tỉnh Sơn La", heading);
        Assert.Equal(75, await page.Locator("table.matrix tbody tr").CountAsync());
        Assert.Empty(external);

        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });
    }
}
