using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Ingest;
using NghiQuyet.Ingest.Ocr;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Web.Shared;
using NghiQuyet.Web.Setup;

namespace NghiQuyet.Web.Imports;

/// <summary>
/// Reads one queued scan and stores it, as the upload page would have: OCR page by page within the limits (progress
/// and cancel requests through the job row), extraction, the unit and the uploader's right on it, then
/// <see cref="ImportJobService.Complete"/> (one transaction). Every way out ends the job with a message.
/// </summary>
public sealed class ImportJobRunner(IServiceScopeFactory scopes, ImportJobQueue queue, OcrSettings settings, IOcrEngine engine, ILogger<ImportJobRunner> log)
{
    public void Run(ImportJob job, CancellationToken stopping)
    {
        using var acting = HttpCurrentUser.ActAs(job.RequestedBy);
        using var cancel = queue.Track(job.Id, stopping);
        try
        {
            var uploader = new Uploader(job.RequestedBy, job.RequestedRole, job.RequestedOrganization);
            // The same scan uploaded twice before either was read: answered before any reading.
            if (Jobs(s => s.EndIfAlreadyImported(job.Id, job.Sha256, Permitted(uploader), Notice)))
                return;
            var progress = new PageProgress(page =>
            {
                if (Jobs(s => s.Progress(job.Id, page.Page, page.Pages)))
                    cancel.Cancel();
            });
            OcrReader ocr = (name, bytes, _) => engine.Read(name, bytes, settings.Limits, progress, cancel.Token);
            var ingested = ReportIngest.Extract(job.FileName, job.Bytes, ocr);
            cancel.Token.ThrowIfCancellationRequested();
            if (!ingested.Success)
            {
                Jobs(s => s.Fail(job.Id, ingested.Error));
                return;
            }
            var report = ingested.Value;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
            var importer = scope.ServiceProvider.GetRequiredService<ImportService>();
            var jobs = new ImportJobService(db, importer, scope.ServiceProvider.GetRequiredService<TimeProvider>());
            var unit = uploader.UnitOf(importer, report.Extraction.Document, job.UnitCode);
            if (!unit.Success)
            {
                jobs.Fail(job.Id, unit.Error);
                return;
            }
            if (!uploader.MayEnter(unit.Value.Code, unit.Value.ProvinceCode))
            {
                jobs.Fail(job.Id, string.Format(Messages.ImportNotAllowed, unit.Value.FullName, unit.Value.Code));
                return;
            }
            var request = new ImportRequest(job.FileName, report.Source.Format, job.Bytes, report.Extraction, report.Source);
            jobs.Complete(job.Id, request, unit.Value, Permitted(uploader), Notice);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            Jobs(s => s.Cancel(job.Id));
        }
        catch (OperationCanceledException)
        {
            // The site is stopping: the job does not stay "running" for ever.
            Jobs(s => s.Fail(job.Id, string.Format(Messages.ImportJobInterrupted, job.FileName)));
        }
        catch (Exception ex)
        {
            log.LogError(ex, "import job {Job} failed", job.Id);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
            var message = DbErrors.Describe(ex, db) ?? string.Format(Messages.ImportJobUnexpected, job.FileName);
            try
            {
                Jobs(s => s.Fail(job.Id, message));
            }
            catch (Exception again)
            {
                log.LogError(again, "import job {Job}: its failure could not be recorded", job.Id);
            }
        }
        finally
        {
            queue.Untrack(job.Id);
        }
    }

    private static Func<ImportOutcome, bool> Permitted(Uploader uploader) =>
        existing => uploader.MayEnter(existing.Organization.Code, existing.Organization.ProvinceCode);

    private static string Notice(ImportOutcome o) => o.AlreadyImported
        ? string.Format(Messages.AlreadyImportedHere, Format.Time(o.ImportedAt), o.Organization.FullName)
        : string.Format(Messages.ImportDone, $"{o.Organization.FullName} ({o.Organization.Code})", o.Targets, o.Results);

    private T Jobs<T>(Func<ImportJobService, T> work)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        return work(new ImportJobService(sp.GetRequiredService<NghiQuyetDbContext>(), sp.GetRequiredService<ImportService>(), sp.GetRequiredService<TimeProvider>()));
    }

    private void Jobs(Action<ImportJobService> work) => Jobs(s =>
    {
        work(s);
        return true;
    });

    /// <summary>Reports on the reading thread itself (System.Progress would post to the thread pool, out of order).</summary>
    private sealed class PageProgress(Action<OcrProgress> report) : IProgress<OcrProgress>
    {
        public void Report(OcrProgress value) => report(value);
    }
}
