using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Data;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>The app on its own database: the import tests add resolutions the other pages' tests do not expect.</summary>
public sealed class ImportAppFactory : WebAppFactory;

/// <summary>Row counts of everything an import or a review writes: equal before and after = nothing half-written.</summary>
internal sealed record Rows(int Resolutions, int SourceFiles, int Targets, int Results, int Organizations, int Audit);

internal static class ImportClient
{
    public static Rows Count(WebAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        return new Rows(db.Resolutions.Count(), db.SourceFiles.Count(), db.Targets.Count(), db.PreviousResults.Count(),
            db.Organizations.Count(), db.AuditEntries.Count());
    }

    public static T Query<T>(WebAppFactory factory, Func<NghiQuyetDbContext, T> query)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        return query(db);
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] bytes, string? unitCode = null, bool withToken = true)
    {
        var content = new MultipartFormDataContent();
        if (withToken)
            content.Add(new StringContent(await WebAppFactory.TokenAsync(client, "/Imports")), "__RequestVerificationToken");
        content.Add(new ByteArrayContent(bytes), "Upload", fileName);
        if (unitCode is not null)
            content.Add(new StringContent(unitCode), "UnitCode");
        return await client.PostAsync("/Imports", content);
    }

    /// <summary>Uploads and follows the redirect to the review page; returns the new resolution's id.</summary>
    public static async Task<Guid> ImportAsync(HttpClient client, string fileName, byte[] bytes, string? unitCode = null)
    {
        var response = await UploadAsync(client, fileName, bytes, unitCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {Error(body)}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Imports/", location);
        return Guid.Parse(location["/Imports/".Length..]);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields, bool withToken = true)
    {
        if (withToken)
            fields["__RequestVerificationToken"] = await WebAppFactory.TokenAsync(client, url);
        return await client.PostAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}", new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The page's alert, for assertion messages.</summary>
    public static string Error(string html)
    {
        var start = html.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        return start < 0 ? "(no alert)" : html.Substring(start, Math.Min(400, html.Length - start));
    }
}
