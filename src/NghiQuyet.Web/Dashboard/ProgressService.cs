using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Time;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;

namespace NghiQuyet.Web.Dashboard;

/// <summary>
/// What the progress pages show, for the year of Vietnam's clock: the store's bulk queries (<see cref="ProgressQueries"/>),
/// the evaluation engine (<see cref="TargetLineEvaluator"/>, <see cref="ProvinceTargetEvaluator"/>), the dashboard's
/// layout (<see cref="ProvinceLayout"/>). Only approved and locked figures are evaluated; drafts and submissions are
/// shown but do not colour anything.
/// </summary>
public sealed class ProgressService(NghiQuyetDbContext db, OrganizationEvaluator evaluator, IndicatorMatcher matcher, VietnamClock clock)
{
    private readonly ProgressQueries _queries = new(db);
    private readonly TargetLineEvaluator _lines = new(evaluator);
    private readonly ProvinceTargetEvaluator _provinceTargets = new(matcher, evaluator);

    public int CurrentYear => clock.Year;

    public UnitScope? Scope(string code) => _queries.Codes(code) is { } unit ? new UnitScope(unit.Code, unit.ProvinceCode) : null;

    public UnitReport? Unit(string code)
    {
        var unit = _queries.Unit(code);
        if (unit is null)
            return null;
        var year = CurrentYear;
        if (unit.Resolution is null)
            return new UnitReport(unit.Unit, unit.Province, null, [], year);
        var lines = _lines.Evaluate(unit.Targets, unit.Figures, year);
        return new UnitReport(unit.Unit, unit.Province, unit.Resolution, lines, year) { PreviousResults = unit.PreviousResults };
    }

    public ProvinceDashboard? Province(string code)
    {
        var province = _queries.Province(code);
        if (province is null)
            return null;
        var year = CurrentYear;
        var own = province.Own;
        var lines = _lines.Evaluate(province.Targets.Where(t => t.ResolutionId != own?.Id).ToList(), province.Figures, year);
        var provinceTargets = own is null ? [] : _provinceTargets.Lines(province, year);
        return ProvinceLayout.Arrange(province, lines, provinceTargets, year);
    }

    public TargetDetail? Target(Guid id)
    {
        var history = _queries.Target(id);
        if (history is null)
            return null;
        var official = history.Measurements.Where(EvaluationQueries.IsOfficial).ToLookup(m => m.TargetId);
        var line = _lines.Evaluate([history.Target], official, CurrentYear).Single();
        return new TargetDetail(history.Unit, history.Resolution, line, history.Measurements, history.Audit);
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
}
