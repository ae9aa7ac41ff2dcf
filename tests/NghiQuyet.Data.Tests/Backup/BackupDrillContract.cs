using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Backup;
using NghiQuyet.Data.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace NghiQuyet.Data.Tests.Backup;

/// <summary>
/// The backup drill (issue 12, defect 7), on SQLite and on a real PostgreSQL server: back up while officers keep
/// writing figures, restore into an empty database, and find every write committed before the backup began, a
/// consistent state (each figure with exactly its audit entries), and — after the writes stop — identical content.
/// Damaged backups, full targets and missing tools are refused before anything is written.
/// </summary>
public abstract class BackupDrillContract : IDisposable
{
    private readonly TestDatabase _source;
    private readonly Func<TestDatabase> _newDatabase;
    private readonly List<TestDatabase> _others = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-backup-").FullName;

    private readonly ITestOutputHelper _output;

    protected BackupDrillContract(Func<TestDatabase> newDatabase, ITestOutputHelper output)
    {
        _newDatabase = newDatabase;
        _output = output;
        _source = newDatabase();
    }

    public void Dispose()
    {
        _source.Dispose();
        foreach (var d in _others)
            d.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        GC.SuppressFinalize(this);
    }

    private TestDatabase Empty()
    {
        var d = _newDatabase();
        _others.Add(d);
        return d;
    }

    private string Out(string name) => Path.Combine(_folder, name + DatabaseBackup.Extension);

    /// <summary>A commune's draft resolution with five targets: what the writers record figures for.</summary>
    private List<Guid> Seed()
    {
        using var db = _source.Open("lan");
        var imported = _source.Importer(db, "lan").Import(Sample.Fixture());
        Assert.True(imported.Success, imported.Error);
        return [.. db.Targets.AsNoTracking().OrderBy(t => t.Name).Select(t => t.Id)];
    }

    /// <summary>
    /// Officers entering and correcting figures through the real service (each save one transaction with its audit
    /// entry) until stopped; each writer owns its targets so that they never conflict with each other.
    /// </summary>
    private static Task Writer(TestDatabase database, int index, IReadOnlyList<Guid> targets, ConcurrentBag<string> refused, CancellationToken stop) =>
        Task.Run(() =>
        {
            var user = "ghi" + index;
            for (var k = 0; !stop.IsCancellationRequested; k++)
            {
                try
                {
                    using var db = database.Open(user);
                    var target = targets[k % targets.Count];
                    var year = 2026 + (k / targets.Count) % 5;
                    var current = db.Measurements.AsNoTracking().FirstOrDefault(m => m.TargetId == target && m.Year == year);
                    var figure = new MeasurementFigure(Math.Round(1 + k * 0.1m, 1));
                    var saved = database.Measurements(db, user).Record(target, year, figure, TestDatabase.Editor(user), current?.Version);
                    if (!saved.Success)
                        refused.Add(saved.Error);
                }
                catch (Exception ex) when (ex is DbUpdateException or SqliteException or NpgsqlException or InvalidOperationException)
                {
                    // A write the database refused (busy) was never acknowledged: not data lost, but counted.
                    refused.Add(ex.GetType().Name + ": " + ex.Message);
                }
            }
        }, CancellationToken.None); // The loop watches stop itself and ends normally: the task is never cancelled.

    [StorageFact]
    public async Task A_backup_taken_under_concurrent_writes_restores_every_committed_write_and_a_consistent_state()
    {
        var targets = Seed();
        using var stop = new CancellationTokenSource();
        var refused = new ConcurrentBag<string>();
        var writers = new[]
        {
            Writer(_source, 0, targets[..3], refused, stop.Token),
            Writer(_source, 1, targets[3..], refused, stop.Token),
        };
        // Let the writers get going, then note every audit entry committed so far: all of them must be in the backup.
        await WaitForAudit(60);
        HashSet<Guid> committedBefore;
        using (var db = _source.Open())
            committedBefore = [.. db.AuditEntries.AsNoTracking().Select(a => a.Id)];

        var outcome = DatabaseBackup.Create(_source.Db, Out("under-writes"), TimeProvider.System);
        Assert.True(outcome.Success, outcome.Error);
        int afterBackup;
        using (var db = _source.Open())
            afterBackup = db.AuditEntries.Count();
        // Writes go on after the snapshot; they must not be in it.
        await WaitForAudit(afterBackup + 40);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var restored = Empty();
        var restore = DatabaseRestore.Restore(Out("under-writes"), restored.Db);
        Assert.True(restore.Success, restore.Error);

        using var source = _source.Open();
        using var copy = restored.Open();
        var copied = copy.AuditEntries.AsNoTracking().Select(a => a.Id).ToHashSet();
        Assert.Empty(committedBefore.Except(copied));
        Assert.True(copied.Count < source.AuditEntries.Count(), "the writes after the snapshot are not in it");
        Assert.Equal(outcome.Manifest!.Tables["AuditEntries"], copied.Count);
        // Every audit row in the copy is one the source has, unchanged (the audit trail is append-only).
        var sourceAudit = Rows(source, "AuditEntries").ToHashSet();
        Assert.Empty(Rows(copy, "AuditEntries").Except(sourceAudit));
        // Consistent: each figure in the copy has exactly the audit entries written with its saves — a torn snapshot
        // (a figure without its audit entry or the other way round) breaks this.
        Assert.Equal(AuditPerVersion(source).Distinct().Single(), AuditPerVersion(copy).Distinct().Single());
        Assert.NotEmpty(copy.Measurements.AsNoTracking().ToList());
        _output.WriteLine($"{_source.Provider}: {committedBefore.Count} audit entries committed before the backup, all {committedBefore.Count} restored; "
            + $"{copied.Count} in the snapshot, {source.AuditEntries.Count()} at the end; {refused.Count} writes refused by the database (never acknowledged)");

        // Once the writes have stopped, a backup restores to identical content, table by table, row by row.
        var quiet = DatabaseBackup.Create(_source.Db, Out("quiet"), TimeProvider.System);
        Assert.True(quiet.Success, quiet.Error);
        var second = Empty();
        var again = DatabaseRestore.Restore(Out("quiet"), second.Db);
        Assert.True(again.Success, again.Error);
        using var secondCopy = second.Open();
        Assert.Equal(Content(source), Content(secondCopy));
        Assert.Equal(quiet.Manifest!.SchemaVersion, source.Database.GetAppliedMigrations().Last());
    }

