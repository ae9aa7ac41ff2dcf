using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;

namespace NghiQuyet.Data.Storage;

/// <summary>A unit with its current resolution (null where it has none), the targets, their approved and locked figures, and
/// the previous term's results in the report's order.</summary>
public sealed record UnitProgress(Organization Unit, Organization? Province, Resolution? Resolution, IReadOnlyList<Target> Targets,
    ILookup<Guid, Measurement> Figures, IReadOnlyList<PreviousResult> PreviousResults);

/// <summary>A province and its communes: their current resolutions (the province's own among them), every target and
/// the approved and locked figures.</summary>
public sealed record ProvinceProgress(Organization Province, IReadOnlyList<Organization> Units, IReadOnlyList<Organization> Communes,
    IReadOnlyList<Resolution> Resolutions, IReadOnlyList<Target> Targets, ILookup<Guid, Figure> Figures)
{
    public Resolution? Own => Resolutions.FirstOrDefault(r => r.OrganizationCode == Province.Code);
}

/// <summary>A target with its revisions, every figure entered for it (year order) and the audit trail of all of them.</summary>
public sealed record TargetHistory(Organization Unit, Resolution Resolution, Target Target, IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<AuditEntry> Audit);

/// <summary>
/// What the progress pages (a unit, a province's dashboard, a target) read: a few bulk queries each, no evaluation.
/// Only approved and locked figures are loaded for evaluation; a target's history has them all.
/// </summary>
public sealed class ProgressQueries(NghiQuyetDbContext db)
{
    private readonly EvaluationQueries _queries = new(db);

    /// <summary>The unit's code and its province's, or null where there is no such unit.</summary>
    public (string Code, string? ProvinceCode)? Codes(string code)
    {
        var unit = db.Organizations.AsNoTracking().Where(o => o.Code == code).Select(o => new { o.Code, o.ProvinceCode }).FirstOrDefault();
        return unit is null ? null : (unit.Code, unit.ProvinceCode);
    }

    public UnitProgress? Unit(string code)
    {
        var unit = db.Organizations.AsNoTracking().FirstOrDefault(o => o.Code == code);
        if (unit is null)
            return null;
        var province = unit.ProvinceCode is { } p ? db.Organizations.AsNoTracking().FirstOrDefault(o => o.Code == p) : null;
        var resolution = _queries.CurrentResolutions([code]).FirstOrDefault();
        if (resolution is null)
            return new UnitProgress(unit, province, null, [], Enumerable.Empty<Measurement>().ToLookup(m => m.TargetId), []);
        var targets = _queries.Targets([resolution.Id]);
        var figures = _queries.Measurements([resolution.Id], officialOnly: true);
        var previous = db.PreviousResults.AsNoTracking().Where(r => r.ResolutionId == resolution.Id).OrderBy(r => r.Position).ToList();
        return new UnitProgress(unit, province, resolution, targets, figures, previous);
    }

    public ProvinceProgress? Province(string code)
    {
        var units = db.Organizations.AsNoTracking().Where(o => o.Code == code || o.ProvinceCode == code).ToList();
        var province = units.FirstOrDefault(o => o.Code == code && o.Kind == OrganizationKind.Province);
        if (province is null)
            return null;
        var communes = units.Where(o => o.ProvinceCode == code).ToList();
        // The province's resolution comes in the same queries as its communes': its targets are rolled up against theirs.
        var resolutions = _queries.CurrentResolutions(units.Select(c => c.Code).ToList());
        var ids = resolutions.Select(r => r.Id).ToList();
        return new ProvinceProgress(province, units, communes, resolutions, _queries.Targets(ids), _queries.Figures(ids, officialOnly: true));
    }

    public TargetHistory? Target(Guid id)
    {
        var target = db.Targets.AsNoTracking().Include(t => t.Revisions).FirstOrDefault(t => t.Id == id);
        if (target is null)
            return null;
        var resolution = db.Resolutions.AsNoTracking().Include(r => r.Organization).First(r => r.Id == target.ResolutionId);
        var measurements = db.Measurements.AsNoTracking().Where(m => m.TargetId == id).OrderBy(m => m.Year).ToList();
        var entityIds = measurements.Select(m => m.Id).Concat(target.Revisions.Select(r => r.Id)).Append(id).ToList();
        return new TargetHistory(resolution.Organization!, resolution, target, measurements, new AuditTrail(db).Of(entityIds));
    }
}
