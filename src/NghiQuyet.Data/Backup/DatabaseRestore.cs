using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using NghiQuyet.Core;
using Npgsql;

namespace NghiQuyet.Data.Backup;

/// <summary>
/// <c>nghiquyet restore-backup FILE --db DB</c>: a .nqbak file into an <b>empty</b> database (never over data). The
/// payload's SHA-256 is checked against the manifest before anything is written, the provider and schema version
/// against this build, and after the restore every table's row count and the migrations against the manifest.
/// </summary>
public static class DatabaseRestore
{
    public static BackupOutcome Restore(string file, string? db, ExternalProgram? programs = null)
    {
        if (!File.Exists(file))
            return BackupOutcome.Fail(BackupFailure.NotFound, string.Format(Messages.FileNotFound, file));
        var target = BackupTarget.From(db, out var error);
        if (target is null)
            return BackupOutcome.Fail(BackupFailure.Storage, error!);
        var payload = Path.Combine(Path.GetTempPath(), $"nq-restore-{Guid.NewGuid():N}.tmp");
        try
        {
            var read = Unpack(file, payload);
            if (read.Error is { } bad)
                return BackupOutcome.Fail(BackupFailure.BadInput, bad);
            var manifest = read.Manifest!;
            if (manifest.Provider != target.Provider)
                return BackupOutcome.Fail(BackupFailure.BadInput, string.Format(Messages.BackupProviderMismatch, file, manifest.Provider, target.Provider));
            var known = target.KnownMigrations();
            if (manifest.SchemaVersion.Length > 0 && !known.Contains(manifest.SchemaVersion))
                return BackupOutcome.Fail(BackupFailure.BadInput, string.Format(Messages.BackupSchemaTooNew, file, manifest.SchemaVersion, known.Count > 0 ? known[^1] : "—"));
            if (target.IsPostgres && (programs ?? ExternalProgram.FromProcess).Find("pg_restore") is null)
                return BackupOutcome.Fail(BackupFailure.ToolMissing, string.Format(Messages.BackupToolMissing, "pg_restore"));

            // A SQLite payload is a database in itself: checked and counted before it is copied, so a mismatch is
            // refused with the target untouched (a PostgreSQL dump is counted after pg_restore, in Verify).
            if (!target.IsPostgres && CheckSqlitePayload(payload, manifest) is { } damaged)
                return BackupOutcome.Fail(BackupFailure.BadInput, string.Format(Messages.BackupManifestMismatch, file, damaged));

            var existing = ExistingTables(target);
            if (existing > 0)
                return BackupOutcome.Fail(BackupFailure.BadInput, string.Format(Messages.RestoreTargetNotEmpty, target.Description, existing));

            var failed = target.IsPostgres
                ? RestorePostgres(target, payload, programs ?? ExternalProgram.FromProcess)
                : RestoreSqlite(target, payload);
            if (failed is not null)
                return BackupOutcome.Fail(BackupFailure.Storage, failed);
            var mismatch = Verify(target, manifest);
            return mismatch is null
                ? BackupOutcome.Ok(manifest, target.Description)
                : BackupOutcome.Fail(BackupFailure.Storage, string.Format(Messages.RestoreCountsMismatch, mismatch));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or NpgsqlException)
        {
            return BackupOutcome.Fail(BackupFailure.Storage, string.Format(Messages.BackupFailed, ex.Message.ReplaceLineEndings(" ")));
        }
        finally
        {
            File.Delete(payload);
        }
    }

