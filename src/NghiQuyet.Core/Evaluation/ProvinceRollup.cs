using NghiQuyet.Core.Catalog;

namespace NghiQuyet.Core.Evaluation;

/// <summary>One commune's figure of an indicator for one year. A share is best given as numerator and denominator.</summary>
public sealed record CommuneFigure(
    string Code,
    string Name,
    decimal? Value,
    decimal? Numerator = null,
    decimal? Denominator = null,
    decimal? Population = null);

/// <summary>The spread of the communes' values: count, min, quartiles, max.</summary>
public sealed record Distribution(int Count, decimal Min, decimal Q1, decimal Median, decimal Q3, decimal Max);

/// <param name="Drag">How much this commune moves the province's figure, in the indicator's better direction:
/// negative pulls it down (for a lower-is-better indicator, a high poverty rate pulls "down").</param>
public sealed record CommuneDrag(string Code, string Name, decimal Value, decimal Drag);

/// <param name="Aggregate">The province's figure from its communes' by the indicator's rule; null where the rule is
/// "not aggregable" or no commune has what the rule needs.</param>
/// <param name="Excluded">Communes left out: no figure, or not what the rule needs (a share without its denominator).</param>
/// <param name="AgainstTarget">The aggregate against the province's own target, as an end-of-term verdict.</param>
public sealed record RollupResult(
    string IndicatorKey,
    AggregationRule Rule,
    decimal? Aggregate,
    int Included,
    IReadOnlyList<string> Excluded,
    Distribution? Distribution,
    IReadOnlyList<CommuneDrag> PullingDown,
    TargetSpec? ProvinceTarget,
    decimal? ProvinceFigure,
    VerdictOutcome? AgainstTarget);

/// <summary>
/// A province's figure of a catalog indicator from its communes', by the indicator's aggregation rule:
/// sum; ratio of summed numerators and denominators (a share is never an average of percentages: a commune with only
/// a percentage and no denominator is left out and listed); population-weighted mean; min; max; or not aggregable.
/// Shown next to the province's own target and figure, with the distribution and the communes that pull it down.
/// This is what <c>nghiquyet rollup --province CODE --indicator KEY</c> calls with the stored figures of one year.
/// </summary>
public static class ProvinceRollup
{
    /// <summary>The province's aggregate of <paramref name="indicator"/> from its communes' figures of one year, beside its own target and figure.</summary>
    public static RollupResult Aggregate(Indicator indicator, IReadOnlyList<CommuneFigure> communes,
        TargetSpec? provinceTarget = null, decimal? provinceFigure = null, int year = 2030, EvaluationOptions? options = null)
    {
        var excluded = new List<string>();
        var values = new List<(CommuneFigure Commune, double Value, double Weight)>();
        var scale = indicator.IsShare ? 100.0 : 1.0;
        foreach (var c in communes)
        {
            var value = c.Value is { } v ? (double)v
                : c.Numerator is { } n && c.Denominator is { } d && d != 0 ? (double)n / (double)d * scale
                : (double?)null;
            if (value is null)
            {
                excluded.Add(c.Code);
                continue;
            }
            double weight = 1;
            if (indicator.Aggregation == AggregationRule.Ratio)
            {
                if (c.Denominator is not { } den || den <= 0)
                {
                    excluded.Add(c.Code);
                    continue;
                }
                weight = (double)den;
            }
            else if (indicator.Aggregation == AggregationRule.PopulationWeightedMean)
            {
                if (c.Population is not { } pop || pop <= 0)
                {
                    excluded.Add(c.Code);
                    continue;
                }
                weight = (double)pop;
            }
            values.Add((c, value.Value, weight));
        }

        double? aggregate = values.Count == 0 ? null : indicator.Aggregation switch
        {
            AggregationRule.Sum => values.Sum(x => x.Value),
            // Σ numerators / Σ denominators; a numerator not given is value × denominator (÷ 100 for a share).
            AggregationRule.Ratio => values.Sum(x => NumeratorOf(x.Commune, x.Value, scale)) / values.Sum(x => x.Weight) * scale,
            AggregationRule.PopulationWeightedMean => values.Sum(x => x.Value * x.Weight) / values.Sum(x => x.Weight),
            AggregationRule.Min => values.Min(x => x.Value),
            AggregationRule.Max => values.Max(x => x.Value),
            _ => null,
        };

        var sorted = values.Select(x => x.Value).OrderBy(x => x).ToList();
        var distribution = sorted.Count == 0 ? null : new Distribution(sorted.Count,
            D(sorted[0]), D(Quantile(sorted, 0.25)), D(Quantile(sorted, 0.5)), D(Quantile(sorted, 0.75)), D(sorted[^1]));

        // The reference a commune is measured against: the aggregate for a ratio or a weighted mean (its gap weighted by
        // its share of the denominator or population), the mean for a sum, the median otherwise.
        var sign = indicator.Direction == IndicatorDirection.LowerIsBetter ? -1.0 : 1.0;
        var totalWeight = values.Sum(x => x.Weight);
        var reference = indicator.Aggregation switch
        {
            AggregationRule.Ratio or AggregationRule.PopulationWeightedMean when aggregate is { } a => a,
            AggregationRule.Sum when values.Count > 0 => values.Average(x => x.Value),
            _ => sorted.Count > 0 ? Quantile(sorted, 0.5) : 0,
        };
        var drags = values
            .Select(x => (x.Commune, x.Value, Drag: sign * (x.Value - reference) *
                (indicator.Aggregation is AggregationRule.Ratio or AggregationRule.PopulationWeightedMean && totalWeight > 0 ? x.Weight / totalWeight : 1)))
            .Where(x => x.Drag < 0 && !Numbers.Same(x.Value, reference))
            .OrderBy(x => x.Drag)
            .Select(x => new CommuneDrag(x.Commune.Code, x.Commune.Name, D(x.Value), D(x.Drag)))
            .ToList();

        VerdictOutcome? against = null;
        if (provinceTarget is not null && aggregate is { } agg && Numbers.ToDecimal(agg) is { } aggDecimal && !provinceTarget.IsAverageAnnualRate
            && !TargetSpec.IsRelativeOp(provinceTarget.Op))
            against = VerdictEvaluator.Evaluate(provinceTarget, [new Figure(year, aggDecimal)], null, options);

        return new RollupResult(indicator.Key, indicator.Aggregation, aggregate is { } g ? Numbers.ToDecimal(g) : null,
            values.Count, excluded, distribution, drags, provinceTarget, provinceFigure, against);
    }

    private static double NumeratorOf(CommuneFigure c, double value, double scale) =>
        c.Numerator is { } n && c.Denominator is not null ? (double)n : value / scale * (double)(c.Denominator ?? 0);

    private static double Quantile(List<double> sorted, double q)
    {
        var pos = (sorted.Count - 1) * q;
        var lo = (int)Math.Floor(pos);
        var hi = (int)Math.Ceiling(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    private static decimal D(double value) => Numbers.ToDecimal(value) ?? 0;
}
