using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Domain;

/// <summary>
/// The values a figure can sensibly take, from the unit of measure of its target (issue 12, defect 9: a figure of
/// 79228162514264337593543950335 was accepted). The bounds are deliberately wide — they catch a slip of many digits
/// or a sign, not an unusual year: amounts are bounded in the unit's base (đồng, ha, kg, m, one counted thing), so
/// "tỷ đồng" and "đồng" get the same real ceiling.
/// A target set as a change ("tăng 10%", "tăng bình quân 7%/năm") is measured by the indicator's own level, whose unit
/// the target does not say: only the general bound applies there.
/// </summary>
public readonly record struct FigureRange(decimal Min, decimal Max, string? Unit)
{
    /// <summary>Any figure at all: far beyond a country's GDP in đồng, far inside what storage and charts can hold.</summary>
    public static readonly FigureRange Any = new(-1_000_000_000_000_000_000m, 1_000_000_000_000_000_000m, null);

    /// <summary>The range for figures of this target as it stands (its correction, if any, included).</summary>
    public static FigureRange For(Target target) => For(target.EffectiveUnit, target.EffectiveOp);

    /// <summary>The range for figures in this unit under this op: only the general bound for a target set as a change.</summary>
    public static FigureRange For(string? unit, Extraction.TargetOp op)
    {
        if (TargetSpec.IsRelativeOp(op))
            return Any;
        var info = MeasureUnits.Parse(unit);
        var scale = info.Scale > 0 ? info.Scale : 1m;
        return info.Family switch
        {
            // A share is 0–100; a rate or a growth written in % can fall to −100 and, rarely, pass 100.
            UnitFamily.Percent or UnitFamily.PercentPerYear => new(-100m, 1_000m, unit),
            // Budgets can be negative (a deficit); 10^18 đồng is about fifty years of the country's GDP.
            UnitFamily.Money => new(-Base(1_000_000_000_000_000_000m, scale), Base(1_000_000_000_000_000_000m, scale), unit),
            UnitFamily.MoneyPerPerson => new(0m, Base(100_000_000_000m, scale), unit),
            UnitFamily.Area => new(0m, Base(1_000_000_000m, scale), unit),           // ha; the country is 3.3·10^7 ha
            UnitFamily.Mass => new(0m, Base(1_000_000_000_000_000m, scale), unit),   // kg
            UnitFamily.Length => new(0m, Base(1_000_000_000_000m, scale), unit),     // m
            UnitFamily.Count => new(0m, Base(10_000_000_000m, scale), unit),         // people, households, head of cattle
            UnitFamily.Criteria => new(0m, 1_000m, unit),
            _ => Any with { Unit = unit },
        };
    }

    private static decimal Base(decimal limit, decimal scale) => Math.Max(1m, Math.Round(limit / scale, 6));

    /// <summary>Whether the figure lies within the range, bounds included.</summary>
    public bool Contains(decimal value) => value >= Min && value <= Max;

    /// <summary>The refusal, in Vietnamese, naming the figure, the unit and the range.</summary>
    public string Refusal(decimal value) => string.IsNullOrWhiteSpace(Unit)
        ? string.Format(Messages.FigureOutOfRange, VietnameseNumber.Format(value), VietnameseNumber.Format(Min), VietnameseNumber.Format(Max))
        : string.Format(Messages.FigureOutOfRangeForUnit, VietnameseNumber.Format(value), Unit.Trim(), VietnameseNumber.Format(Min), VietnameseNumber.Format(Max));
}
