using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;

namespace NghiQuyet.Web.Reports;

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

public sealed record ProvinceDashboard(Organization Province, IReadOnlyList<CommuneRow> Communes, IReadOnlyList<AtRiskLine> AtRisk, int AsOfYear);

public sealed record TargetDetail(Organization Unit, Resolution Resolution, TargetLine Line, IReadOnlyList<Measurement> Measurements, IReadOnlyList<AuditEntry> Audit);

/// <summary>
/// Reads what the pages show: a few bulk queries, then the evaluation engine of NghiQuyet.Core. Only approved and
/// locked figures are evaluated; drafts and submissions are shown but do not colour anything.
/// </summary>
public sealed class ReportService(NghiQuyetDbContext db, OrganizationEvaluator evaluator, TimeProvider time)
{
    private readonly EvaluationQueries _queries = new(db);

    public int CurrentYear => time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Year;

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
        var province = db.Organizations.AsNoTracking().FirstOrDefault(o => o.Code == code && o.Kind == OrganizationKind.Province);
        if (province is null)
            return null;
        var communes = db.Organizations.AsNoTracking().Where(o => o.ProvinceCode == code).ToList();
        var resolutions = CurrentResolutions(communes.Select(c => c.Code).ToList()).ToDictionary(r => r.OrganizationCode);
        var ids = resolutions.Values.Select(r => r.Id).ToList();
        var targets = _queries.Targets(ids);
        var figures = _queries.Measurements(ids, officialOnly: true);
        var byResolution = Evaluate(targets, figures).ToLookup(l => l.Target.ResolutionId);

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
            .ThenBy(a => a.Line.Row.Evaluation.Trajectory.Ratio ?? decimal.MaxValue)
            .ThenBy(a => a.Unit.Name)
            .ToList();
        return new ProvinceDashboard(province, ordered, risks, CurrentYear);
    }

    public TargetDetail? Target(Guid id)
    {
        var target = db.Targets.AsNoTracking().FirstOrDefault(t => t.Id == id);
        if (target is null)
            return null;
        var resolution = db.Resolutions.AsNoTracking().Include(r => r.Organization).First(r => r.Id == target.ResolutionId);
        var measurements = db.Measurements.AsNoTracking().Where(m => m.TargetId == id).OrderBy(m => m.Year).ToList();
        var line = Evaluate([target], measurements.Where(EvaluationQueries.IsOfficial).ToLookup(m => m.TargetId)).Single();
        var entityIds = measurements.Select(m => m.Id).Append(id).ToList();
        var audit = db.AuditEntries.AsNoTracking().Where(a => entityIds.Contains(a.EntityId)).ToList()
            .OrderByDescending(a => a.At).ToList();
        return new TargetDetail(resolution.Organization!, resolution, line, measurements, audit);
    }

    private List<Resolution> CurrentResolutions(IReadOnlyCollection<string> codes) => _queries.CurrentResolutions(codes);

    private List<TargetLine> Evaluate(IReadOnlyList<Target> targets, ILookup<Guid, Measurement> measurements)
    {
        var inputs = EvaluationQueries.Inputs(targets, measurements);
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
        return Math.Clamp((now - start) / (level - start) * 100m, 0m, 100m);
    }
}
