using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Time;
using Npgsql;

namespace NghiQuyet.Data.Storage;

/// <summary>
/// Saves one edited aggregate and turns a stale edit into a refusal that names who changed it first (from the audit
/// trail) and is itself written to the audit trail.
/// </summary>
public static class EditGuard
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Makes the save check against the version the user saw rather than the one just loaded.</summary>
    public static void ExpectVersion<T>(NghiQuyetDbContext db, T entity, int? version) where T : class, IVersioned
    {
        if (version is { } v)
            db.Entry(entity).Property(e => e.Version).OriginalValue = v;
    }

    public static Result<T> Save<T>(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time, T entity, string subject)
        where T : class, IAudited
    {
        var entry = db.Entry(entity);
        var attempted = Snapshot(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
        try
        {
            db.SaveChanges();
            return Result<T>.Ok(entity);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var stored = ex.Entries.Count > 0 ? ex.Entries[0].GetDatabaseValues() : null;
            db.ChangeTracker.Clear();
            var before = stored is null ? null : Snapshot(stored.Properties.ToDictionary(p => p.Name, p => stored[p]));
            return Result<T>.Fail(Refused(db, user, time, entry.Metadata.ClrType.Name, entity.Id, before, attempted,
                stored is null ? Messages.StaleEditDeleted : StaleMessage(db, entity.Id, subject)));
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return Result<T>.Fail(string.Format(Messages.DuplicateRecord, subject));
        }
    }

    /// <summary>
    /// Refuses a change made to a tracked entity without having seen its stored state (issue 12, defect 6: a first
    /// entry posted with no version while someone else's figure is already there): nothing is saved, the refusal is
    /// audited with the stored and the attempted values, and the message names who changed it last.
    /// </summary>
    public static Result<T> RefuseUnseen<T>(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time, T entity, string subject)
        where T : class, IAudited
    {
        var entry = db.Entry(entity);
        var attempted = Snapshot(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
        var before = Snapshot(entry.Properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue));
        db.ChangeTracker.Clear();
        return Result<T>.Fail(Refused(db, user, time, entry.Metadata.ClrType.Name, entity.Id, before, attempted, StaleMessage(db, entity.Id, subject)));
    }

    private static string StaleMessage(NghiQuyetDbContext db, Guid id, string subject)
    {
        var last = db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == id && a.Action != AuditAction.Refused)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Action != AuditAction.Insert)
            .FirstOrDefault();
        return string.Format(Messages.StaleEdit, subject, last?.UserName ?? "?", last is null ? "?" : VietnamClock.Format(last.At));
    }

    private static string Refused(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time, string entity, Guid id, string? before, string attempted, string message)
    {
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), user.UserName, AuditAction.Refused, entity, id, before, attempted, message));
        db.SaveChanges();
        return message;
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException is SqliteException { SqliteErrorCode: 19 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private static string Snapshot(Dictionary<string, object?> values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, object?>(values, StringComparer.Ordinal), Json);
}