    /// <summary>Reads the manifest and copies the payload out, hashing it on the way; a damaged file is said so.</summary>
    internal static (BackupManifest? Manifest, string? Error) Unpack(string file, string payload)
    {
        try
        {
            using var zip = ZipFile.OpenRead(file);
            var entry = zip.GetEntry(BackupManifest.EntryName);
            BackupManifest? manifest;
            using (var json = entry?.Open())
                manifest = json is null ? null : BackupManifest.Deserialize(json);
            if (manifest is null)
                return (null, string.Format(Messages.BackupNotABackup, file));
            if (manifest.Format != BackupManifest.CurrentFormat)
                return (null, string.Format(Messages.BackupUnknownFormat, file, manifest.Format, BackupManifest.CurrentFormat));
            var data = zip.GetEntry(manifest.Payload);
            if (data is null || manifest.Payload.Contains('/') || manifest.Payload.Contains('\\'))
                return (null, string.Format(Messages.BackupNotABackup, file));
            string hash;
            long length = 0;
            using (var input = data.Open())
            using (var output = new FileStream(payload, FileMode.CreateNew, FileAccess.Write))
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[1 << 16];
                int n;
                while ((n = input.Read(buffer)) > 0)
                {
                    sha.AppendData(buffer, 0, n);
                    output.Write(buffer, 0, n);
                    length += n;
                }
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }
            if (hash != manifest.Sha256 || length != manifest.PayloadBytes)
                return (null, string.Format(Messages.BackupChecksumMismatch, file, hash, manifest.Sha256));
            return (manifest, null);
        }
        catch (InvalidDataException)
        {
            // Not a zip, or a zip whose compressed data is damaged (its CRC or deflate stream fails).
            return (null, string.Format(Messages.BackupNotABackup, file));
        }
    }

    private static int ExistingTables(BackupTarget target)
    {
        if (target.IsPostgres)
        {
            using var pg = new NpgsqlConnection(target.ConnectionString);
            pg.Open();
            return Census.Tables(pg, postgres: true).Count;
        }
        var path = target.SqlitePath;
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
            return 0;
        using var lite = new SqliteConnection(new SqliteConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString);
        lite.Open();
        return Census.Tables(lite, postgres: false).Count;
    }

    private static string? CheckSqlitePayload(string payload, BackupManifest manifest)
    {
        using var connection = new SqliteConnection(DatabaseBackup.Unpooled(payload));
        connection.Open();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            if (check.ExecuteScalar() is not "ok")
                return "PRAGMA integrity_check";
        }
        return Differences(connection, postgres: false, manifest);
    }

    private static string? RestoreSqlite(BackupTarget target, string payload)
    {
        using var from = new SqliteConnection(DatabaseBackup.Unpooled(payload));
        from.Open();
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString);
        to.Open();
        from.BackupDatabase(to);
        return null;
    }

    private static string? RestorePostgres(BackupTarget target, string payload, ExternalProgram programs)
    {
        var variables = target.LibpqVariables();
        // One transaction: a failure halfway leaves the target as empty as it was.
        return programs.Run("pg_restore",
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", $"--dbname={variables["PGDATABASE"]}", payload],
            variables);
    }

    /// <summary>Null when the restored database has exactly the manifest's tables, rows and migrations.</summary>
    private static string? Verify(BackupTarget target, BackupManifest manifest)
    {
        using System.Data.Common.DbConnection connection = target.IsPostgres
            ? new NpgsqlConnection(target.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(target.ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return Differences(connection, target.IsPostgres, manifest);
    }

    private static string? Differences(System.Data.Common.DbConnection connection, bool postgres, BackupManifest manifest)
    {
        var tables = Census.Tables(connection, postgres);
        var counts = Census.Counts(connection, tables);
        var migrations = Census.Migrations(connection, tables);
        var differences = new List<string>();
        foreach (var name in counts.Keys.Union(manifest.Tables.Keys).Order(StringComparer.Ordinal))
        {
            var have = counts.TryGetValue(name, out var h) ? h : (long?)null;
            var want = manifest.Tables.TryGetValue(name, out var w) ? w : (long?)null;
            if (have != want)
                differences.Add($"{name}: {want?.ToString() ?? "—"} → {have?.ToString() ?? "—"}");
        }
        foreach (var (history, id) in manifest.Migrations)
            if (migrations.GetValueOrDefault(history) != id)
                differences.Add($"{history}: {id} → {migrations.GetValueOrDefault(history) ?? "—"}");
        return differences.Count == 0 ? null : string.Join("; ", differences);
    }
}
