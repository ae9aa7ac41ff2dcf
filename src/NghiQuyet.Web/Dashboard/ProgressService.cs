using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Time;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;

namespace NghiQuyet.Web.Dashboard;

/// <summary>A target with its evaluation as the pages show it.</summary>
/// <param name="Progress">How far from the first figure to the target level (0–100), where that can be said.</param>
public sealed record TargetLine(Target Target, TargetRow Row, Signal Signal, IReadOnlyList<Figure> Figures, decimal? Progress);

public sealed record UnitReport(Organization Unit, Organization? Province, Resolution? Resolution, IReadOnlyList<TargetLine> Lines, int AsOfYear)
{
    /// <summary>The previous term's results as the report printed them, in the report's order.</summary>
    public IReadOnlyList<PreviousResult> PreviousResults { get; init; } = [];
}

public sealed record CommuneRow(Organization Unit, bool HasResolution, IReadOnlyDictionary<Core.Extraction.TargetGroup, Signal> Cells, int Red, int Orange, int Green, int Total);

public sealed record AtRiskLine(Organization Unit, TargetLine Line);

public sealed record ProvinceDashboard(Organization Province, IReadOnlyList<CommuneRow> Communes, IReadOnlyList<AtRiskLine> AtRisk, int AsOfYear)
{
    /// <summary>The province's own targets with the roll-up of its communes' approved figures, at-risk ones first.</summary>
    public IReadOnlyList<ProvinceTargetLine> ProvinceTargets { get; init; } = [];
}

/// <summary>A province target next to the roll-up of its communes' latest approved figures.</summary>
/// <param name="Row">The target evaluated against the roll-up's yearly series; null where nothing could be rolled up
/// or the roll-up cannot stand for the province (a sum not every unit reported to).</param>
/// <param name="Reported">Communes whose figure went into the latest roll-up.</param>
/// <param name="Total">Communes (and wards) of the province.</param>
/// <param name="Note">Why there is no evaluation, where there is none.</param>
public sealed record ProvinceTargetLine(Target Target, Indicator? Indicator, IndicatorRollup? Rollup, TargetRow? Row, Signal Signal,
    int Reported, int Total, string? Note);

public sealed record TargetDetail(Organization Unit, Resolution Resolution, TargetLine Line, IReadOnlyList<Measurement> Measurements, IReadOnlyList<AuditEntry> Audit);

/// <summary>
/// Reads what the pages show: a few bulk queries, then the evaluation engine of NghiQuyet.Core. Only approved and
/// locked figures are evaluated; drafts and submissions are shown but do not colour anything.
/// </summary>
public sealed class ProgressService(NghiQuyetDbContext db, OrganizationEvaluator evaluator, IndicatorMatcher matcher, VietnamClock clock)
{
    private readonly EvaluationQueries _queries = new(db);

    public int CurrentYear => clock.Year;

    public UnitScope? Scope(string code)
    {
        var unit = db.Organizations.AsNoTracking().Where(o => o.Code == code).Select(o => new { o.Code, o.ProvinceCode }).FirstOrDefault();
        return unit is null ? null : new UnitScope(unit.Code, unit.ProvinceCode);
    }

    public UnitReport? Unit(string code)
    {
        var unit = db.Organizations.AsNoTracking().FirstOrDefault(o => o.Code == code);
        if (unit is null)
            return null;
        var province = unit.ProvinceCode is { } p ? db.Organizations.AsNoTracking().FirstOrDefault(o => o.Code == p) : null;
        var resolution = CurrentResolutions([code]).FirstOrDefault();
        if (resolution is null)
            return new UnitReport(unit, province, null, [], CurrentYear);
        var targets = _queries.Targets([resolution.Id]);
        var lines = Evaluate(targets, _queries.Measurements([resolution.Id], officialOnly: true));
        var previous = db.PreviousResults.AsNoTracking().Where(r => r.ResolutionId == resolution.Id).OrderBy(r => r.Position).ToList();
        return new UnitReport(unit, province, resolution, lines, CurrentYear) { PreviousResults = previous };
    }

