namespace NghiQuyet.Data.Backup;

/// <summary>Why a backup or restore did not happen; the CLI turns it into an exit code.</summary>
public enum BackupFailure
{
    None,
    /// <summary>The file or database named is not there.</summary>
    NotFound,
    /// <summary>Refused as given: the output exists, the backup is damaged or of another kind, the target is not empty.</summary>
    BadInput,
    /// <summary>The database could not be read or written.</summary>
    Storage,
    /// <summary>pg_dump / pg_restore are not installed.</summary>
    ToolMissing,
}

/// <param name="Database">The database backed up or restored, as a message may name it (never its password).</param>
public sealed record BackupOutcome(BackupManifest? Manifest, string? Error, BackupFailure Failure, string? Database = null)
{
    public bool Success => Failure == BackupFailure.None;

    public static BackupOutcome Ok(BackupManifest manifest, string database) => new(manifest, null, BackupFailure.None, database);

    public static BackupOutcome Fail(BackupFailure failure, string error) => new(null, error, failure);
}
