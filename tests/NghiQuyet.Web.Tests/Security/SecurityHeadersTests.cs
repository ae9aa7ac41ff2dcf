using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>
/// Issue 12, defect 10, against the real site on a real port: every response (pages, files, errors, downloads, health)
/// carries a strict CSP and the other headers; no page serves inline script; no <c>Server</c> header; cookies are
/// HttpOnly and SameSite=Strict, and Secure (with HSTS) when a configured TLS proxy says the request came over HTTPS —
/// while the same header from any other peer is ignored.
/// </summary>
public sealed class SecurityHeadersTests(ITestOutputHelper output)
{
    /// <summary>What every response must say, header by header.</summary>
    private static readonly (string Header, Func<string?, bool> Holds, string Rule)[] Rules =
    [
        ("Content-Security-Policy", StrictCsp, "script-src 'self' only, no inline, object-src 'none', frame-ancestors 'none'"),
        ("X-Content-Type-Options", v => v == "nosniff", "nosniff"),
        ("Referrer-Policy", v => v is "no-referrer" or "same-origin" or "strict-origin-when-cross-origin", "no referrer to other sites"),
        ("X-Frame-Options", v => v == "DENY", "DENY"),
        ("Server", v => v is null, "absent"),
    ];

    internal static bool StrictCsp(string? csp)
    {
        if (csp is null)
            return false;
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
        string? Of(string name) => directives.GetValueOrDefault(name) ?? directives.GetValueOrDefault("default-src");
        return Of("script-src") == "'self'"
            && Of("style-src") == "'self'"
            && Of("object-src") == "'none'"
            && directives.GetValueOrDefault("frame-ancestors") == "'none'"
            && directives.GetValueOrDefault("base-uri") is "'none'" or "'self'"
            && directives.GetValueOrDefault("form-action") == "'self'"
            && directives.GetValueOrDefault("default-src") is "'none'" or "'self'";
    }

    /// <summary>Every page as an administrator, then what else a browser meets: files, errors, a download, health.</summary>
    private static async Task<List<(string What, HttpResponseMessage Response)>> VisitAllAsync(WebAppFactory factory, KestrelSite site)
    {
        var visited = new List<(string, HttpResponseMessage)>
        {
            ("GET /Account/Login (anonymous)", await site.GetAsync("/Account/Login")),
            ("GET /css/site.css", await site.GetAsync("/css/site.css")),
            ("GET /js/upload.js", await site.GetAsync("/js/upload.js")),
            ("GET /health/ready", await site.GetAsync("/health/ready")),
            ("GET /health/live", await site.GetAsync("/health/live")),
            ("GET / (anonymous: redirect)", await site.GetAsync("/")),
        };
        await site.SignInAsync("admin");
        foreach (var page in SiteRoutes.Pages(factory))
            visited.Add(("GET " + page.Url, await site.GetAsync(page.Url)));
        visited.Add(("GET /no-such-page (404)", await site.GetAsync("/no-such-page")));
        visited.Add(("GET /Status/500", await site.GetAsync("/Status/500")));
        visited.Add(("POST /Imports without a token (400)", await site.SendAsync(HttpMethod.Post, "/Imports", new FormUrlEncodedContent([]))));
        visited.Add(("GET xlsx download", await site.GetAsync($"/Units/{TestData.OwnCommune}/Export?format=xlsx")));
        return visited;
    }

