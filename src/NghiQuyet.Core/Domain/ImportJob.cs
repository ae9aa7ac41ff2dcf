namespace NghiQuyet.Core.Domain;

public enum ImportJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>
/// A scanned report waiting for, or going through, OCR in the background: the upload returns at once and the page
/// follows this row (page n of m). It keeps the bytes and who uploaded them (their role and unit, to check their right
/// on the unit the report turns out to be about when it has been read), and ends succeeded (the draft resolution's
/// id), failed (a message for the uploader) or cancelled. Nothing but its own row is written before it succeeds.
/// </summary>
public class ImportJob : IVersioned
{
    private ImportJob()
    {
        FileName = Sha256 = RequestedBy = RequestedRole = string.Empty;
        Bytes = [];
    }

    public ImportJob(string fileName, byte[] bytes, string? unitCode, string requestedBy, string requestedRole, string? requestedOrganization, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        FileName = fileName;
        Bytes = bytes;
        Sha256 = SourceFile.HashOf(bytes);
        UnitCode = unitCode;
        RequestedBy = requestedBy;
        RequestedRole = requestedRole;
        RequestedOrganization = requestedOrganization;
        CreatedAt = now;
        Status = ImportJobStatus.Queued;
    }

    public Guid Id { get; private set; }
    public string FileName { get; private set; }
    public byte[] Bytes { get; private set; }
    public string Sha256 { get; private set; }
    /// <summary>The unit code typed on the form, if any.</summary>
    public string? UnitCode { get; private set; }
    public string RequestedBy { get; private set; }
    public string RequestedRole { get; private set; }
    public string? RequestedOrganization { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public ImportJobStatus Status { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    /// <summary>Page being read (1-based) and the scan's page count, once known.</summary>
    public int Page { get; private set; }
    public int Pages { get; private set; }
    public bool CancelRequested { get; private set; }
    /// <summary>Why it failed or was cancelled, in words for the uploader.</summary>
    public string? Message { get; private set; }
    public Guid? ResolutionId { get; private set; }
    public int Version { get; set; }

    public bool IsFinished => Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed or ImportJobStatus.Cancelled;

    public void Start(DateTimeOffset now)
    {
        Status = ImportJobStatus.Running;
        StartedAt = now;
    }

    public void Progress(int page, int pages)
    {
        Page = page;
        Pages = pages;
    }

    /// <summary>The uploader asks to stop: a queued job ends now, a running one when the worker sees it.</summary>
    public Result<ImportJob> RequestCancel(DateTimeOffset now)
    {
        if (IsFinished)
            return Result<ImportJob>.Fail(Messages.ImportJobAlreadyFinished);
        CancelRequested = true;
        if (Status == ImportJobStatus.Queued)
            Cancel(now);
        return Result<ImportJob>.Ok(this);
    }

    public void Cancel(DateTimeOffset now) => Finish(ImportJobStatus.Cancelled, string.Format(Messages.ImportJobCancelled, FileName), now);

    public void Fail(string message, DateTimeOffset now) => Finish(ImportJobStatus.Failed, message, now);

    public void Succeed(Guid resolutionId, string? notice, DateTimeOffset now)
    {
        ResolutionId = resolutionId;
        Finish(ImportJobStatus.Succeeded, notice, now);
    }

    private void Finish(ImportJobStatus status, string? message, DateTimeOffset now)
    {
        Status = status;
        Message = message;
        FinishedAt = now;
        // The bytes were only kept to be read; a finished job need not hold 30 MB.
        Bytes = [];
    }
}
