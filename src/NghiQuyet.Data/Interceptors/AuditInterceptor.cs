using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Interceptors;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every insert, update and delete of an <see cref="IAudited"/> entity
/// (resolutions, targets, measurements), inside the same SaveChanges and so the same transaction: either the change
/// and its audit entry are both stored, or neither. The context's <see cref="NghiQuyetDbContext.AuditNote"/> (why the
/// change is made) goes into each entry's note.
/// </summary>
public sealed class AuditInterceptor(ICurrentUser user, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Audit(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Audit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ClearNote(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ClearNote(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // A failed save keeps the note: the caller may fix the conflict and save the same change again.
    private static void ClearNote(DbContext? context)
    {
        if (context is NghiQuyetDbContext db)
            db.AuditNote = null;
    }

    private void Audit(DbContext? context)
    {
        if (context is null)
            return;
        context.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        var note = (context as NghiQuyetDbContext)?.AuditNote is { } why && !string.IsNullOrWhiteSpace(why) ? why.Trim() : null;
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries<IAudited>())
        {
            var (action, before, after) = entry.State switch
            {
                EntityState.Added => (AuditAction.Insert, null, Snapshot(entry, current: true)),
                EntityState.Modified => (AuditAction.Update, Snapshot(entry, current: false), Snapshot(entry, current: true)),
                EntityState.Deleted => (AuditAction.Delete, Snapshot(entry, current: false), (string?)null),
                _ => ((AuditAction?)null, (string?)null, (string?)null),
            };
            if (action is { } a)
                entries.Add(new AuditEntry(now, user.UserName, a, entry.Metadata.ClrType.Name, entry.Entity.Id, before, after, note));
        }
        context.Set<AuditEntry>().AddRange(entries);
    }

    /// <summary>The entity's columns as JSON, before or after the change.</summary>
    private static string Snapshot(EntityEntry entry, bool current)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in entry.Properties)
            values[p.Metadata.Name] = current ? p.CurrentValue : p.OriginalValue;
        // A value object's columns (a revision's terms) under their own names, as when they were plain properties.
        foreach (var c in entry.ComplexProperties)
            foreach (var p in c.Properties)
                values[p.Metadata.Name] = current ? p.CurrentValue : p.OriginalValue;
        return JsonSerializer.Serialize(values, Json);
    }
}
