using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Domain;

/// <summary>Where a requested revision stands.</summary>
public enum RevisionStatus
{
    /// <summary>Asked for by the unit, waiting for the level above.</summary>
    Requested,
    /// <summary>In force from <see cref="TargetRevision.FromYear"/>.</summary>
    Approved,
    /// <summary>Turned down with a note; the target stays as it was.</summary>
    Rejected,
}

/// <summary>
/// A change to a published target: a new version of it that applies from one year on, asked for by the unit with a
/// reason and approved by the level above (the province for a commune; an administrator for anyone). Years before
/// <see cref="FromYear"/> keep being judged against the version that was in force then.
/// </summary>
public class TargetRevision : IAudited, IVersioned
{
    private TargetRevision()
    {
        Terms = null!;
        Reason = RequestedBy = string.Empty;
    }

    internal TargetRevision(Guid targetId, int number, int fromYear, TargetTerms change, string reason, string requestedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TargetId = targetId;
        Number = number;
        FromYear = fromYear;
        Terms = change with { Name = change.Name.Trim() };
        Reason = reason.Trim();
        RequestedBy = requestedBy;
        RequestedAt = now;
        Status = RevisionStatus.Requested;
    }

    /// <summary>Primary key.</summary>
    public Guid Id { get; private set; }
    /// <summary>The published target it revises.</summary>
    public Guid TargetId { get; private set; }
    /// <summary>1, 2, … in the order asked for.</summary>
    public int Number { get; private set; }
    /// <summary>The first year whose figures are judged against this version.</summary>
    public int FromYear { get; private set; }
    /// <summary>The revised terms, deadline year included (the target's item, group and line stay those of the target).</summary>
    public TargetTerms Terms { get; private set; }
    /// <summary>Why the target is revised, as the requester wrote it.</summary>
    public string Reason { get; private set; }
    /// <summary>Who asked.</summary>
    public string RequestedBy { get; private set; }
    /// <summary>When it was asked for.</summary>
    public DateTimeOffset RequestedAt { get; private set; }
    /// <summary>Requested, approved or rejected.</summary>
    public RevisionStatus Status { get; private set; }
    /// <summary>Who approved or rejected it.</summary>
    public string? DecidedBy { get; private set; }
    /// <summary>When it was decided.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>Why it was turned down (required), or the approver's remark.</summary>
    public string? DecisionNote { get; private set; }
    /// <summary>Concurrency token: a stale edit is refused.</summary>
    public int Version { get; set; }

    internal Result<TargetRevision> Decide(bool approve, string? note, Actor actor, DateTimeOffset now)
    {
        if (!actor.CanApprove)
            return Result<TargetRevision>.Fail(string.Format(Messages.NotAllowed, actor.UserName, Messages.ActionApproveRevision));
        if (Status != RevisionStatus.Requested)
            return Result<TargetRevision>.Fail(Messages.RevisionNotPending);
        // Four eyes, as for figures: whoever asked does not approve their own change.
        if (string.Equals(actor.UserName, RequestedBy, StringComparison.Ordinal))
            return Result<TargetRevision>.Fail(string.Format(Messages.RevisionOwnRequest, actor.UserName));
        if (!approve && string.IsNullOrWhiteSpace(note))
            return Result<TargetRevision>.Fail(Messages.RevisionRejectNoteRequired);
        Status = approve ? RevisionStatus.Approved : RevisionStatus.Rejected;
        DecidedBy = actor.UserName;
        DecidedAt = now;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return Result<TargetRevision>.Ok(this);
    }
}
