using NghiQuyet.Core;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Storage;

/// <summary>A user's corrections to an extracted target, refused when made on a stale copy.</summary>
public sealed class TargetService(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time)
{
    /// <param name="expectedVersion">The target's version the user saw; null = the one stored now.</param>
    public Result<Target> Correct(Guid targetId, TargetCorrection correction, Actor actor, int? expectedVersion = null)
    {
        var target = db.Targets.FirstOrDefault(t => t.Id == targetId);
        if (target is null)
            return Result<Target>.Fail(Messages.StaleEditDeleted);
        EditGuard.ExpectVersion(db, target, expectedVersion);
        var corrected = target.Correct(correction, actor, time.GetUtcNow());
        if (!corrected.Success)
        {
            db.ChangeTracker.Clear();
            return corrected;
        }
        return EditGuard.Save(db, user, time, target, Messages.SubjectTarget);
    }
}
