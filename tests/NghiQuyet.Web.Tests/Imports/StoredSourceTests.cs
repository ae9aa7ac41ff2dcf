using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Ocr;
using static NghiQuyet.Web.Tests.Imports.ImportClient;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>The real Tesseract engine, counting its calls; a closed gate holds every call until the test opens it.</summary>
public sealed class CountingOcr : IOcrEngine, IDisposable
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public ManualResetEventSlim Gate { get; } = new(initialState: true);

    public Result<SourceDocument> Read(string fileName, byte[] bytes, OcrLimits limits, IProgress<OcrProgress>? progress, CancellationToken cancel)
    {
        Interlocked.Increment(ref _calls);
        Gate.Wait(TimeSpan.FromMinutes(2), cancel);
        return TesseractOcrEngine.Instance.Read(fileName, bytes, limits, progress, cancel);
    }

    public void Dispose() => Gate.Dispose();
}

/// <summary>
/// The site over a store the test owns (a SQLite file or a PostgreSQL database), so that a second host over the same
/// store is the site after a restart; scans are read by <see cref="CountingOcr"/>, one job at a time.
/// </summary>
public sealed class CountingOcrAppFactory(string store, CountingOcr ocr) : WebAppFactory
{
    protected override string Db => store;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ocr:MaxConcurrentJobs", "1");
        builder.ConfigureTestServices(s => s.AddSingleton<IOcrEngine>(ocr));
    }
}

/// <summary>Needs the scan tools and a PostgreSQL server.</summary>
public sealed class PostgresScanFactAttribute : FactAttribute
{
    public PostgresScanFactAttribute()
    {
        Skip = new ScanToolsFactAttribute().Skip ?? new PostgresFactAttribute().Skip;
    }
}

/// <summary>
/// Issue 13: the document an import read is stored with it, so the review page never reads a scan again (not after a
/// restart either), and a scan already stored is answered before any OCR. Real Tesseract behind a counting engine.
/// </summary>
public sealed class StoredSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-stored-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [ScanToolsFact]
    public Task The_review_page_of_a_scan_after_a_restart_shows_the_same_source_without_ocr() =>
        ReviewAfterRestart(Path.Combine(_dir, "site.db"));

    [PostgresScanFact]
    public async Task The_review_page_of_a_scan_after_a_restart_shows_the_same_source_without_ocr_on_PostgreSQL()
    {
        using var database = new ThrowawayPostgres("nq_web_");
        await ReviewAfterRestart(database.ConnectionString);
    }

    [ScanToolsFact]
    public Task A_scan_uploaded_again_before_its_first_upload_was_read_is_answered_without_ocr() =>
        UploadedTwice(Path.Combine(_dir, "site.db"));

    [PostgresScanFact]
    public async Task A_scan_uploaded_again_before_its_first_upload_was_read_is_answered_without_ocr_on_PostgreSQL()
    {
        using var database = new ThrowawayPostgres("nq_web_");
        await UploadedTwice(database.ConnectionString);
    }

    private async Task ReviewAfterRestart(string store)
    {
        // A report typed without its tone marks: OCR reads it so, and the import restores it, keeping each OCR line.
        var scan = ScanFixtures.ScannedPdf(ReportFixtures.Lines(TestData.OwnCommune, " khong dau").Select(VietnameseFold.StripMarks).ToList(), _dir);
        Guid id;
        string before;
        using (var ocr = new CountingOcr())
        using (var first = new CountingOcrAppFactory(store, ocr))
        {
            var client = await first.SignedInAsync(TestData.OwnCommuneUser);
            id = await ImportScanAsync(first, client, "khong-dau.pdf", scan);
            Assert.Equal(1, ocr.Calls);
            before = SourceLines(await HtmlAsync(await client.GetAsync($"/Imports/{id}")));
            Assert.Contains("class=\"restored\"", before);
        }

        using (var ocr = new CountingOcr())
        using (var restarted = new CountingOcrAppFactory(store, ocr))
        {
            var client = await restarted.SignedInAsync(TestData.OwnCommuneUser);
            var response = await client.GetAsync($"/Imports/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The same lines, each restored one with its OCR text beside it, and the scan not read again.
            Assert.Equal(before, SourceLines(await HtmlAsync(response)));
            Assert.Equal(0, ocr.Calls);
        }
    }

    private async Task UploadedTwice(string store)
    {
        using var ocr = new CountingOcr();
        using var factory = new CountingOcrAppFactory(store, ocr);
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var scan = ScanFixtures.ScannedPdf(ReportFixtures.Lines(TestData.OwnCommune, " hai lan"), _dir);

        // The first upload's job holds inside OCR while the same scan is uploaded again: nothing is stored yet, so the
        // page queues it too.
        ocr.Gate.Reset();
        var first = await UploadScanAsync(client, "hai-lan.pdf", scan);
        await WaitForJobAsync(factory, first, TimeSpan.FromMinutes(2), _ => ocr.Calls == 1);
        var second = await UploadScanAsync(client, "hai-lan-nua.pdf", scan);
        ocr.Gate.Set();

        var done = await WaitForJobAsync(factory, first, TimeSpan.FromMinutes(5));
        Assert.True(done.Status == ImportJobStatus.Succeeded, $"{done.Status}: {done.Message}");
        var again = await WaitForJobAsync(factory, second, TimeSpan.FromMinutes(2));
        Assert.Equal((ImportJobStatus.Succeeded, done.ResolutionId), (again.Status, again.ResolutionId));
        Assert.StartsWith(Messages.AlreadyImportedHere[..Messages.AlreadyImportedHere.IndexOf('{', StringComparison.Ordinal)], again.Message);
        Assert.Equal(1, ocr.Calls);

        // Uploaded once more now that it is stored: the page answers at once.
        var third = await UploadAsync(client, "hai-lan.pdf", scan);
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Equal($"/Imports/{done.ResolutionId}", third.Headers.Location!.OriginalString);
        Assert.Equal(1, ocr.Calls);
    }

    /// <summary>The source lines of a review page as shown (text, OCR original in the title, marks).</summary>
    private static string SourceLines(string html) =>
        string.Join('\n', Regex.Matches(html, "<li id=\"L\\d+\"[^>]*>.*?</li>", RegexOptions.Singleline).Select(m => m.Value));
}
