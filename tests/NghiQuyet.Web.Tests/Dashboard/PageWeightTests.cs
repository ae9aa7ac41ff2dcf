using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Web.Demo;

namespace NghiQuyet.Web.Tests.Dashboard;

/// <summary>
/// Issue 6: every page weighs under 200 KB without images — its HTML plus the stylesheets and scripts it loads.
/// Each page is fetched as a role that may see it. A size check, not a timing: the speed goal is bench/web-dashboard.sh's
/// (which also prints the dashboard's weight at 75 units × 40 targets × 6 years).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageWeightTests(WebAppFactory factory)
{
    public const int Limit = 200 * 1024;

    private static readonly Regex Assets = new("<(?:link[^>]+href|script[^>]+src)=\"(?<url>/[^\"]+)\"", RegexOptions.IgnoreCase);

    /// <summary>The page's bytes and its CSS/JS bytes (images are not counted).</summary>
    private static async Task<(HttpStatusCode Status, long Html, long Assets)> WeighAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(html);
        long assets = 0;
        foreach (var asset in Assets.Matches(text).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).Distinct())
        {
            if (Regex.IsMatch(asset, @"\.(png|jpe?g|gif|svg|ico|webp)(\?|$)", RegexOptions.IgnoreCase))
                continue;
            var a = await client.GetAsync(asset);
            Assert.True(a.StatusCode == HttpStatusCode.OK, $"{url} loads {asset}, which answers {(int)a.StatusCode}");
            assets += (await a.Content.ReadAsByteArrayAsync()).LongLength;
        }
        return (response.StatusCode, html.LongLength, assets);
    }

    public static TheoryData<string, string> Pages()
    {
        var commune = DemoSeeder.SeededCommuneCodes[0];
        return new TheoryData<string, string>
        {
            { "", "/Account/Login" },
            { "", "/Account/AccessDenied" },
            { "", "/Status/400" },
            { "", "/Status/403" },
            { "", "/Status/404" },
            { "", "/Status/500" },
            { "tinh.sonla", "/Dashboard/" + DemoSeeder.ProvinceCode },
            { "thanhtra", "/Dashboard/" + DemoSeeder.ProvinceCode },
            { "tinh.sonla", "/Units/" + DemoSeeder.ProvinceCode },
            { DemoSeeder.CommuneUserName(commune), "/Units/" + commune },
            { DemoSeeder.CommuneUserName(commune), $"/Units/{commune}/Figures/{DemoSeeder.LastYear}" },
            { "tinh.sonla", $"/Units/{commune}/Figures/{DemoSeeder.LastYear}" },
            { "thanhtra", "/Targets/{target}" },
        };
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_with_its_css_and_js_is_under_200_KB(string user, string url)
    {
        var client = user == "" ? factory.Client() : await factory.SignedInAsync(user);
        url = url.Replace("{target}", TestData.FirstTargetOf(factory, DemoSeeder.SeededCommuneCodes[0]).ToString(), StringComparison.Ordinal);
        var (status, html, assets) = await WeighAsync(client, url);
        // The refusal page answers 403 (the status pages answer 200 when asked for directly).
        Assert.Equal(url == "/Account/AccessDenied" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, status);
        Assert.True(html > 500, $"{url}: only {html} bytes — not a page");
        Assert.True(html + assets < Limit, $"{url} as {user}: {html} B HTML + {assets} B CSS/JS ≥ {Limit} B");
    }

    /// <summary>Pages added later (other features' routes) are weighed too: every Razor page route whose parameters can
    /// be filled from the demo, as the administrator.</summary>
    [Fact]
    public async Task Every_routed_page_fetched_as_the_administrator_is_under_200_KB()
    {
        var client = await factory.SignedInAsync("admin");
        var commune = DemoSeeder.SeededCommuneCodes[0];
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["code"] = DemoSeeder.ProvinceCode,
            ["province"] = DemoSeeder.ProvinceCode,
            ["commune"] = commune,
            ["year"] = DemoSeeder.LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["id"] = TestData.FirstTargetOf(factory, commune).ToString(),
        };
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern).Where(p => p.RawText is not null)
            .Select(p => (p.RawText, Url: "/" + string.Join('/', p.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart a => values.GetValueOrDefault(a.Name) ?? "\0",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => s.Content,
                _ => "\0",
            }))))))
            .Where(r => !r.Url.Contains('\0', StringComparison.Ordinal) && !r.Url.Contains("Logout", StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Url).Distinct().ToList();
        Assert.Contains("/Dashboard/" + DemoSeeder.ProvinceCode, routes);
        foreach (var url in routes)
        {
            var (status, html, assets) = await WeighAsync(client, url);
            Assert.NotEqual(HttpStatusCode.InternalServerError, status);
            Assert.True(html + assets < Limit, $"{url}: {html} B HTML + {assets} B CSS/JS ≥ {Limit} B");
        }
    }
}
