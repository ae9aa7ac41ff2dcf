using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NghiQuyet.Core;

namespace NghiQuyet.Web.Tests.Security;

public sealed class SessionSite : SecuritySite;

/// <summary>
/// Sessions end for real (issue 12, defect 11): after signing out, and after a password change, every earlier copy
/// of the session cookie is refused — the probe found the cookie still valid after logout.
/// </summary>
public sealed class SessionEndTests(SessionSite site) : IClassFixture<SessionSite>
{
    private const string Page = "/Dashboard/" + TestData.Province;

    /// <summary>Signs in and returns the session cookie as a header value ("nq.auth=…").</summary>
    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(string name, string password, string address)
    {
        var browser = site.ClientAt(address);
        var response = await WebAppFactory.SignInAsync(browser, name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("nq.auth=", StringComparison.Ordinal));
        return (browser, cookie[..cookie.IndexOf(';')]);
    }

    /// <summary>Another program holding a copy of the cookie (another tab, a stolen copy): sends it as it is.</summary>
    private HttpClient Holding(string cookie)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task Signing_out_ends_every_copy_of_the_session_cookie()
    {
        var name = await site.NewUserAsync("ra.ve", "RaVe@2026xx");
        var (browser, cookie) = await SignInAsync(name, "RaVe@2026xx", "198.51.100.30");
        var copy = Holding(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(Page)).StatusCode);

        var token = await WebAppFactory.TokenAsync(browser, Page);
        var logout = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var after = await copy.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(Page)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        const string old = "DoiMat@2026x";
        const string fresh = "MatMoi#2027y";
        var name = await site.NewUserAsync("doi.mat", old);
        var (office, _) = await SignInAsync(name, old, "198.51.100.31");
        var (_, elsewhereCookie) = await SignInAsync(name, old, "198.51.100.32");
        var elsewhere = Holding(elsewhereCookie);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync(Page)).StatusCode);

        var token = await WebAppFactory.TokenAsync(office, "/Account/Password");
        var changed = await office.PostAsync("/Account/Password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = old,
            ["New"] = fresh,
            ["Confirm"] = fresh,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains(Messages.PasswordChanged, await changed.Content.ReadAsStringAsync());

        var refused = await elsewhere.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/Login", refused.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync(Page)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await WebAppFactory.SignInAsync(site.ClientAt("198.51.100.33"), name, old)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.SignInAsync(site.ClientAt("198.51.100.34"), name, fresh)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing()
    {
        var name = await site.NewUserAsync("giu.nguyen", "GiuNguyen@26");
        var (office, _) = await SignInAsync(name, "GiuNguyen@26", "198.51.100.35");
        var token = await WebAppFactory.TokenAsync(office, "/Account/Password");
        var refused = await office.PostAsync("/Account/Password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = "Sai@12345678",
            ["New"] = "MatMoi#2027y",
            ["Confirm"] = "MatMoi#2027y",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains(Messages.PasswordCurrentWrong, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.SignInAsync(site.ClientAt("198.51.100.36"), name, "GiuNguyen@26")).StatusCode);
    }
}
