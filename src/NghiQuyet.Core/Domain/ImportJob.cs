namespace NghiQuyet.Core.Domain;

/// <summary>Where a background import stands.</summary>
public enum ImportJobStatus
{
    /// <summary>Waiting for the worker.</summary>
    Queued,
    /// <summary>Being read by the worker.</summary>
    Running,
    /// <summary>Read and saved as a draft resolution.</summary>
    Succeeded,
    /// <summary>Stopped by an error; the message says why.</summary>
    Failed,
    /// <summary>Stopped at the uploader's request.</summary>
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

    /// <summary>A queued job for an uploaded file, remembering who asked and with which rights.</summary>
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

    /// <summary>Primary key (a time-ordered GUID).</summary>
    public Guid Id { get; private set; }
    /// <summary>The uploaded file's name, as the uploader's browser gave it.</summary>
    public string FileName { get; private set; }
    /// <summary>The uploaded bytes, which the worker reads.</summary>
    public byte[] Bytes { get; private set; }
    /// <summary>SHA-256 of the bytes, lower-case hex (to spot a report already imported).</summary>
    public string Sha256 { get; private set; }
    /// <summary>The unit code typed on the form, if any.</summary>
    public string? UnitCode { get; private set; }
    /// <summary>User name of the uploader.</summary>
    public string RequestedBy { get; private set; }
    /// <summary>The uploader's role when uploading, for the right check once the unit is known.</summary>
    public string RequestedRole { get; private set; }
    /// <summary>The unit the uploader belongs to, if any, for the same check.</summary>
    public string? RequestedOrganization { get; private set; }
    /// <summary>When the job was queued.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Where the job stands.</summary>
    public ImportJobStatus Status { get; private set; }
    /// <summary>When the worker took the job.</summary>
    public DateTimeOffset? StartedAt { get; private set; }
    /// <summary>When the job ended, whichever way.</summary>
    public DateTimeOffset? FinishedAt { get; private set; }
    /// <summary>Page being read (1-based) and the scan's page count, once known.</summary>
    public int Page { get; private set; }
    /// <summary>The scan's page count, 0 until known.</summary>
    public int Pages { get; private set; }
    /// <summary>The uploader asked to stop; a running job stops when the worker sees it.</summary>
    public bool CancelRequested { get; private set; }
    /// <summary>Why it failed or was cancelled, in words for the uploader.</summary>
    public string? Message { get; private set; }
    /// <summary>The draft resolution the job produced, once it succeeded.</summary>
    public Guid? ResolutionId { get; private set; }
    /// <summary>Concurrency token: the worker and the uploader's cancel never overwrite each other.</summary>
    public int Version { get; set; }

    /// <summary>Succeeded, failed or cancelled: nothing will change any more.</summary>
    public bool IsFinished => Status is ImportJobStatus.Succeeded or ImportJobStatus.Failed or ImportJobStatus.Cancelled;

    /// <summary>The worker takes the job.</summary>
    public void Start(DateTimeOffset now)
    {
        Status = ImportJobStatus.Running;
        StartedAt = now;
    }

    /// <summary>Records the page being read, for the progress shown to the uploader.</summary>
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

    /// <summary>Ends the job as cancelled, with a message naming the file.</summary>
    public void Cancel(DateTimeOffset now) => Finish(ImportJobStatus.Cancelled, string.Format(Messages.ImportJobCancelled, FileName), now);

    /// <summary>Ends the job as failed, with the reason for the uploader.</summary>
    public void Fail(string message, DateTimeOffset now) => Finish(ImportJobStatus.Failed, message, now);

    /// <summary>Ends the job with the draft it produced and an optional notice for the uploader.</summary>
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
