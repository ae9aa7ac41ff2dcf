using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;

namespace NghiQuyet.Data.Storage;

/// <summary>
/// What the evaluation engine needs from the store, shared by the web pages and <c>nghiquyet evaluate/rollup</c>:
/// each unit's current resolution, its targets, and their figures as <see cref="Figure"/>s in year order.
/// </summary>
public sealed class EvaluationQueries(NghiQuyetDbContext db)
{
    /// <summary>Each unit's current resolution (<see cref="Storage.CurrentResolutions.CurrentOf"/>).</summary>
    public List<Resolution> CurrentResolutions(IReadOnlyCollection<string> codes) =>
        db.Resolutions.AsNoTracking().CurrentOf(codes).ToList();

    /// <summary>The targets with their revisions (the evaluation takes the version in force each year).</summary>
    public List<Target> Targets(IReadOnlyCollection<Guid> resolutionIds) =>
        db.Targets.AsNoTracking().Include(t => t.Revisions).AsSplitQuery()
            .Where(t => resolutionIds.Contains(t.ResolutionId)).OrderBy(t => t.Position).ToList();

    /// <summary>The figures of the resolutions' targets. <paramref name="officialOnly"/>: approved and locked ones only
    /// (the web's rule, where drafts do not colour anything); the CLI, which has no approval step, takes them all.</summary>
    public ILookup<Guid, Measurement> Measurements(IReadOnlyCollection<Guid> resolutionIds, bool officialOnly)
    {
        var query = db.Measurements.AsNoTracking()
            .Where(m => db.Targets.Any(t => t.Id == m.TargetId && resolutionIds.Contains(t.ResolutionId)));
        if (officialOnly)
            query = query.Where(m => m.Status == MeasurementStatus.Approved || m.Status == MeasurementStatus.Locked);
        return query.ToList().ToLookup(m => m.TargetId);
    }

    /// <summary>The same figures as <see cref="Measurements"/>, read as the engine's <see cref="Figure"/>s only (year
    /// order): a page over thousands of targets reads five columns instead of whole entities.</summary>
    public ILookup<Guid, Figure> Figures(IReadOnlyCollection<Guid> resolutionIds, bool officialOnly)
    {
        var query = from m in db.Measurements.AsNoTracking()
                    join t in db.Targets on m.TargetId equals t.Id
                    where resolutionIds.Contains(t.ResolutionId)
                    select m;
        if (officialOnly)
            query = query.Where(m => m.Status == MeasurementStatus.Approved || m.Status == MeasurementStatus.Locked);
        return query.Select(m => new { m.TargetId, m.Year, m.Value, m.Numerator, m.Denominator }).ToList()
            .OrderBy(m => m.Year)
            .ToLookup(m => m.TargetId, m => new Figure(m.Year, m.Value, m.Numerator, m.Denominator));
    }

    public static bool IsOfficial(Measurement m) => m.Status is MeasurementStatus.Approved or MeasurementStatus.Locked;

    public static IReadOnlyList<Figure> FiguresOf(IEnumerable<Measurement> measurements) =>
        measurements.OrderBy(m => m.Year).Select(m => new Figure(m.Year, m.Value, m.Numerator, m.Denominator)).ToList();

    /// <summary>The engine's inputs, one per target in the order given.</summary>
    public static List<TargetInput> Inputs(IReadOnlyList<Target> targets, ILookup<Guid, Measurement> measurements) =>
        targets.Select(t => Input(t, FiguresOf(measurements[t.Id]))).ToList();

    /// <summary>The engine's inputs from figures already in year order (<see cref="Figures"/>).</summary>
    public static List<TargetInput> Inputs(IReadOnlyList<Target> targets, ILookup<Guid, Figure> figures) =>
        targets.Select(t => Input(t, figures[t.Id].ToList())).ToList();

    /// <summary>A target's input: its versions only where it was revised (most targets never are).</summary>
    public static TargetInput Input(Target t, IReadOnlyList<Figure> figures, string? indicatorKey = null) =>
        new(t.Terms, figures, IndicatorKey: indicatorKey,
            Versions: t.Revisions.Any(r => r.Status == RevisionStatus.Approved) ? t.Versions() : null);
}
