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

    /// <summary>Uploads a scan: the answer comes at once, a redirect to its job's page; returns the job's id.</summary>
    public static async Task<Guid> UploadScanAsync(HttpClient client, string fileName, byte[] bytes, string? unitCode = null)
    {
        var response = await UploadAsync(client, fileName, bytes, unitCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {Error(body)}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Imports/Jobs/", location);
        return Guid.Parse(location["/Imports/Jobs/".Length..]);
    }

    public static NghiQuyet.Core.Domain.ImportJob Job(WebAppFactory factory, Guid id) =>
        Query(factory, db => db.ImportJobs.AsNoTracking().Single(j => j.Id == id));

    /// <summary>Polls the job's row until <paramref name="until"/> holds (by default: it has finished).</summary>
    public static async Task<NghiQuyet.Core.Domain.ImportJob> WaitForJobAsync(WebAppFactory factory, Guid id, TimeSpan timeout,
        Func<NghiQuyet.Core.Domain.ImportJob, bool>? until = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var job = Job(factory, id);
            if ((until ?? (j => j.IsFinished))(job))
                return job;
            Assert.True(DateTime.UtcNow < deadline, $"job {id} still {job.Status} (page {job.Page}/{job.Pages}) after {timeout}");
            await Task.Delay(200);
        }
    }

    /// <summary>A scan through its job, to the stored draft: the job must succeed; returns the resolution's id.</summary>
    public static async Task<Guid> ImportScanAsync(WebAppFactory factory, HttpClient client, string fileName, byte[] bytes, string? unitCode = null)
    {
        var id = await UploadScanAsync(client, fileName, bytes, unitCode);
        var job = await WaitForJobAsync(factory, id, TimeSpan.FromMinutes(5));
        Assert.True(job.Status == NghiQuyet.Core.Domain.ImportJobStatus.Succeeded, $"{job.Status}: {job.Message}");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Imports/Jobs/{id}"));
        Assert.Contains($"href=\"/Imports/{job.ResolutionId}\"", page);
        return job.ResolutionId!.Value;
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
