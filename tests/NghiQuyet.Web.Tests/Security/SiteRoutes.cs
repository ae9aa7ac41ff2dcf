using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>One page of the site: its route pattern, a real address for it, and its page model (null: a view only).</summary>
public sealed record SitePage(string Pattern, string Url, Type? Model)
{
    /// <summary>The handler names the model declares for a verb ("" = the unnamed OnPost), case-insensitive as Razor Pages matches them.</summary>
    public IReadOnlySet<string> Handlers(string verb) => Model is null
        ? new HashSet<string>()
        : Model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name)
            .Where(n => n.StartsWith("On" + verb, StringComparison.Ordinal))
            .Select(n => n["On".Length..][verb.Length..])
            .Select(n => n.EndsWith("Async", StringComparison.Ordinal) ? n[..^"Async".Length] : n)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// Every page of the real site with real ids from its demo data. <see cref="AssertCoversEveryPage"/> compares the list
/// with the site's own route table, so a page added later without being listed here fails the security tests.
/// </summary>
internal static class SiteRoutes
{
    public static List<SitePage> Pages(WebAppFactory factory)
    {
        var own = TestData.OwnCommune;
        var target = ExploreData.Targets(factory, own)[0];
        return
        [
            new("", "/", typeof(Pages.IndexModel)),
            new("Account/Login", "/Account/Login", typeof(Pages.Account.LoginModel)),
            new("Account/AccessDenied", "/Account/AccessDenied", null),
            new("Account/Password", "/Account/Password", typeof(Pages.Account.PasswordModel)),
            new("Compare/{province}", "/Compare/" + TestData.Province, typeof(Pages.Compare.IndexModel)),
            new("Imports", "/Imports", typeof(Pages.Imports.IndexModel)),
            new("Imports/Jobs/{id:guid}", "/Imports/Jobs/" + Guid.NewGuid(), typeof(Pages.Imports.JobModel)),
            new("Imports/{id:guid}", "/Imports/" + target.ResolutionId, typeof(Pages.Imports.ReviewModel)),
            new("Search", "/Search?q=ho+ngheo", typeof(Pages.Search.IndexModel)),
            new("Dashboard/{code}", "/Dashboard/" + TestData.Province, typeof(Pages.Dashboard.IndexModel)),
            new("Units/{code}", "/Units/" + own, typeof(Pages.Units.IndexModel)),
            new("Units/{code}/Figures/{year:int}", $"/Units/{own}/Figures/2025", typeof(Pages.Units.FiguresModel)),
            new("Units/{code}/Export", $"/Units/{own}/Export?format=csv", typeof(Pages.Units.ExportModel)),
            new("Targets/{id:guid}", "/Targets/" + target.Id, typeof(Pages.Targets.IndexModel)),
            new("Status/{code:int}", "/Status/404", typeof(Pages.StatusModel)),
            // Last: before the fix an unknown handler here fell back to OnPost and signed the tester out.
            new("Account/Logout", "/Account/Logout", typeof(Pages.Account.LogoutModel)),
        ];
    }

    /// <summary>The route patterns of every Razor page the site maps (Index pages also answer at their folder).</summary>
    public static void AssertCoversEveryPage(WebAppFactory factory, IEnumerable<SitePage> listed)
    {
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Select(p => p.TrimStart('/'))
            .Where(p => !p.EndsWith("/Index", StringComparison.Ordinal) && p != "Index")
            .ToHashSet();
        Assert.Equal(mapped.Order(), listed.Select(p => p.Pattern).Order());
    }
}
