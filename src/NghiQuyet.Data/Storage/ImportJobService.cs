using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Units;

namespace NghiQuyet.Data.Storage;

/// <summary>
/// The persistent queue of scanned reports read in the background. Every state change goes through
/// <see cref="ImportJob"/>'s methods and is one save; a change that meets a concurrent one (the uploader cancelling
/// while the worker reports a page) is re-read and applied again. <see cref="Complete"/> stores the resolution and marks
/// the job done in one transaction.
/// </summary>
public sealed class ImportJobService(NghiQuyetDbContext db, ImportService importer, TimeProvider time)
{
    /// <summary>Queues a scan, unless its uploader already has <paramref name="maxUnfinishedPerUser"/> scans waiting or
    /// being read (each holds its bytes and, in turn, a core): one user cannot fill the queue.</summary>
    public Result<ImportJob> Enqueue(ImportJob job, int maxUnfinishedPerUser)
    {
        var unfinished = db.ImportJobs.Count(j => j.RequestedBy == job.RequestedBy
            && (j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running));
        if (unfinished >= maxUnfinishedPerUser)
            return Result<ImportJob>.Fail(string.Format(Messages.ImportJobTooMany, unfinished, maxUnfinishedPerUser));
        db.ImportJobs.Add(job);
        db.SaveChanges();
        return Result<ImportJob>.Ok(job);
    }

    public ImportJob? Find(Guid id) => db.ImportJobs.AsNoTracking().FirstOrDefault(j => j.Id == id);

    /// <summary>The oldest queued job, now marked running by this worker; null when none is waiting (or another worker took it).</summary>
    public ImportJob? ClaimNext()
    {
        var next = db.ImportJobs.Where(j => j.Status == ImportJobStatus.Queued).OrderBy(j => j.CreatedAt).Select(j => j.Id).FirstOrDefault();
        if (next == Guid.Empty)
            return null;
        var claimed = Update(next, job =>
        {
            if (job.Status != ImportJobStatus.Queued)
                return false;
            job.Start(time.GetUtcNow());
            return true;
        });
        return claimed is { Status: ImportJobStatus.Running } ? claimed : null;
    }

    /// <summary>Records the page being read; says whether the uploader has asked to stop.</summary>
    public bool Progress(Guid id, int page, int pages) =>
        Update(id, job =>
        {
            job.Progress(page, pages);
            return true;
        })?.CancelRequested ?? true;

    public Result<ImportJob> RequestCancel(Guid id)
    {
        var outcome = Result<ImportJob>.Fail(Messages.StaleEditDeleted);
        Update(id, job =>
        {
            outcome = job.RequestCancel(time.GetUtcNow());
            return outcome.Success;
        });
        return outcome;
    }

    public void Cancel(Guid id) => Update(id, job =>
    {
        job.Cancel(time.GetUtcNow());
        return true;
    });

    public void Fail(Guid id, string message) => Update(id, job =>
    {
        job.Fail(message, time.GetUtcNow());
        return true;
    });

    /// <summary>
    /// After a restart nothing is reading the jobs left "running": they end failed with a message saying so (a scan that
    /// brought the server down is not read again on its own).
    /// </summary>
    public int FailInterrupted()
    {
        var ids = db.ImportJobs.Where(j => j.Status == ImportJobStatus.Running).Select(j => j.Id).ToList();
        foreach (var id in ids)
            Update(id, job =>
            {
                if (job.Status != ImportJobStatus.Running)
                    return false;
                job.Fail(string.Format(Messages.ImportJobInterrupted, job.FileName), time.GetUtcNow());
                return true;
            });
        return ids.Count;
    }

    /// <summary>
    /// Ends the job before anything is read when its bytes are already stored (the same scan uploaded twice before
    /// either was read): <paramref name="permitted"/>'s answer as in <see cref="Complete"/>. False when they are not.
    /// </summary>
    public bool EndIfAlreadyImported(Guid id, string sha256, Func<ImportOutcome, bool> permitted, Func<ImportOutcome, string> notice)
    {
        if (importer.Duplicate(sha256) is not { } existing)
            return false;
        EndAsDuplicate(db.ImportJobs.First(j => j.Id == id), existing, permitted, notice);
        return true;
    }

    /// <summary>
    /// Stores the read report as a draft of <paramref name="unit"/> and marks the job done: one transaction. The same
    /// bytes stored meanwhile by someone else end the job with <paramref name="permitted"/>'s answer: a link to them for
    /// whoever may see that unit, a message that names nothing for anyone else.
    /// </summary>
    public Result<ImportOutcome> Complete(Guid id, ImportRequest request, OfficialUnit unit, Func<ImportOutcome, bool> permitted, Func<ImportOutcome, string> notice)
    {
        var job = db.ImportJobs.First(j => j.Id == id);
        if (job.CancelRequested)
        {
            job.Cancel(time.GetUtcNow());
            db.SaveChanges();
            return Result<ImportOutcome>.Fail(job.Message!);
        }
        var imported = importer.Import(request, unit, outcome =>
        {
            job.Succeed(outcome.ResolutionId, notice(outcome), time.GetUtcNow());
            db.SaveChanges();
        });
        if (imported.Success && imported.Value.AlreadyImported)
            return EndAsDuplicate(job, imported.Value, permitted, notice);
        return imported;
    }

    private Result<ImportOutcome> EndAsDuplicate(ImportJob job, ImportOutcome existing, Func<ImportOutcome, bool> permitted, Func<ImportOutcome, string> notice)
    {
        var allowed = permitted(existing);
        if (allowed)
            job.Succeed(existing.ResolutionId, notice(existing), time.GetUtcNow());
        else
            job.Fail(Messages.AlreadyImportedElsewhere, time.GetUtcNow());
        db.SaveChanges();
        return allowed ? Result<ImportOutcome>.Ok(existing) : Result<ImportOutcome>.Fail(Messages.AlreadyImportedElsewhere);
    }

    /// <summary>Loads the job, applies <paramref name="change"/> (false: nothing to save) and saves, again on a concurrent change.</summary>
    private ImportJob? Update(Guid id, Func<ImportJob, bool> change)
    {
        for (var attempt = 0; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var job = db.ImportJobs.FirstOrDefault(j => j.Id == id);
            if (job is null)
                return null;
            if (!change(job))
                return job;
            try
            {
                db.SaveChanges();
                return job;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
            }
        }
    }
}
