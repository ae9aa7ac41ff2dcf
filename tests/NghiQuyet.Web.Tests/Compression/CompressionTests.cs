using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace NghiQuyet.Web.Tests.Compression;

/// <summary>
/// Issue 19, "Compression": pages and the stylesheet go out Brotli-compressed to a browser that asks, decompress to the
/// same bytes as the uncompressed answer, and the anti-forgery token (the one secret in a page body) is masked afresh
/// per response, so compressing it does not re-open BREACH.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CompressionTests(WebAppFactory factory)
{
    private static async Task<(HttpResponseMessage Response, byte[] Wire, string Text)> GetAsync(HttpClient client, string url, bool compressed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (compressed)
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var wire = await response.Content.ReadAsByteArrayAsync();
        return (response, wire, Decode(response.Content.Headers.ContentEncoding, wire));
    }

    private static string Decode(ICollection<string> encodings, byte[] wire)
    {
        using var input = new MemoryStream(wire);
        using Stream body = encodings.SingleOrDefault() switch
        {
            null => input,
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            var other => throw new InvalidOperationException("unexpected encoding " + other),
        };
        using var output = new MemoryStream();
        body.CopyTo(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string Token(string html)
    {
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "no anti-forgery token");
        return match.Groups[1].Value;
    }

    /// <summary>The page with its per-response token taken out, to compare two answers of the same page.</summary>
    private static string WithoutTokens(string html) =>
        Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "TOKEN");

    [Fact]
    public async Task A_signed_in_page_and_the_stylesheet_come_back_brotli_compressed_and_decompress_to_the_same_content()
    {
        using var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        foreach (var url in new[] { $"/Units/{TestData.OwnCommune}/Figures/2025", "/css/site.css" })
        {
            var plain = await GetAsync(client, url, compressed: false);
            var packed = await GetAsync(client, url, compressed: true);
            Assert.Empty(plain.Response.Content.Headers.ContentEncoding);
            Assert.Equal(["br"], packed.Response.Content.Headers.ContentEncoding);
            Assert.True(packed.Wire.Length < plain.Wire.Length, $"{url}: {packed.Wire.Length} bytes compressed, {plain.Wire.Length} plain");
            Assert.Equal(WithoutTokens(plain.Text), WithoutTokens(packed.Text));
            // The security headers (WebHardening) are still set on a compressed response.
            Assert.True(packed.Response.Headers.Contains("Content-Security-Policy"), url + ": no CSP on the compressed response");
        }
    }

    [Fact]
    public async Task The_anti_forgery_token_differs_between_two_compressed_responses_of_the_same_page()
    {
        using var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var url = $"/Units/{TestData.OwnCommune}/Figures/2025";
        var first = await GetAsync(client, url, compressed: true);
        var second = await GetAsync(client, url, compressed: true);
        Assert.Equal(["br"], first.Response.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], second.Response.Content.Headers.ContentEncoding);
        Assert.NotEqual(Token(first.Text), Token(second.Text));
    }

    [Fact]
    public async Task The_dashboard_weighs_less_on_the_wire_compressed()
    {
        using var client = await factory.SignedInAsync("admin");
        var url = "/Dashboard/" + TestData.Province;
        var plain = await GetAsync(client, url, compressed: false);
        var packed = await GetAsync(client, url, compressed: true);
        Assert.Equal(["br"], packed.Response.Content.Headers.ContentEncoding);
        // Compressed HTML of a table-heavy page is a small fraction of it; a quarter leaves room for any demo data.
        Assert.True(packed.Wire.Length * 4 < plain.Wire.Length, $"{packed.Wire.Length} bytes compressed, {plain.Wire.Length} plain");
    }

    [Fact]
    public async Task The_password_page_is_never_compressed_and_a_fingerprinted_stylesheet_is_cached_for_long()
    {
        using var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var password = await GetAsync(client, "/Account/Password", compressed: true);
        Assert.Empty(password.Response.Content.Headers.ContentEncoding);

        var layout = (await GetAsync(client, "/Account/Password", compressed: false)).Text;
        var href = Regex.Match(layout, "href=\"(/css/site\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(href);
        var fingerprinted = await GetAsync(client, WebUtility.HtmlDecode(href), compressed: true);
        Assert.Equal(CacheControlHeaderValue.Parse("public, max-age=31536000, immutable").ToString(), fingerprinted.Response.Headers.CacheControl?.ToString());
        var plainUrl = await GetAsync(client, "/css/site.css", compressed: true);
        Assert.Null(plainUrl.Response.Headers.CacheControl?.MaxAge);
    }
}
