using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Review;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Data.Storage;

/// <summary>
/// A person's review of a draft resolution: read it with the reviewer's findings, correct, add, remove targets,
/// publish. Each change loads the resolution, asks the aggregate, and saves once (one transaction, audited by the
/// interceptor); a refusal leaves the database as it was. Edits made on a stale copy are refused through
/// <see cref="EditGuard"/>.
/// </summary>
public sealed class DraftService(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time)
{
    /// <summary>A resolution with its unit, targets and results, read-only (null when there is none).</summary>
    public Resolution? Find(Guid resolutionId) =>
        db.Resolutions.AsNoTracking().Include(r => r.Organization!).Include(r => r.Targets).Include(r => r.Results)
            .AsSplitQuery().FirstOrDefault(r => r.Id == resolutionId);

    /// <summary>
    /// The reviewer's findings on the draft as it stands (corrections applied) beside its source, checked against its
    /// province's current resolution where the unit has a province.
    /// </summary>
    public IReadOnlyList<ReviewFinding> Review(Resolution draft, SourceDocument source, IndicatorMatcher matcher)
    {
        var province = draft.Organization?.ProvinceCode is { } code && new ResolutionStore(db).Current(code) is { Success: true } current
            ? current.Value.Resolution
            : null;
        return new DraftReviewer(matcher).Review(source, draft, province);
    }

    /// <summary>When the unit last published a resolution other than this draft (the draft would replace it).</summary>
    public DateTimeOffset? PublishedBefore(Resolution draft) =>
        draft.Status != ResolutionStatus.Draft ? null
        : db.Resolutions.AsNoTracking()
            .Where(r => r.OrganizationCode == draft.OrganizationCode && r.Status == ResolutionStatus.Published && r.Id != draft.Id)
            .OrderByDescending(r => r.PublishedAt).Select(r => r.PublishedAt).FirstOrDefault();

    public Result<Target> Correct(Guid resolutionId, Guid targetId, TargetTerms correction, Actor actor, int? expectedVersion) =>
        Change(resolutionId, resolution =>
        {
            var target = resolution.Targets.FirstOrDefault(t => t.Id == targetId);
            if (target is not null)
                EditGuard.ExpectVersion(db, target, expectedVersion);
            return resolution.CorrectTarget(targetId, correction, actor, time.GetUtcNow());
        });

    /// <summary>A target typed by a person: it stands on no source line (line 0) and has no extractor's confidence.</summary>
    public Result<Target> Add(Guid resolutionId, string? item, TargetGroup group, TargetTerms terms, Actor actor) =>
        Add(resolutionId, new ExtractedTarget(item, group, terms.Name, terms.Op, terms.Value, terms.ValueMax, terms.Unit, terms.Year, Line: 0), actor);

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
