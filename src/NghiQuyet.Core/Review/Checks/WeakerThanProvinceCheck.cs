using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Review.Checks;

/// <summary>
/// A commune's target should be at least as ambitious as its province's for the same indicator. Only figures that
/// compare across levels are compared: shares, per-head figures and rates (a commune's total is of course smaller
/// than the province's), of the same kind of op (a level with a level, a yearly rate with a yearly rate) and of one
/// unit family. "More ambitious" follows the direction: higher for higher-is-better, lower for lower-is-better, a
/// bigger cut for "giảm".
/// </summary>
internal sealed class WeakerThanProvinceCheck : IReviewCheck
{
    public IEnumerable<ReviewFinding> Run(ReviewContext context)
    {
        if (context.ProvinceTargets.Count == 0)
            yield break;
        var province = context.ProvinceTargets.Where(t => t.Key is not null).ToLookup(t => t.Key!);
        foreach (var commune in context.BodyTargets.Where(t => t.Key is not null))
        {
            var indicator = commune.Match.Indicator!;
            foreach (var p in province[commune.Key!])
            {
                if (!Comparable(indicator, commune.Target, p.Target))
                    continue;
                if (Ambition(indicator, commune.Target) is not { } c || Ambition(indicator, p.Target) is not { } pv || c >= pv)
                    continue;
                yield return new ReviewFinding(FindingKinds.WeakerThanProvince, commune.Line, null,
                    string.Format(Messages.ReviewWeakerThanProvince, commune.Target.Name, ReviewContext.Describe(commune.Target),
                        ReviewContext.Describe(p.Target), p.Line, indicator.Name));
                break;
            }
        }
    }

    private static OpKind Kind(TargetOp op) => op switch
    {
        TargetOp.GrowthRate => OpKind.Rate,
        TargetOp.IncreaseBy => OpKind.Increase,
        TargetOp.DecreaseBy => OpKind.Decrease,
        TargetOp.Maintain or TargetOp.Achieve => OpKind.YesNo,
        _ => OpKind.Level,
    };

    private static bool Comparable(Indicator indicator, TargetTerms a, TargetTerms b)
    {
        var kind = Kind(a.Op);
        if (kind != Kind(b.Op) || kind == OpKind.YesNo || a.Value is null || b.Value is null)
            return false;
        if (kind == OpKind.Level && indicator.Aggregation is AggregationRule.Sum or AggregationRule.None or AggregationRule.Min or AggregationRule.Max
            && !indicator.IsShare)
            return false;
        var ua = MeasureUnits.Parse(a.Unit);
        var ub = MeasureUnits.Parse(b.Unit);
        return !ua.IsKnown || !ub.IsKnown || (ua.Family == ub.Family && ua.Scale == ub.Scale);
    }

    /// <summary>A number that grows with ambition: the target's value, negated where lower is better.</summary>
    private static decimal? Ambition(Indicator indicator, TargetTerms t)
    {
        var kind = Kind(t.Op);
        if (kind == OpKind.Decrease)
            return t.Value;
        var lower = indicator.Direction == IndicatorDirection.LowerIsBetter;
        var value = t.Op == TargetOp.Range && t.ValueMax is { } max ? (lower ? max : t.Value) : t.Value;
        return lower && kind == OpKind.Level ? -value : value;
    }

    private enum OpKind { Level, Rate, Increase, Decrease, YesNo }
}
