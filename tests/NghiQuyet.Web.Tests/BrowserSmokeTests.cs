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

    /// <summary>Debian's chromium, headless, quiet: no update checks or background requests of its own.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });

    /// <summary>Starts the app on a real port (the browser needs one) and answers its address.</summary>
    public static string Serve(WebAppFactory factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        return factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>Every request the page makes outside the app (the pages must load nothing from elsewhere).</summary>
    public static List<string> RequestsElsewhere(IPage page, string address)
    {
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(address, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                external.Add(request.Url);
        };
        return external;
    }

    /// <summary>Where the tests leave their screenshots: artifacts beside the test binaries, never committed.</summary>
    public static string ScreenshotFolder() => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
}

public sealed class BrowserSmokeTests
{
    [ChromiumFact]
    public async Task Province_officer_signs_in_and_sees_the_dashboard()
    {
        using var factory = new WebAppFactory();
        var address = ChromiumFactAttribute.Serve(factory);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });
        var external = ChromiumFactAttribute.RequestsElsewhere(page, address);

        await page.GotoAsync(address + "/");
        await page.GetByLabel("Tên đăng nhập").FillAsync("tinh.sonla");
        await page.GetByLabel("Mật khẩu").FillAsync(Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard/14");

        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
        Assert.Equal("Tổng quan Tỉnh Sơn La", heading);
        Assert.Equal(75, await page.Locator("table.matrix tbody tr").CountAsync());
        Assert.Empty(external);

        var folder = ChromiumFactAttribute.ScreenshotFolder();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "dashboard.png"), FullPage = true });
    }
}
