using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Xunit.Abstractions;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>
/// Issue 12, defect 9: a request naming a handler a page does not have (or a POST to a page with no unnamed OnPost)
/// used to run the page without its handler, which then failed on what the handler should have loaded: 500. Now it is
/// a 404 on every page, by one convention rather than per-page code. Tried on every page of the site, as an
/// administrator with a valid anti-forgery token, so nothing but the handler can be what refuses.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class UnknownHandlerTests(WebAppFactory factory, ITestOutputHelper output)
{
    /// <summary>Every handler name the site has, an invented one, and an injection-shaped one.</summary>
    private static readonly string?[] Names = [null, "Nonexistent", "Save'--", "Edit", "Revise", "Decide", "Save", "Submit", "Approve", "Return", "Unlock", "Add", "Delete", "Publish", "Cancel"];

    [Fact]
    public async Task A_missing_or_unknown_handler_is_a_404_on_every_page_never_a_500()
    {
        var pages = SiteRoutes.Pages(factory);
        SiteRoutes.AssertCoversEveryPage(factory, pages);
        var admin = await factory.SignedInAsync("admin");
        var token = await WebAppFactory.TokenAsync(admin, "/Dashboard/" + TestData.Province);
        var attempts = 0;
        var wrong = new List<string>();
        foreach (var page in pages)
        {
            foreach (var (verb, names) in new[] { ("Post", Names), ("Get", Names.Where(n => n is not null).ToArray()) })
            {
                var declared = page.Handlers(verb);
                foreach (var name in names)
                {
                    if (declared.Contains(name ?? ""))
                        continue; // a handler the page has: not what this test is about
                    var url = name is null ? page.Url : page.Url + (page.Url.Contains('?') ? "&" : "?") + "handler=" + Uri.EscapeDataString(name);
                    using var response = verb == "Post"
                        ? await admin.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))
                        : await admin.GetAsync(url);
                    attempts++;
                    if (response.StatusCode != HttpStatusCode.NotFound)
                        wrong.Add($"{verb.ToUpperInvariant()} {url} → {(int)response.StatusCode}");
                }
            }
        }
        output.WriteLine($"{attempts} requests ({pages.Count} pages), {wrong.Count} wrong, {wrong.Count(w => w.EndsWith("500", StringComparison.Ordinal))} of them 500");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