    [Fact]
    public async Task Every_response_carries_the_headers_and_no_page_serves_inline_script()
    {
        using var factory = new ProxiedWebAppFactory(null);
        using var site = new KestrelSite(factory);
        var visited = await VisitAllAsync(factory, site);
        var failures = new List<string>();
        foreach (var (what, response) in visited)
        {
            foreach (var (header, holds, rule) in Rules)
            {
                var value = response.Headers.TryGetValues(header, out var values) ? string.Join(", ", values) : null;
                if (!holds(value))
                    failures.Add($"{what} ({(int)response.StatusCode}): {header} = {value ?? "(none)"}, wanted {rule}");
            }
            // Over plain HTTP a Strict-Transport-Security header means nothing and must not be sent (RFC 6797 §7.2).
            if (response.Headers.Contains("Strict-Transport-Security"))
                failures.Add($"{what}: HSTS over plain HTTP");
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync();
                foreach (Match m in Regex.Matches(html, @"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+\s*=|javascript:|\sstyle\s*=|<style", RegexOptions.IgnoreCase))
                    failures.Add($"{what}: inline script or style «{m.Value}»");
            }
        }
        output.WriteLine($"{visited.Count} responses × {Rules.Length + 1} header rules = {visited.Count * (Rules.Length + 1)} checks, {failures.Count} failed");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains(visited, v => v.Response.StatusCode == HttpStatusCode.NotFound);
        Assert.Contains(visited, v => v.Response.StatusCode == HttpStatusCode.BadRequest);
        foreach (var (_, response) in visited)
            response.Dispose();
    }

    [Fact]
    public async Task Behind_a_configured_TLS_proxy_cookies_are_Secure_HttpOnly_SameSite_Strict_and_HSTS_is_sent()
    {
        using var factory = new ProxiedWebAppFactory("127.0.0.1");
        using var site = new KestrelSite(factory);
        site.Forwarded["X-Forwarded-Proto"] = "https";
        site.Forwarded["X-Forwarded-For"] = "203.0.113.7";
        using var signIn = await site.SignInAsync("admin");
        foreach (var name in new[] { "nq.auth", "nq.af" })
        {
            var cookie = site.SetCookies[name].ToLowerInvariant();
            Assert.Contains("; secure", cookie);
            Assert.Contains("; httponly", cookie);
            Assert.Contains("; samesite=strict", cookie);
            Assert.Contains("; path=/", cookie);
        }
        using var dashboard = await site.GetAsync("/Dashboard/" + TestData.Province);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(dashboard.Headers.GetValues("Strict-Transport-Security")));
        using var file = await site.GetAsync("/css/site.css");
        Assert.True(file.Headers.Contains("Strict-Transport-Security"));
        Assert.True(StrictCsp(string.Join(", ", dashboard.Headers.GetValues("Content-Security-Policy"))));
    }

    [Theory]
    [InlineData(null)]           // no proxy configured: nobody's X-Forwarded-* is believed
    [InlineData("10.20.30.40")]  // a proxy configured, but the request comes from another peer
    public async Task Forwarded_headers_from_a_peer_not_configured_are_ignored(string? proxies)
    {
        using var factory = new ProxiedWebAppFactory(proxies);
        using var site = new KestrelSite(factory);
        site.Forwarded["X-Forwarded-Proto"] = "https";
        using var signIn = await site.SignInAsync("admin");
        var cookie = site.SetCookies["nq.auth"].ToLowerInvariant();
        Assert.DoesNotContain("; secure", cookie);
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=strict", cookie);
        using var dashboard = await site.GetAsync("/Dashboard/" + TestData.Province);
        Assert.False(dashboard.Headers.Contains("Strict-Transport-Security"));
    }

    [ChromiumFact]
    public async Task A_browser_loads_every_page_under_the_policy_without_a_violation()
    {
        using var factory = new ProxiedWebAppFactory(null);
        var address = ChromiumFactAttribute.Serve(factory);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumFactAttribute.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "vi-VN" });
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
                violations.Add(page.Url + ": " + message.Text);
        };
        var scripts = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/js/", StringComparison.Ordinal))
                scripts.Add($"{response.Status} {response.Url}");
        };
        await page.GotoAsync(address + "/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync("admin");
        await page.GetByLabel("Mật khẩu").FillAsync(Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        var pages = SiteRoutes.Pages(factory).Where(p => p.Model != typeof(Pages.Account.LogoutModel) && !p.Url.Contains("Export", StringComparison.Ordinal)).ToList();
        foreach (var p in pages)
            await page.GotoAsync(address + p.Url);
        // The one script the site serves runs under the policy: it disables the upload button on submit.
        await page.GotoAsync(address + "/Imports");
        var disabled = await page.EvaluateAsync<bool>("() => { const f = document.getElementById('upload-form'); f.addEventListener('submit', e => e.preventDefault()); f.dispatchEvent(new Event('submit', { cancelable: true })); return document.querySelector('#upload-form button[type=submit]').disabled; }");
        output.WriteLine($"{pages.Count + 1} pages in Chromium, {violations.Count} CSP violations; scripts: {string.Join(", ", scripts)}");
        Assert.Empty(violations);
        Assert.Contains(scripts, s => s.StartsWith("200 ", StringComparison.Ordinal) && s.Contains("/js/upload.js", StringComparison.Ordinal));
        Assert.True(disabled, "upload.js did not run under the policy");
    }
}
