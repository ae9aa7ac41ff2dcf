using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Evaluation;

/// <summary>
/// A target as the evaluator needs it: the op as written, its figure(s), the deadline, and what the indicator's
/// direction says "better" is. Built from an extracted or stored target plus its catalog indicator (if any).
/// </summary>
/// <param name="IsShare">The indicator is a share in % (poverty rate, forest cover): its changes are measured in
/// percentage points, never as a rate of a rate, and the UN "within one point of 0% or 100%" rule applies.</param>
public sealed record TargetSpec(
    TargetOp Op,
    decimal? Value,
    decimal? ValueMax,
    string? Unit,
    int Year,
    IndicatorDirection Direction = IndicatorDirection.HigherIsBetter,
    string? IndicatorKey = null,
    bool IsShare = false)
{
    /// <summary>
    /// A target's terms (extracted, stored or revised). Without a catalog indicator the direction is what the op implies ("dưới 10%" is
    /// lower-is-better) and higher-is-better otherwise; a "%" target of a level op is taken to be a share.
    /// </summary>
    public static TargetSpec From(TargetTerms target, Indicator? indicator) =>
        new(target.Op, target.Value, target.ValueMax, target.Unit, target.Year,
            indicator?.Direction ?? ImpliedDirection(target.Op),
            indicator?.Key,
            indicator?.IsShare ?? (target.Unit?.Trim() == "%" && !IsRelativeOp(target.Op)));

    /// <summary>The direction a target's op implies where the catalog does not say: lower is better for "dưới", "không quá" and "giảm".</summary>
    public static IndicatorDirection ImpliedDirection(TargetOp op) =>
        op is TargetOp.LessThan or TargetOp.AtMost or TargetOp.DecreaseBy
            ? IndicatorDirection.LowerIsBetter
            : IndicatorDirection.HigherIsBetter;

    /// <summary>Whether the op sets a change (growth, increase, decrease) rather than a level.</summary>
    public static bool IsRelativeOp(TargetOp op) => op is TargetOp.GrowthRate or TargetOp.IncreaseBy or TargetOp.DecreaseBy;

    /// <summary>"tăng bình quân 9,9%/năm", and "từ 5% đến 7%" when its unit is a yearly rate.</summary>
    public bool IsAverageAnnualRate =>
        Op == TargetOp.GrowthRate || (Op == TargetOp.Range && Catalog.MeasureUnits.Parse(Unit).Family == UnitFamily.PercentPerYear);

    /// <summary>"duy trì", "đạt chuẩn" with no figure: a yes/no target.</summary>
    public bool IsYesNo => Op is TargetOp.Maintain or TargetOp.Achieve && Value is null;
}

/// <summary>One year's figure of an indicator for one organisation. A share may come as numerator and denominator.</summary>
public sealed record Figure(int Year, decimal? Value, decimal? Numerator = null, decimal? Denominator = null)
{
    /// <summary>The value, or numerator/denominator (× 100 for a share) where only those are given.</summary>
    public decimal? Effective(bool share)
    {
        if (Value is not null)
            return Value;
        if (Numerator is { } n && Denominator is { } d && d != 0)
        {
            var r = (double)n / (double)d * (share ? 100 : 1);
            return Numbers.ToDecimal(r);
        }
        return null;
    }
}

/// <summary>The figure a relative target is measured from ("so với năm 2025", "so với nhiệm kỳ trước").</summary>
public sealed record Baseline(int Year, decimal Value);
