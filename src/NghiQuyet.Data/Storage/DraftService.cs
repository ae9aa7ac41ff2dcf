using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Data.Storage;

/// <summary>
/// A person's review of a draft resolution: correct, add, remove targets, publish. Each call loads the resolution,
/// asks the aggregate, and saves one change (audited by the interceptor); a refusal leaves the database as it was.
/// Edits made on a stale copy are refused through <see cref="EditGuard"/>.
/// </summary>
public sealed class DraftService(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time)
{
    public Result<Target> Correct(Guid resolutionId, Guid targetId, TargetCorrection correction, Actor actor, int? expectedVersion) =>
        Change(resolutionId, resolution =>
        {
            var target = resolution.Targets.FirstOrDefault(t => t.Id == targetId);
            if (target is not null)
                EditGuard.ExpectVersion(db, target, expectedVersion);
            return resolution.CorrectTarget(targetId, correction, actor, time.GetUtcNow());
        });

    public Result<Target> Add(Guid resolutionId, ExtractedTarget target, Actor actor) =>
        Change(resolutionId, resolution =>
        {
            var added = resolution.AddTarget(target, actor, time.GetUtcNow());
            if (added.Success)
                db.Targets.Add(added.Value);
            return added;
        });

    public Result<Target> Remove(Guid resolutionId, Guid targetId, Actor actor, int? expectedVersion) =>
        Change(resolutionId, resolution =>
        {
            var target = resolution.Targets.FirstOrDefault(t => t.Id == targetId);
            // Figures entered against a draft's target are someone's work: they are not dropped silently with it.
            if (target is not null && db.Measurements.Any(m => m.TargetId == targetId))
                return Result<Target>.Fail(string.Format(Messages.TargetHasFigures, target.EffectiveName));
            var removed = resolution.RemoveTarget(targetId, actor);
            if (removed.Success)
            {
                EditGuard.ExpectVersion(db, removed.Value, expectedVersion);
                db.Targets.Remove(removed.Value);
            }
            return removed;
        });

    public Result<Resolution> Publish(Guid resolutionId, Actor actor, int? expectedVersion)
    {
        var resolution = db.Resolutions.FirstOrDefault(r => r.Id == resolutionId);
        if (resolution is null)
            return Result<Resolution>.Fail(Messages.ResolutionNotFound);
        EditGuard.ExpectVersion(db, resolution, expectedVersion);
        var published = resolution.Publish(actor, time.GetUtcNow());
        if (!published.Success)
        {
            db.ChangeTracker.Clear();
            return published;
        }
        return EditGuard.Save(db, user, time, resolution, Messages.SubjectResolution);
    }

    private Result<Target> Change(Guid resolutionId, Func<Resolution, Result<Target>> change)
    {
        var resolution = db.Resolutions.Include(r => r.Targets).FirstOrDefault(r => r.Id == resolutionId);
        if (resolution is null)
            return Result<Target>.Fail(Messages.ResolutionNotFound);
        var changed = change(resolution);
        if (!changed.Success)
        {
            db.ChangeTracker.Clear();
            return changed;
        }
        return EditGuard.Save(db, user, time, changed.Value, Messages.SubjectTarget);
    }
}
