using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Data.Storage;

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