    private async Task WaitForAudit(int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var db = _source.Open();
            if (db.AuditEntries.Count() >= atLeast)
                return;
            await Task.Delay(20);
        }
        Assert.Fail($"the writers did not reach {atLeast} audit entries in 60 s");
    }

    [StorageFact]
    public void A_damaged_backup_is_refused_and_nothing_is_written()
    {
        Seed();
        var good = Out("good");
        Assert.True(DatabaseBackup.Create(_source.Db, good, TimeProvider.System).Success);

        // 1. One payload byte changed, the zip rewritten around it (its own CRC fine): the SHA-256 catches it.
        var tampered = Out("tampered");
        File.Copy(good, tampered);
        using (var zip = ZipFile.Open(tampered, ZipArchiveMode.Update))
        {
            var entry = zip.Entries.Single(e => e.Name != BackupManifest.EntryName);
            byte[] bytes;
            using (var s = entry.Open())
            using (var m = new MemoryStream())
            {
                s.CopyTo(m);
                bytes = m.ToArray();
            }
            bytes[bytes.Length / 2] ^= 0x20;
            var name = entry.FullName;
            entry.Delete();
            using var w = zip.CreateEntry(name).Open();
            w.Write(bytes);
        }
        var target = Empty();
        var refused = DatabaseRestore.Restore(tampered, target.Db);
        Assert.Equal(BackupFailure.BadInput, refused.Failure);
        Assert.StartsWith(string.Format(Messages.BackupChecksumMismatch, tampered, "", "")[..40], refused.Error);
        AssertEmpty(target);

        // 2. The file cut short (a copy that did not finish): not a backup.
        var cut = Out("cut");
        var all = File.ReadAllBytes(good);
        File.WriteAllBytes(cut, all[..(all.Length * 2 / 3)]);
        refused = DatabaseRestore.Restore(cut, target.Db);
        Assert.Equal(BackupFailure.BadInput, refused.Failure);
        Assert.Equal(string.Format(Messages.BackupNotABackup, cut), refused.Error);
        AssertEmpty(target);

        // 3. Bytes flipped in the middle of the zip itself.
        var flipped = Out("flipped");
        var copy = (byte[])all.Clone();
        for (var i = copy.Length / 3; i < copy.Length / 3 + 16; i++)
            copy[i] ^= 0xFF;
        File.WriteAllBytes(flipped, copy);
        refused = DatabaseRestore.Restore(flipped, target.Db);
        Assert.Equal(BackupFailure.BadInput, refused.Failure);
        AssertEmpty(target);

        // 4. Not a backup at all.
        var text = Path.Combine(_folder, "ghi-chu.txt");
        File.WriteAllText(text, "không phải bản sao lưu");
        Assert.Equal(string.Format(Messages.BackupNotABackup, text), DatabaseRestore.Restore(text, target.Db).Error);
        AssertEmpty(target);

        // And the good one restores.
        Assert.True(DatabaseRestore.Restore(good, target.Db).Success);
    }

    [StorageFact]
    public void A_backup_from_a_newer_version_or_with_a_manifest_that_does_not_match_is_refused()
    {
        Seed();
        var good = Out("good");
        Assert.True(DatabaseBackup.Create(_source.Db, good, TimeProvider.System).Success);

        var future = Out("future");
        File.Copy(good, future);
        EditManifest(future, m => m["schema_version"] = "29991231000000_FromTheFuture");
        var target = Empty();
        var refused = DatabaseRestore.Restore(future, target.Db);
        Assert.Equal(BackupFailure.BadInput, refused.Failure);
        Assert.StartsWith($"Bản sao lưu {future} có lược đồ 29991231000000_FromTheFuture, mới hơn", refused.Error);
        AssertEmpty(target);

        // The counts say one audit entry more than the payload holds (a manifest from another backup).
        var counted = Out("counted");
        File.Copy(good, counted);
        EditManifest(counted, m => m["tables"]!["AuditEntries"] = (long)m["tables"]!["AuditEntries"]! + 1);
        refused = DatabaseRestore.Restore(counted, target.Db);
        Assert.False(refused.Success);
        Assert.Contains("AuditEntries", refused.Error);
        if (_source.Provider == "sqlite")
        {
            // SQLite's payload is counted before it is copied: nothing written.
            Assert.Equal(BackupFailure.BadInput, refused.Failure);
            AssertEmpty(target);
        }
        else
            // A dump is counted once restored; the message says not to use the result.
            Assert.Contains("đừng dùng nó", refused.Error);
    }

    private static void EditManifest(string file, Action<System.Text.Json.Nodes.JsonNode> edit)
    {
        using var zip = ZipFile.Open(file, ZipArchiveMode.Update);
        var entry = zip.GetEntry(BackupManifest.EntryName)!;
        System.Text.Json.Nodes.JsonNode json;
        using (var s = entry.Open())
            json = System.Text.Json.Nodes.JsonNode.Parse(s)!;
        edit(json);
        entry.Delete();
        using var w = new StreamWriter(zip.CreateEntry(BackupManifest.EntryName).Open());
        w.Write(json.ToJsonString());
    }

    [StorageFact]
    public void Restore_refuses_a_database_that_has_data_and_leaves_it_as_it_was()
    {
        Seed();
        var file = Out("full");
        Assert.True(DatabaseBackup.Create(_source.Db, file, TimeProvider.System).Success);
        // Restoring over the very database it came from, now with one more figure: refused, nothing changed.
        using (var db = _source.Open())
        {
            var target = db.Targets.First().Id;
            Assert.True(_source.Measurements(db, "lan").Record(target, 2027, new MeasurementFigure(4.2m), TestDatabase.Editor("lan")).Success);
        }
        string before;
        using (var db = _source.Open())
            before = string.Join("\n", Content(db).Select(t => t.Key + ":" + string.Join("|", t.Value)));
        var refused = DatabaseRestore.Restore(file, _source.Db);
        Assert.Equal(BackupFailure.BadInput, refused.Failure);
        Assert.Contains("chỉ khôi phục vào một cơ sở dữ liệu trống", refused.Error);
        using (var db = _source.Open())
            Assert.Equal(before, string.Join("\n", Content(db).Select(t => t.Key + ":" + string.Join("|", t.Value))));

        // An existing output file is never written over.
        var length = new FileInfo(file).Length;
        var again = DatabaseBackup.Create(_source.Db, file, TimeProvider.System);
        Assert.Equal(BackupFailure.BadInput, again.Failure);
        Assert.Equal(length, new FileInfo(file).Length);
    }

    private static void AssertEmpty(TestDatabase database)
    {
        if (database.Provider == "postgres")
        {
            using var c = new NpgsqlConnection(database.Db);
            c.Open();
            Assert.Empty(Census.Tables(c, postgres: true));
        }
        else
            Assert.False(File.Exists(((SqliteTestDatabase)database).Path) && new FileInfo(((SqliteTestDatabase)database).Path).Length > 0,
                "the SQLite target was written");
    }

    /// <summary>For each figure, its audit entries minus its version: one constant in any consistent state.</summary>
    private static IEnumerable<int> AuditPerVersion(NghiQuyetDbContext db)
    {
        var audits = db.AuditEntries.AsNoTracking().Where(a => a.Entity == "Measurement").GroupBy(a => a.EntityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionary(x => x.Key, x => x.Count);
        return db.Measurements.AsNoTracking().Select(m => new { m.Id, m.Version }).ToList()
            .Select(m => audits.GetValueOrDefault(m.Id) - m.Version);
    }

    /// <summary>Every table's rows, every column, as text, sorted: what "identical content" is compared on.</summary>
    private static SortedDictionary<string, List<string>> Content(NghiQuyetDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        var postgres = connection is NpgsqlConnection;
        var content = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in Census.Tables(connection, postgres))
            content[table] = Rows(connection, table);
        return content;
    }

    private static List<string> Rows(NghiQuyetDbContext db, string table)
    {
        db.Database.OpenConnection();
        return Rows(db.Database.GetDbConnection(), table);
    }

    private static List<string> Rows(DbConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Census.Quote(table)}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                {
                    byte[] b => Convert.ToHexString(b),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString() ?? "",
                };
            rows.Add(string.Join("|", cells));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}

public sealed class SqliteBackupDrillTests(ITestOutputHelper output) : BackupDrillContract(() => new SqliteTestDatabase(), output);

public sealed class PostgresBackupDrillTests(ITestOutputHelper output) : BackupDrillContract(() => new PostgresTestDatabase(), output), INeedsPostgres;
