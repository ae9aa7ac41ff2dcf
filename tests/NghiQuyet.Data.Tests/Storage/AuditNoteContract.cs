using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Tests.Infrastructure;

namespace NghiQuyet.Data.Tests.Storage;

/// <summary>
/// The context's AuditNote (why a change is made) lands in the audit entries of exactly the save it was set for, on
/// SQLite and on PostgreSQL.
/// </summary>
public abstract class AuditNoteContract : IDisposable
{
    private readonly TestDatabase _database;

    protected AuditNoteContract(TestDatabase database) => _database = database;

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    private Guid ImportAndRecord(NghiQuyetDbContext db)
    {
        Assert.True(_database.Importer(db).Import(Sample.Fixture()).Success);
        var target = _database.Measurements(db, "lan").FindTarget("04183", "1");
        Assert.True(target.Success, target.Error);
        var recorded = _database.Measurements(db, "lan").Record(target.Value.Id, 2026, new MeasurementFigure(2.1m, Note: "ước"), TestDatabase.Editor("lan"));
        Assert.True(recorded.Success, recorded.Error);
        return recorded.Value.Measurement.Id;
    }

    [StorageFact]
    public void The_note_goes_into_the_entries_of_that_save_only_and_is_then_cleared()
    {
        Guid id;
        using (var db = _database.Open("hoa"))
        {
            id = ImportAndRecord(db);
            var m = db.Measurements.Single(x => x.Id == id);
            _database.Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.True(m.Submit(TestDatabase.Editor("lan"), _database.Clock.Now).Success);
            db.SaveChanges();

            _database.Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.True(m.Return(new Actor("hoa", ActorRole.Approver), "Số liệu chưa khớp báo cáo", _database.Clock.Now).Success);
            db.AuditNote = "  Số liệu chưa khớp báo cáo ";
            db.SaveChanges();
            Assert.Null(db.AuditNote);

            _database.Clock.Advance(TimeSpan.FromMinutes(1));
            Assert.True(m.Update(new MeasurementFigure(2.4m), TestDatabase.Editor("lan"), _database.Clock.Now).Success);
            db.SaveChanges();
        }

        using var check = _database.Open();
        var trail = check.AuditEntries.AsNoTracking().Where(a => a.EntityId == id).ToList().OrderBy(a => a.At).ToList();
        Assert.Equal([AuditAction.Insert, AuditAction.Update, AuditAction.Update, AuditAction.Update], trail.Select(a => a.Action));
        Assert.Equal([null, null, "Số liệu chưa khớp báo cáo", null], trail.Select(a => a.Note));
        Assert.Equal("hoa", trail[2].UserName);
        // The measurement's own note is the commune's, untouched by the return.
        Assert.Null(check.Measurements.AsNoTracking().Single(x => x.Id == id).Note);
    }

    [StorageFact]
    public async Task The_note_is_written_by_an_async_save_too_and_a_whitespace_note_is_none()
    {
        using var db = _database.Open("admin");
        var id = ImportAndRecord(db);
        var m = db.Measurements.Single(x => x.Id == id);
        Assert.True(m.Submit(TestDatabase.Editor("lan"), _database.Clock.Now).Success);
        db.AuditNote = "   ";
        await db.SaveChangesAsync();
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(m.Approve(new Actor("admin", ActorRole.Administrator), _database.Clock.Now).Success);
        Assert.True(m.Unlock(new Actor("admin", ActorRole.Administrator), "Sai đơn vị tính", _database.Clock.Now).Success);
        db.AuditNote = "Sai đơn vị tính";
        await db.SaveChangesAsync();
        Assert.Null(db.AuditNote);

        var notes = db.AuditEntries.AsNoTracking().Where(a => a.EntityId == id && a.Action == AuditAction.Update).ToList()
            .OrderBy(a => a.At).Select(a => a.Note).ToList();
        Assert.Equal([null, "Sai đơn vị tính"], notes);
    }

    [StorageFact]
    public void A_refused_save_writes_nothing_with_the_note_and_keeps_it_for_a_retry()
    {
        Guid id;
        using (var db = _database.Open("lan"))
            id = ImportAndRecord(db);

        using var stale = _database.Open("hoa");
        var seen = stale.Measurements.AsNoTracking().Single(x => x.Id == id).Version;
        using (var other = _database.Open("lan"))
        {
            var m = other.Measurements.Single(x => x.Id == id);
            Assert.True(m.Update(new MeasurementFigure(2.2m), TestDatabase.Editor("lan"), _database.Clock.Now).Success);
            other.SaveChanges();
        }

        var mine = stale.Measurements.Single(x => x.Id == id);
        NghiQuyet.Data.Storage.EditGuard.ExpectVersion(stale, mine, seen);
        Assert.True(mine.Update(new MeasurementFigure(9m), new Actor("hoa", ActorRole.Approver), _database.Clock.Now).Success);
        stale.AuditNote = "sửa theo báo cáo";
        Assert.Throws<DbUpdateConcurrencyException>(() => stale.SaveChanges());
        Assert.Equal("sửa theo báo cáo", stale.AuditNote);
        stale.ChangeTracker.Clear();

        using var check = _database.Open();
        Assert.DoesNotContain(check.AuditEntries.AsNoTracking().ToList(), a => a.Note == "sửa theo báo cáo");
        Assert.Equal(2.2m, check.Measurements.AsNoTracking().Single(x => x.Id == id).Value);
    }
}

public sealed class SqliteAuditNoteTests() : AuditNoteContract(new SqliteTestDatabase());

public sealed class PostgresAuditNoteTests() : AuditNoteContract(CreatePostgres()), INeedsPostgres
{
    private static PostgresTestDatabase CreatePostgres() => new();
}
