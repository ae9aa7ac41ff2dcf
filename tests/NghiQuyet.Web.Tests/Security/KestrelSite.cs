using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>The site with <c>--proxies</c> set (the peers whose X-Forwarded-* headers it believes); null = none set.</summary>
public sealed class ProxiedWebAppFactory(string? proxies) : WebAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (proxies is not null)
            builder.UseSetting("proxies", proxies);
    }
}

/// <summary>
/// The real site on a real Kestrel port (as behind nginx: the peer is 127.0.0.1), spoken to with raw HTTP: cookies are
/// read from Set-Cookie and sent back by hand, so a <c>Secure</c> cookie over plain HTTP (as nginx forwards after TLS)
/// can be inspected instead of being dropped by a cookie jar.
/// </summary>
public sealed class KestrelSite : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public KestrelSite(WebAppFactory factory)
    {
        Address = ChromiumFactAttribute.Serve(factory);
        _http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(Address) };
    }

    public string Address { get; }

    /// <summary>Every Set-Cookie line the site has sent this client, by cookie name (the latest wins).</summary>
    public Dictionary<string, string> SetCookies { get; } = new(StringComparer.Ordinal);

    /// <summary>Headers added to every request (X-Forwarded-Proto: https, as the TLS proxy sends).</summary>
    public Dictionary<string, string> Forwarded { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        foreach (var (name, value) in Forwarded)
            request.Headers.TryAddWithoutValidation(name, value);
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var lines))
            foreach (var line in lines)
            {
                var pair = line.Split(';', 2)[0];
                var name = pair.Split('=', 2)[0];
                SetCookies[name] = line;
                var value = pair.Split('=', 2)[1];
                if (value.Length == 0 || line.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    _cookies.Remove(name);
                else
                    _cookies[name] = value;
            }
        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(HttpMethod.Get, url);

    public async Task<string> TokenAsync(string url)
    {
        using var page = await GetAsync(url);
        var match = Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "no anti-forgery token on " + url);
        return match.Groups[1].Value;
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName)
    {
        var token = await TokenAsync("/Account/Login");
        var response = await SendAsync(HttpMethod.Post, "/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = Demo.DemoSeeder.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    public void Dispose() => _http.Dispose();
}
