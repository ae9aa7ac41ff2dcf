using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;
using NghiQuyet.Testing;
using static NghiQuyet.Web.Tests.Imports.ImportClient;

namespace NghiQuyet.Web.Tests.Imports;

public sealed class OcrJobAppFactory : WebAppFactory;

/// <summary>
/// Issue 12, defect 1, through the real site: a scan is a background job. The upload answers at once; the probe's
/// hostile scans end with a clear message within the limits while other pages are served; a job can be cancelled; a
/// restart leaves no job "running". Real poppler and Tesseract (the limits themselves: Ingest's OcrLimitsTests).
/// </summary>
public sealed class OcrJobTests(OcrJobAppFactory factory) : IClassFixture<OcrJobAppFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [ScanToolsFact]
    public async Task A_huge_page_and_a_200_page_blank_pdf_end_with_a_clear_message_while_other_pages_are_served()
    {
        var before = Count(factory);
        var commune = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var province = await factory.SignedInAsync("tinh.sonla");

        var watch = Stopwatch.StartNew();
        var huge = await UploadScanAsync(commune, "trang-lon.pdf", HostilePdf.BlankPages(1, 5000, 5000));
        var many = await UploadScanAsync(commune, "200-trang.pdf", HostilePdf.BlankPages(200));
        var answered = watch.Elapsed;

        // Other requests are served while the jobs are queued or running.
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await province.GetAsync("/Dashboard/" + TestData.Province)).StatusCode);

        var hugeJob = await WaitForJobAsync(factory, huge, Patience);
        var manyJob = await WaitForJobAsync(factory, many, Patience);
        Assert.Equal((ImportJobStatus.Failed, string.Format(Messages.OcrPageTooLarge, 1, "trang-lon.pdf", "176,4", "176,4", "44")), (hugeJob.Status, hugeJob.Message));
        Assert.Equal((ImportJobStatus.Failed, string.Format(Messages.OcrTooManyPages, "200-trang.pdf", 200, 80)), (manyJob.Status, manyJob.Message));
        Assert.Empty(hugeJob.Bytes); // a finished job keeps no bytes
        Assert.Equal(before, Count(factory));

        var page = await HtmlAsync(await commune.GetAsync($"/Imports/Jobs/{huge}"));
        Assert.Contains($"role=\"alert\" id=\"job-message\">{hugeJob.Message}</span>", page);
        Assert.DoesNotContain("Hủy việc đọc", page);
        Assert.True(answered < TimeSpan.FromSeconds(30), $"the uploads took {answered} to answer");
    }

    [ScanToolsFact]
    public async Task A_running_job_shows_its_page_and_can_be_cancelled_and_nothing_is_stored()
    {
        var before = Count(factory);
        var commune = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var id = await UploadScanAsync(commune, "dai.pdf", HostilePdf.BlankPages(40));
        var first = await HtmlAsync(await commune.GetAsync($"/Imports/Jobs/{id}"));
        Assert.Contains(string.Format(Messages.ImportJobQueued, "dai.pdf"), first);

        var running = await WaitForJobAsync(factory, id, Patience, j => j.Status == ImportJobStatus.Running && j.Page >= 2 || j.IsFinished);
        Assert.Equal((ImportJobStatus.Running, 40), (running.Status, running.Pages));
        var response = await commune.GetAsync($"/Imports/Jobs/{id}");
        Assert.Equal("2", response.Headers.GetValues("Refresh").Single());
        var html = await HtmlAsync(response);
        Assert.Matches(@"Đang nhận dạng chữ trang \d+/40", html);

        // Someone else cannot see or cancel it.
        var other = await factory.SignedInAsync(Demo.DemoSeeder.CommuneUserName(TestData.OtherCommune));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Imports/Jobs/{id}")).StatusCode);

        var cancelledAt = Stopwatch.StartNew();
        var cancel = await PostFormAsync(commune, $"/Imports/Jobs/{id}", "Cancel", []);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        var ended = await WaitForJobAsync(factory, id, Patience);
        Assert.Equal((ImportJobStatus.Cancelled, string.Format(Messages.ImportJobCancelled, "dai.pdf")), (ended.Status, ended.Message));
        Assert.True(ended.Page < 40, $"read to page {ended.Page}");
        Assert.True(cancelledAt.Elapsed < TimeSpan.FromSeconds(30), $"cancelling took {cancelledAt.Elapsed}");
        Assert.Equal(before, Count(factory));
        Assert.DoesNotContain("Hủy việc đọc", await HtmlAsync(await commune.GetAsync($"/Imports/Jobs/{id}")));
    }

    [ScanToolsFact]
    public async Task One_user_cannot_fill_the_queue()
    {
        var province = await factory.SignedInAsync("tinh.sonla");
        var first = await UploadScanAsync(province, "a.pdf", HostilePdf.BlankPages(40, 595));
        var second = await UploadScanAsync(province, "b.pdf", HostilePdf.BlankPages(40, 596));
        var before = Query(factory, db => db.ImportJobs.Count());
        var third = await UploadAsync(province, "c.pdf", HostilePdf.BlankPages(40, 597));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Contains(string.Format(Messages.ImportJobTooMany, 2, 2), await HtmlAsync(third));
        Assert.Equal(before, Query(factory, db => db.ImportJobs.Count()));
        foreach (var id in new[] { first, second })
            Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(province, $"/Imports/Jobs/{id}", "Cancel", [])).StatusCode);
        foreach (var id in new[] { first, second })
            Assert.Equal(ImportJobStatus.Cancelled, (await WaitForJobAsync(factory, id, Patience)).Status);
        // Once they are done, the next one is taken.
        var next = await UploadScanAsync(province, "c.pdf", HostilePdf.BlankPages(40, 597));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(province, $"/Imports/Jobs/{next}", "Cancel", [])).StatusCode);
        Assert.Equal(ImportJobStatus.Cancelled, (await WaitForJobAsync(factory, next, Patience)).Status);
    }

    [ScanToolsFact]
    public async Task After_a_restart_a_job_left_running_ends_with_a_message()
    {
        Guid id;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
            var job = new ImportJob("mat-dien.pdf", HostilePdf.BlankPages(3), null, TestData.OwnCommuneUser, "commune_officer", TestData.OwnCommune, DateTimeOffset.UtcNow);
            job.Start(DateTimeOffset.UtcNow);
            job.Progress(2, 3);
            db.ImportJobs.Add(job);
            db.SaveChanges();
            id = job.Id;
        }
        // The same database opened by a new process of the site, as after a crash.
        using var restarted = new RestartedAppFactory(factory.DbPath);
        _ = restarted.Services;
        var ended = await WaitForJobAsync(restarted, id, Patience);
        Assert.Equal((ImportJobStatus.Failed, string.Format(Messages.ImportJobInterrupted, "mat-dien.pdf")), (ended.Status, ended.Message));
    }

    private sealed class RestartedAppFactory(string db) : WebAppFactory
    {
        protected override string Db => db;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("demo", "false");
        }
    }
}

