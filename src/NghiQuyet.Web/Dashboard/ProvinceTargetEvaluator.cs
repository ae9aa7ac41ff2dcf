using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Web.Dashboard;

/// <summary>
/// The province's own targets against the roll-up of its communes' approved figures (<see cref="RollupQueries"/>):
/// each evaluated on the roll-up's yearly series where the roll-up can stand for the province, else with the reason why not.
/// </summary>
public sealed class ProvinceTargetEvaluator(IndicatorMatcher matcher, OrganizationEvaluator evaluator)
{
    /// <summary>Each target of the province's resolution, in the resolution's order.</summary>
    public IEnumerable<ProvinceTargetLine> Lines(ProvinceProgress data, int year)
    {
        var code = data.Province.Code;
        var total = data.Communes.Count;
        var names = data.Units.ToDictionary(u => u.Code, u => u.FullName);
        var rollups = RollupQueries.Compute(matcher, code, data.Resolutions, data.Targets, data.Figures, names: names)
            .ToDictionary(r => r.Indicator.Key);
        var ownIds = data.Resolutions.Where(r => r.OrganizationCode == code).Select(r => r.Id).ToHashSet();
        foreach (var target in data.Targets.Where(t => ownIds.Contains(t.ResolutionId)))
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
            var row = evaluator.Evaluate([EvaluationQueries.Input(target, rollup.Series, indicator.Key)], year)[0];
            yield return new ProvinceTargetLine(target, indicator, rollup, row, Signals.Of(row.Evaluation), reported, total, null);
        }
    }
}
