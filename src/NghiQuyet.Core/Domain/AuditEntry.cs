namespace NghiQuyet.Core.Domain;

/// <summary>One change (or refused change) to an audited entity: who, when, what, before and after (JSON).</summary>
public class AuditEntry
{
    private AuditEntry()
    {
        UserName = Entity = string.Empty;
    }

    /// <summary>An entry for one change, stamped with the time and the user who made it.</summary>
    public AuditEntry(DateTimeOffset at, string userName, AuditAction action, string entity, Guid entityId, string? before, string? after, string? note = null)
    {
        Id = Guid.CreateVersion7(at);
        At = at;
        UserName = userName;
        Action = action;
        Entity = entity;
        EntityId = entityId;
        Before = before;
        After = after;
        Note = note;
    }

    /// <summary>Primary key.</summary>
    public Guid Id { get; private set; }
    /// <summary>When the change was made (UTC).</summary>
    public DateTimeOffset At { get; private set; }
    /// <summary>Who made or attempted the change.</summary>
    public string UserName { get; private set; }
    /// <summary>What kind of change it was.</summary>
    public AuditAction Action { get; private set; }
    /// <summary>"Target", "Measurement", "Resolution".</summary>
    public string Entity { get; private set; }
    /// <summary>The changed entity's key.</summary>
    public Guid EntityId { get; private set; }
    /// <summary>The entity's audited fields before the change, as JSON; null for an insert.</summary>
    public string? Before { get; private set; }
    /// <summary>The entity's audited fields after the change (or as attempted), as JSON; null for a delete.</summary>
    public string? After { get; private set; }
    /// <summary>Why a change was made (a return comment, an unlock or correction reason) or refused, in Vietnamese.</summary>
    public string? Note { get; private set; }
}

/// <summary>The kind of change an audit entry records.</summary>
public enum AuditAction
{
    /// <summary>The entity was created.</summary>
    Insert,
    /// <summary>The entity was changed.</summary>
    Update,
    /// <summary>The entity was removed.</summary>
    Delete,
    /// <summary>An attempted change that was refused (stale edit); nothing was written but this entry.</summary>
    Refused,
}