/// <summary>The job table, its claims and concurrent updates on PostgreSQL: a hostile scan and a cancelled one.</summary>
public sealed class OcrJobPostgresTests
{
    /// <summary>Needs both PostgreSQL and the OCR tools.</summary>
    public sealed class PostgresScanFactAttribute : FactAttribute
    {
        public PostgresScanFactAttribute()
        {
            Skip = new PostgresFactAttribute().Skip ?? new ScanToolsFactAttribute().Skip;
        }
    }

    [PostgresScanFact]
    public async Task Jobs_run_fail_and_cancel_on_PostgreSQL()
    {
        using var factory = new PostgresWebAppFactory();
        var before = Count(factory);
        var commune = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var huge = await UploadScanAsync(commune, "trang-lon.pdf", HostilePdf.BlankPages(1, 5000, 5000));
        var job = await WaitForJobAsync(factory, huge, TimeSpan.FromMinutes(2));
        Assert.Equal((ImportJobStatus.Failed, string.Format(Messages.OcrPageTooLarge, 1, "trang-lon.pdf", "176,4", "176,4", "44")), (job.Status, job.Message));

        var id = await UploadScanAsync(commune, "dai.pdf", HostilePdf.BlankPages(40));
        await WaitForJobAsync(factory, id, TimeSpan.FromMinutes(2), j => j.Page >= 2 || j.IsFinished);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(commune, $"/Imports/Jobs/{id}", "Cancel", [])).StatusCode);
        var cancelled = await WaitForJobAsync(factory, id, TimeSpan.FromMinutes(2));
        Assert.Equal(ImportJobStatus.Cancelled, cancelled.Status);
        Assert.Equal(before, Count(factory));
    }
}

/// <summary>Issue 12, defect 4: a duplicate is recognised before anything is read, and named only within the user's units.</summary>
public sealed class DuplicateUploadTests(ImportAppFactory factory) : IClassFixture<ImportAppFactory>
{
    [Fact]
    public async Task Bytes_already_imported_by_another_unit_are_refused_without_naming_it()
    {
        var bytes = ReportFixtures.Text(TestData.OwnCommune, " trùng lặp");
        var owner = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var id = await ImportAsync(owner, "bao-cao.txt", bytes);
        var unitName = Query(factory, db => db.Organizations.Single(o => o.Code == TestData.OwnCommune).FullName);
        var before = Count(factory);

        var stranger = await factory.SignedInAsync(Demo.DemoSeeder.CommuneUserName(TestData.OtherCommune));
        var response = await UploadAsync(stranger, "bao-cao.txt", bytes);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains(Messages.AlreadyImportedElsewhere, html);
        Assert.DoesNotContain(id.ToString(), html);
        Assert.DoesNotContain(unitName, html);
        Assert.Equal(before, Count(factory));

        // The owner is told, and taken to it.
        var again = await UploadAsync(owner, "bao-cao.txt", bytes);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal($"/Imports/{id}", again.Headers.Location!.OriginalString);
        Assert.Equal(before, Count(factory));
    }
}
