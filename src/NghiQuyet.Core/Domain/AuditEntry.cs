namespace NghiQuyet.Core.Domain;

/// <summary>One change (or refused change) to an audited entity: who, when, what, before and after (JSON).</summary>
public class AuditEntry
{
    private AuditEntry()
    {
        UserName = Entity = string.Empty;
    }

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

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserName { get; private set; }
    public AuditAction Action { get; private set; }
    /// <summary>"Target", "Measurement", "Resolution".</summary>
    public string Entity { get; private set; }
    public Guid EntityId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    /// <summary>Why a change was made (a return comment, an unlock or correction reason) or refused, in Vietnamese.</summary>
    public string? Note { get; private set; }
}

public enum AuditAction
{
    Insert,
    Update,
    Delete,
    /// <summary>An attempted change that was refused (stale edit); nothing was written but this entry.</summary>
    Refused,
}