    public ProvinceDashboard? Province(string code)
    {
        var units = db.Organizations.AsNoTracking().Where(o => o.Code == code || o.ProvinceCode == code).ToList();
        var province = units.FirstOrDefault(o => o.Code == code && o.Kind == OrganizationKind.Province);
        if (province is null)
            return null;
        var communes = units.Where(o => o.ProvinceCode == code).ToList();
        // The province's resolution comes in the same queries as its communes': its targets are rolled up below.
        var all = CurrentResolutions(units.Select(c => c.Code).ToList());
        var ids = all.Select(r => r.Id).ToList();
        var targets = _queries.Targets(ids);
        var figures = _queries.Figures(ids, officialOnly: true);
        var resolutions = all.Where(r => r.OrganizationCode != code).ToDictionary(r => r.OrganizationCode);
        var own = all.FirstOrDefault(r => r.OrganizationCode == code);
        var byResolution = Evaluate(targets.Where(t => t.ResolutionId != own?.Id).ToList(), figures).ToLookup(l => l.Target.ResolutionId);

        var rows = new List<CommuneRow>();
        var atRisk = new List<AtRiskLine>();
        foreach (var commune in communes)
        {
            if (!resolutions.TryGetValue(commune.Code, out var r))
            {
                rows.Add(new CommuneRow(commune, false, new Dictionary<Core.Extraction.TargetGroup, Signal>(), 0, 0, 0, 0));
                continue;
            }
            var lines = byResolution[r.Id].ToList();
            var cells = lines.GroupBy(l => l.Target.Group).ToDictionary(g => g.Key, g => g.Max(l => l.Signal));
            rows.Add(new CommuneRow(commune, true, cells,
                lines.Count(l => l.Signal == Signal.Red), lines.Count(l => l.Signal == Signal.Orange),
                lines.Count(l => l.Signal == Signal.Green), lines.Count));
            atRisk.AddRange(lines.Where(l => l.Signal >= Signal.Orange).Select(l => new AtRiskLine(commune, l)));
        }
        var ordered = rows
            .OrderByDescending(r => r.HasResolution)
            .ThenByDescending(r => r.Red).ThenByDescending(r => r.Orange)
            .ThenBy(r => r.Unit.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
        var risks = atRisk
            .OrderByDescending(a => a.Line.Signal)
            .ThenBy(a => Signals.Urgency(a.Line.Row.Evaluation))
            .ThenBy(a => a.Line.Row.Evaluation.Trajectory.Ratio ?? decimal.MaxValue)
            .ThenBy(a => a.Unit.Name)
            .ToList();

        var provinceTargets = own is null ? [] : ProvinceTargets(code, all, targets, figures, units, communes.Count).ToList();
        return new ProvinceDashboard(province, ordered, risks, CurrentYear)
        {
            ProvinceTargets = provinceTargets
                .OrderByDescending(l => l.Signal)
                .ThenBy(l => l.Row is { } row ? Signals.Urgency(row.Evaluation) : int.MaxValue)
                .ThenBy(l => l.Target.Position)
                .ToList(),
        };
    }

    /// <summary>Each target of the province's resolution against the roll-up of its communes' approved figures.</summary>
    private IEnumerable<ProvinceTargetLine> ProvinceTargets(string code, IReadOnlyList<Resolution> resolutions, IReadOnlyList<Target> targets,
        ILookup<Guid, Figure> figures, IReadOnlyList<Organization> units, int total)
    {
        var names = units.ToDictionary(u => u.Code, u => u.FullName);
        var rollups = RollupQueries.Compute(matcher, code, resolutions, targets, figures, names: names)
            .ToDictionary(r => r.Indicator.Key);
        var ownIds = resolutions.Where(r => r.OrganizationCode == code).Select(r => r.Id).ToHashSet();
        foreach (var target in targets.Where(t => ownIds.Contains(t.ResolutionId)))
        {
            var indicator = matcher.Match(target.Terms).Indicator;
            if (indicator is null)
            {
                yield return new ProvinceTargetLine(target, null, null, null, Signal.None, 0, total, Messages.DashboardNotInCatalog);
                continue;
            }
            if (!rollups.TryGetValue(indicator.Key, out var rollup))
            {
                yield return new ProvinceTargetLine(target, indicator, null, null, Signal.None, 0, total, Messages.DashboardNoCommuneFigures);
                continue;
            }
            var reported = rollup.Result.Included;
            string? note = indicator.Aggregation == AggregationRule.None ? Messages.DashboardNotAggregable
                : rollup.Result.Aggregate is null ? Messages.DashboardNothingToAggregate
                // A sum of some units is not the province's figure: judging it against the province's target would
                // colour red what is only missing reports.
                : indicator.Aggregation == AggregationRule.Sum && reported < total ? string.Format(Messages.DashboardSumIncomplete, reported, total)
                : null;
            if (note is not null || rollup.Series.Count == 0)
            {
                yield return new ProvinceTargetLine(target, indicator, rollup, null, Signal.None, reported, total, note ?? Messages.DashboardNothingToAggregate);
                continue;
            }
            var row = evaluator.Evaluate([EvaluationQueries.Input(target, rollup.Series, indicator.Key)], CurrentYear)[0];
            yield return new ProvinceTargetLine(target, indicator, rollup, row, Signals.Of(row.Evaluation), reported, total, null);
        }
    }

    public static string RuleName(AggregationRule rule) => rule switch
    {
        AggregationRule.Sum => Messages.DashboardRuleSum,
        AggregationRule.Ratio => Messages.DashboardRuleRatio,
        AggregationRule.PopulationWeightedMean => Messages.DashboardRuleWeightedMean,
        AggregationRule.Min => Messages.DashboardRuleMin,
        AggregationRule.Max => Messages.DashboardRuleMax,
        _ => Messages.DashboardRuleNone,
    };

    public TargetDetail? Target(Guid id)
    {
        var target = db.Targets.AsNoTracking().Include(t => t.Revisions).FirstOrDefault(t => t.Id == id);
        if (target is null)
            return null;
        var resolution = db.Resolutions.AsNoTracking().Include(r => r.Organization).First(r => r.Id == target.ResolutionId);
        var measurements = db.Measurements.AsNoTracking().Where(m => m.TargetId == id).OrderBy(m => m.Year).ToList();
        var line = Evaluate([target], measurements.Where(EvaluationQueries.IsOfficial).ToLookup(m => m.TargetId)).Single();
        var entityIds = measurements.Select(m => m.Id).Concat(target.Revisions.Select(r => r.Id)).Append(id).ToList();
        var audit = db.AuditEntries.AsNoTracking().Where(a => entityIds.Contains(a.EntityId)).ToList()
            .OrderByDescending(a => a.At).ToList();
        return new TargetDetail(resolution.Organization!, resolution, line, measurements, audit);
    }

    private List<Resolution> CurrentResolutions(IReadOnlyCollection<string> codes) => _queries.CurrentResolutions(codes);

    private List<TargetLine> Evaluate(IReadOnlyList<Target> targets, ILookup<Guid, Measurement> measurements) =>
        Evaluate(targets, EvaluationQueries.Inputs(targets, measurements));

    private List<TargetLine> Evaluate(IReadOnlyList<Target> targets, ILookup<Guid, Figure> figures) =>
        Evaluate(targets, EvaluationQueries.Inputs(targets, figures));

    private List<TargetLine> Evaluate(IReadOnlyList<Target> targets, List<TargetInput> inputs)
    {
        var figures = inputs.Select(i => i.Figures).ToList();
        var rows = evaluator.Evaluate(inputs, CurrentYear);
        return rows.Select((row, i) => new TargetLine(targets[i], row, Signals.Of(row.Evaluation), figures[i], Progress(row, figures[i]))).ToList();
    }

    internal static decimal? Progress(TargetRow row, IReadOnlyList<Figure> figures)
    {
        var e = row.Evaluation;
        if (e.Trajectory.Status == TrajectoryStatus.Achieved || e.Verdict?.Satisfied == true)
            return 100m;
        var share = e.Spec.IsShare;
        var first = figures.Select(f => f.Effective(share)).FirstOrDefault(v => v is not null);
        var latest = e.Latest?.Effective(share);
        if (e.Trajectory.TargetLevel is not { } level || first is not { } start || latest is not { } now || level == start)
            return null;
        // In double: stored figures can be anything a decimal holds, and their differences need not fit one.
        var progress = ((double)now - (double)start) / ((double)level - (double)start) * 100;
        return double.IsFinite(progress) ? (decimal)Math.Clamp(progress, 0, 100) : null;
    }
}
