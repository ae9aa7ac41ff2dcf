using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Data.Storage;

public sealed record RecordOutcome(Measurement Measurement, Target Target, bool Created);

/// <summary>
/// Entering a target's figure for a year. A stale edit (the version the user read is no longer the stored one) is
/// refused with the name of who changed it, and the refusal itself goes to the audit trail.
/// </summary>
public sealed class MeasurementService(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time)
{
    /// <summary>The target of the unit's current resolution with this item label ("3"; "3.2" = the item's 2nd figure).</summary>
    public Result<Target> FindTarget(string organizationCode, string item)
    {
        var current = new ResolutionStore(db).Current(organizationCode);
        if (!current.Success)
            return Result<Target>.Fail(current.Error);
        var targets = current.Value.Resolution.Targets.OrderBy(t => t.Position).ToList();
        var label = item.Trim().Trim('(', ')', '.');
        var hits = targets.Where(t => string.Equals(t.Item, label, StringComparison.OrdinalIgnoreCase)).ToList();
        if (hits.Count == 0 && label.LastIndexOf('.') is var dot and > 0
            && int.TryParse(label[(dot + 1)..], out var n) && n >= 1)
        {
            var parent = targets.Where(t => string.Equals(t.Item, label[..dot], StringComparison.OrdinalIgnoreCase)).ToList();
            if (n <= parent.Count && parent.Count > 1)
                hits = [parent[n - 1]];
        }
        if (hits.Count == 1)
            return Result<Target>.Ok(hits[0]);
        var organization = current.Value.Organization.FullName;
        if (hits.Count == 0)
            return Result<Target>.Fail(string.Format(Messages.ItemNotFound, item, organization,
                string.Join(", ", targets.Select(t => t.Item).Where(i => i is not null).Distinct())));
        return Result<Target>.Fail(string.Format(Messages.ItemAmbiguous, item, string.Join('\n',
            hits.Select((t, i) => $"  --item {label}.{i + 1}   {t.EffectiveName} ({DomainWords.Target(t)})"))));
    }

    /// <summary>
    /// Creates the year's figure, or updates it. <paramref name="expectedVersion"/> is the version of the figure the
    /// user saw; null means they saw none, so the figure must not exist yet — a second "first entry" is refused like
    /// any stale edit instead of overwriting the first (issue 12, defect 6). Whoever means "replace what is stored"
    /// reads <see cref="CurrentVersion"/> first and says so.
    /// </summary>
    public Result<RecordOutcome> Record(Guid targetId, int year, MeasurementFigure figure, Actor actor, int? expectedVersion = null)
    {
        var now = time.GetUtcNow();
        var target = db.Targets.AsNoTracking().FirstOrDefault(t => t.Id == targetId);
        if (target is null)
            return Result<RecordOutcome>.Fail(string.Format(Messages.ItemNotFound, targetId, "?", ""));
        var measurement = db.Measurements.FirstOrDefault(m => m.TargetId == targetId && m.Year == year);
        var created = measurement is null;
        if (measurement is null)
        {
            if (expectedVersion is not null)
                return Result<RecordOutcome>.Fail(Messages.StaleEditDeleted);
            var recorded = Measurement.Record(target, year, figure, actor, now);
            if (!recorded.Success)
                return Result<RecordOutcome>.Fail(recorded.Error);
            measurement = recorded.Value;
            db.Measurements.Add(measurement);
        }
        else
        {
            EditGuard.ExpectVersion(db, measurement, expectedVersion);
            var updated = measurement.Update(target, figure, actor, now);
            if (!updated.Success)
            {
                db.ChangeTracker.Clear();
                return Result<RecordOutcome>.Fail(updated.Error);
            }
            if (expectedVersion is null)
                return EditGuard.RefuseUnseen(db, user, time, measurement, Messages.SubjectMeasurement).Map(_ => new RecordOutcome(measurement, target, created));
        }
        return Save(measurement).Map(_ => new RecordOutcome(measurement, target, created));
    }

    /// <summary>The stored version of a target's figure for a year, null where there is none yet.</summary>
    public int? CurrentVersion(Guid targetId, int year) =>
        db.Measurements.AsNoTracking().Where(m => m.TargetId == targetId && m.Year == year).Select(m => (int?)m.Version).FirstOrDefault();

    /// <summary>Saves a change to a measurement (submit, approve …) made through its methods, refusing a stale one.</summary>
    public Result<Measurement> Save(Measurement measurement) =>
        EditGuard.Save(db, user, time, measurement, Messages.SubjectMeasurement);
}
