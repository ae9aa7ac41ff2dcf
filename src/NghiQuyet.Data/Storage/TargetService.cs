using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Data.Storage;

/// <summary>
/// Changes to one target, always through its resolution (the aggregate decides): a correction while the resolution is
/// a draft; after publication a revision that is requested, then approved or turned down. Each call is one save (one
/// transaction, audited); a refusal writes nothing but, for a stale edit, its own audit entry.
/// </summary>
public sealed class TargetService(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time)
{
    /// <param name="expectedVersion">The target's version the user saw; null = the one stored now.</param>
    public Result<Target> Correct(Guid targetId, TargetTerms correction, Actor actor, int? expectedVersion = null)
    {
        var resolution = ResolutionOf(targetId);
        if (resolution is null)
            return Result<Target>.Fail(Messages.StaleEditDeleted);
        var target = resolution.Targets.First(t => t.Id == targetId);
        EditGuard.ExpectVersion(db, target, expectedVersion);
        var corrected = resolution.CorrectTarget(targetId, correction, actor, time.GetUtcNow());
        if (!corrected.Success)
        {
            db.ChangeTracker.Clear();
            return corrected;
        }
        return EditGuard.Save(db, user, time, target, Messages.SubjectTarget);
    }

    /// <summary>Asks for a change to a published target from <paramref name="fromYear"/> on; in force once approved.</summary>
    public Result<TargetRevision> RequestRevision(Guid targetId, TargetTerms change, int fromYear, string reason, Actor actor)
    {
        var resolution = ResolutionOf(targetId);
        if (resolution is null)
            return Result<TargetRevision>.Fail(Messages.StaleEditDeleted);
        var requested = resolution.RequestRevision(targetId, change, fromYear, reason, actor, time.GetUtcNow());
        if (!requested.Success)
        {
            db.ChangeTracker.Clear();
            return requested;
        }
        db.TargetRevisions.Add(requested.Value);
        return EditGuard.Save(db, user, time, requested.Value, Messages.SubjectTarget);
    }

    /// <param name="expectedVersion">The revision's version the approver saw.</param>
    public Result<TargetRevision> DecideRevision(Guid targetId, Guid revisionId, bool approve, string? note, Actor actor, int? expectedVersion)
    {
        var resolution = ResolutionOf(targetId);
        if (resolution is null)
            return Result<TargetRevision>.Fail(Messages.StaleEditDeleted);
        var decided = resolution.DecideRevision(targetId, revisionId, approve, note, actor, time.GetUtcNow());
        if (!decided.Success)
        {
            db.ChangeTracker.Clear();
            return decided;
        }
        EditGuard.ExpectVersion(db, decided.Value, expectedVersion);
        return EditGuard.Save(db, user, time, decided.Value, Messages.SubjectTarget);
    }

    private Resolution? ResolutionOf(Guid targetId)
    {
        var resolutionId = db.Targets.Where(t => t.Id == targetId).Select(t => (Guid?)t.ResolutionId).FirstOrDefault();
        return resolutionId is null ? null
            : db.Resolutions.Include(r => r.Targets).ThenInclude(t => t.Revisions).AsSplitQuery().FirstOrDefault(r => r.Id == resolutionId);
    }
}
