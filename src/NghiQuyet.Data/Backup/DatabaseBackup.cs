using System.Data;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using NghiQuyet.Core;
using Npgsql;

namespace NghiQuyet.Data.Backup;

/// <summary>
/// <c>nghiquyet backup</c> and the site's scheduled backup: a consistent snapshot of a running database in one .nqbak
/// file (a zip: <c>manifest.json</c> + the payload). SQLite is copied with its online backup API (a plain file copy
/// while the site writes misses what is still in the journal or WAL); PostgreSQL with <c>pg_dump -Fc</c> on a snapshot
/// that the manifest's row counts are read from too.
/// </summary>
public static class DatabaseBackup
{
    public const string Extension = ".nqbak";

    /// <summary>How long a SQLite backup waits for writers to let go of their lock.</summary>
    public static readonly TimeSpan BusyPatience = TimeSpan.FromSeconds(60);

    public static BackupOutcome Create(string? db, string outFile, TimeProvider time, ExternalProgram? programs = null)
    {
        var target = BackupTarget.From(db, out var error);
        if (target is null)
            return BackupOutcome.Fail(BackupFailure.Storage, error!);
        var output = Path.GetFullPath(outFile);
        var folder = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(folder))
            return BackupOutcome.Fail(BackupFailure.NotFound, string.Format(Messages.BackupOutFolderMissing, folder));
        if (File.Exists(output) || Directory.Exists(output))
            return BackupOutcome.Fail(BackupFailure.BadInput, string.Format(Messages.BackupOutExists, output));

        // The payload is made beside the output (same file system, no second copy elsewhere) and removed afterwards.
        var payload = Path.Combine(folder, $".nq-backup-{Guid.NewGuid():N}.tmp");
        var part = output + ".part";
        try
        {
            var snapshot = target.IsPostgres
                ? DumpPostgres(target, payload, programs ?? ExternalProgram.FromProcess)
                : CopySqlite(target, payload);
            if (snapshot.Error is { } failed)
                return BackupOutcome.Fail(snapshot.Failure, failed);
            var (tables, migrations) = (snapshot.Tables!, snapshot.Migrations!);
            var manifest = new BackupManifest(
                BackupManifest.CurrentFormat,
                target.Provider,
                time.GetUtcNow(),
                migrations.GetValueOrDefault(BackupManifest.StorageHistory, ""),
                migrations,
                tables,
                target.IsPostgres ? "database.pgdump" : "database.sqlite",
                new FileInfo(payload).Length,
                Sha256(payload));
            WriteZip(part, manifest, payload, compress: !target.IsPostgres);
            File.Move(part, output, overwrite: false);
            return BackupOutcome.Ok(manifest, target.Description);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or NpgsqlException)
        {
            return BackupOutcome.Fail(BackupFailure.Storage, string.Format(Messages.BackupFailed, ex.Message.ReplaceLineEndings(" ")));
        }
        finally
        {
            File.Delete(payload);
            File.Delete(part);
        }
    }

    private sealed record Snapshot(SortedDictionary<string, long>? Tables, SortedDictionary<string, string>? Migrations, string? Error, BackupFailure Failure)
    {
        public static Snapshot Fail(BackupFailure failure, string error) => new(null, null, error, failure);
    }

    private static Snapshot CopySqlite(BackupTarget target, string payload)
    {
        var path = target.SqlitePath;
        if (!File.Exists(path))
            return Snapshot.Fail(BackupFailure.NotFound, string.Format(Messages.FileNotFound, path));
        var source = new SqliteConnectionStringBuilder(target.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using (var from = new SqliteConnection(source.ConnectionString))
        using (var to = new SqliteConnection(Unpooled(payload)))
        {
            from.Open();
            to.Open();
            // One sqlite3_backup_step(-1): every page copied under one read lock, so the copy is one committed state
            // even while other connections write. A writer holding its lock makes the step answer "busy" at once
            // (Microsoft.Data.Sqlite waits on commands, not on a backup): try again for a while.
            var deadline = DateTime.UtcNow + BusyPatience;
            while (true)
            {
                try
                {
                    from.BackupDatabase(to);
                    break;
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(Random.Shared.Next(20, 80));
                }
            }
        }
        using var copy = new SqliteConnection(Unpooled(payload));
        copy.Open();
        // The copy is a plain file: no WAL beside it to lose when it is zipped.
        using (var journal = copy.CreateCommand())
        {
            journal.CommandText = "PRAGMA journal_mode = DELETE";
            journal.ExecuteNonQuery();
        }
        var tables = Census.Tables(copy, postgres: false);
        return new Snapshot(Census.Counts(copy, tables), Census.Migrations(copy, tables), null, BackupFailure.None);
    }

    private static Snapshot DumpPostgres(BackupTarget target, string payload, ExternalProgram programs)
    {
        if (programs.Find("pg_dump") is null)
            return Snapshot.Fail(BackupFailure.ToolMissing, string.Format(Messages.BackupToolMissing, "pg_dump"));
        using var connection = new NpgsqlConnection(target.ConnectionString);
        connection.Open();
        // pg_dump reads the snapshot this transaction exported, and the counts are read in it: the manifest describes
        // exactly the rows in the dump, whatever is written meanwhile.
        using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        string snapshotId;
        using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
            snapshotId = (string)export.ExecuteScalar()!;
        var tables = Census.Tables(connection, postgres: true, transaction);
        var counts = Census.Counts(connection, tables, transaction);
        var migrations = Census.Migrations(connection, tables, transaction);
        var failed = programs.Run("pg_dump",
            ["--format=custom", "--no-owner", "--no-privileges", $"--snapshot={snapshotId}", $"--file={payload}"],
            target.LibpqVariables());
        transaction.Commit();
        return failed is null ? new Snapshot(counts, migrations, null, BackupFailure.None) : Snapshot.Fail(BackupFailure.Storage, failed);
    }

    private static void WriteZip(string path, BackupManifest manifest, string payload, bool compress)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal).Open()))
                writer.Write(manifest.Serialize());
            using var data = zip.CreateEntry(manifest.Payload, compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression).Open();
            using var input = File.OpenRead(payload);
            input.CopyTo(data);
        }
        file.Flush(flushToDisk: true);
    }

    internal static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    internal static string Unpooled(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString;
}
