using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Storage;

/// <summary>A change made with a reason: a province's return comment, or an unlock reason (<paramref name="Reopened"/>).</summary>
public sealed record ReasonedChange(Guid EntityId, string UserName, DateTimeOffset At, string Note, bool Reopened);

/// <summary>
/// Reading the audit trail back: the entries of some entities, the reasons given for changes, a user's refusals. The
/// before/after snapshots are JSON written by the interceptor and <see cref="EditGuard"/>; only this class looks inside.
/// </summary>
public sealed class AuditTrail(NghiQuyetDbContext db)
{
    /// <summary>Every entry of the entities, newest first.</summary>
    public List<AuditEntry> Of(IReadOnlyCollection<Guid> entityIds) =>
        db.AuditEntries.AsNoTracking().Where(a => entityIds.Contains(a.EntityId)).ToList()
            .OrderByDescending(a => a.At).ToList();

    /// <summary>For each entity, its latest change that came with a reason; newest first.</summary>
    public List<ReasonedChange> LatestReasons(IReadOnlyCollection<Guid> entityIds)
    {
        if (entityIds.Count == 0)
            return [];
        var reasoned = db.AuditEntries.AsNoTracking()
            .Where(a => entityIds.Contains(a.EntityId) && a.Action == AuditAction.Update && a.Note != null)
            .ToList();
        return reasoned.GroupBy(a => a.EntityId).Select(g => g.OrderByDescending(a => a.At).First())
            .OrderByDescending(a => a.At)
            .Select(a => new ReasonedChange(a.EntityId, a.UserName, a.At, a.Note!, WasApproved(a.Before)))
            .ToList();
    }

    /// <summary>The refusals (stale edits) of <paramref name="userName"/> on the entities.</summary>
    public List<AuditEntry> Refusals(string userName, IReadOnlyCollection<Guid> entityIds) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditAction.Refused && a.UserName == userName && entityIds.Contains(a.EntityId))
            .ToList();

    /// <summary>An unlock is the change whose "before" had an approver; a return's had none.</summary>
    private static bool WasApproved(string? before)
    {
        try
        {
            return before is not null && JsonNode.Parse(before)?["ApprovedBy"] is JsonValue v && v.TryGetValue<string>(out var by) && by.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
