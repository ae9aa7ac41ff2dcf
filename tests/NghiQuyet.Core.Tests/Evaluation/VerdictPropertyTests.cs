using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Time;

namespace NghiQuyet.Core.Tests.Evaluation;

/// <summary>Properties of the evaluation that hold for any target and any figures.</summary>
public class VerdictPropertyTests
{
    private static readonly TargetOp[] Ops = Enum.GetValues<TargetOp>();
    private static readonly IndicatorDirection[] Directions = Enum.GetValues<IndicatorDirection>();

    private static TargetSpec Spec(int op, int direction, int value, int span, bool share, int year = 2030) =>
        new(Ops[Math.Abs(op % Ops.Length)], value / 10m, (value + Math.Abs(span)) / 10m, share ? "%" : "tấn", year,
            Directions[Math.Abs(direction % Directions.Length)], null, share);

    /// <summary>Whether a higher latest figure is better for this target, as the verdict rules read it; null: neither.</summary>
    private static bool? HigherIsBetter(TargetSpec spec) => spec.Op switch
    {
        _ when spec.IsYesNo => null,
        TargetOp.AtLeast or TargetOp.MoreThan or TargetOp.IncreaseBy => true,
        TargetOp.AtMost or TargetOp.LessThan or TargetOp.DecreaseBy => false,
        _ => spec.Direction switch
        {
            IndicatorDirection.HigherIsBetter => true,
            IndicatorDirection.LowerIsBetter => false,
            _ => null,
        },
    };

    [Property(MaxTest = 500)]
    public bool Verdict_is_monotonic_in_the_actual_value_by_direction(int op, int direction, int value, int span, bool share,
        int base0, int a, int b)
    {
        var spec = Spec(op, direction, value, span, share);
        if (HigherIsBetter(spec) is not { } higher)
            return true;
        var baseline = new Baseline(2025, base0 / 10m);
        var (low, high) = (Math.Min(a, b) / 10m, Math.Max(a, b) / 10m);
        var vLow = VerdictEvaluator.Evaluate(spec, [new Figure(2030, low)], baseline).Verdict;
        var vHigh = VerdictEvaluator.Evaluate(spec, [new Figure(2030, high)], baseline).Verdict;
        if (vLow == Verdict.NotAssessable || vHigh == Verdict.NotAssessable)
            return true;
        return higher ? vLow <= vHigh : vLow >= vHigh;
    }

    [Property(MaxTest = 500)]
    public bool Verdict_and_trajectory_are_invariant_to_units_of_scale(int op, int direction, int value, int span,
        PositiveInt base0, PositiveInt f1, PositiveInt f2, int exponent)
    {
        // Tonnes or thousands of tonnes, đồng or tỷ đồng: not for shares, whose scale is fixed at 100.
        var spec = Spec(op, direction, value, span, share: false);
        var k = (decimal)Math.Pow(10, Math.Abs(exponent % 7) - 3);
        var scaled = spec with { Value = spec.Value * k, ValueMax = spec.ValueMax * k };
        if (TargetSpec.IsRelativeOp(spec.Op) || spec.IsAverageAnnualRate)
            scaled = spec; // a rate or a change in % is the same number in any unit
        Figure[] figures = [new(2027, f1.Get / 10m), new(2030, f2.Get / 10m)];
        Figure[] scaledFigures = [.. figures.Select(f => f with { Value = f.Value * k })];
        var baseline = new Baseline(2025, base0.Get / 10m);
        var scaledBaseline = new Baseline(2025, baseline.Value * k);
        var verdict = VerdictEvaluator.Evaluate(spec, figures, baseline).Verdict;
        var scaledVerdict = VerdictEvaluator.Evaluate(scaled, scaledFigures, scaledBaseline).Verdict;
        var trajectory = TrajectoryEvaluator.Evaluate(spec, figures, baseline, null, 2027).Status;
        var scaledTrajectory = TrajectoryEvaluator.Evaluate(scaled, scaledFigures, scaledBaseline, null, 2027).Status;
        return verdict == scaledVerdict && trajectory == scaledTrajectory;
    }

    private static readonly Gen<decimal?> AnyFigure = Gen.OneOf(
        Gen.Constant<decimal?>(null),
        Gen.Constant<decimal?>(0m),
        Gen.Constant<decimal?>(decimal.MaxValue),
        Gen.Constant<decimal?>(decimal.MinValue),
        Gen.Constant<decimal?>(0.0000000001m),
        ArbMap.Default.GeneratorFor<decimal>().Select(d => (decimal?)d),
        ArbMap.Default.GeneratorFor<int>().Select(i => (decimal?)(i / 100m)));

    private static readonly Gen<int> AnyYear = Gen.OneOf(Gen.Choose(2018, 2035), ArbMap.Default.GeneratorFor<int>());

    private static readonly Gen<Figure> AnyFigureOfAYear =
        from year in AnyYear
        from value in AnyFigure
        from numerator in AnyFigure
        from denominator in AnyFigure
        select new Figure(year, value, numerator, denominator);

    private static readonly Gen<(TargetSpec Spec, Figure[] Figures, Baseline? Baseline, int AsOf)> AnyCase =
        from op in Gen.Elements(Ops)
        from direction in Gen.Elements(Directions)
        from value in AnyFigure
        from valueMax in AnyFigure
        from share in ArbMap.Default.GeneratorFor<bool>()
        from unit in Gen.Elements<string?>("%", "%/năm", "tấn", null, "tỷ đồng")
        from year in AnyYear
        from figures in Gen.ArrayOf(AnyFigureOfAYear)
        from baselineValue in AnyFigure
        from baselineYear in AnyYear
        from asOf in AnyYear
        select (new TargetSpec(op, value, valueMax, unit, year, direction, null, share), figures,
            baselineValue is { } b ? new Baseline(baselineYear, b) : null, asOf);

    [Property(MaxTest = 2000)]
    public Property Never_throws_on_any_figures_including_zeros_negatives_and_missing_years() =>
        Prop.ForAll(AnyCase.ToArbitrary(), c =>
        {
            VerdictEvaluator.Evaluate(c.Spec, c.Figures, c.Baseline);
            TrajectoryEvaluator.Evaluate(c.Spec, c.Figures, c.Baseline, null, c.AsOf);
            new TargetEvaluator(VietnamClock.System).Evaluate(c.Spec, c.Figures, c.Baseline, c.AsOf);
            var indicator = IndicatorCatalog.Default.Find("poverty_rate")!;
            ProvinceRollup.Aggregate(indicator, c.Figures.Select((f, i) => new CommuneFigure($"{i}", $"Xã {i}", f.Value, f.Numerator, f.Denominator, f.Numerator)).ToList(), c.Spec);
            return true;
        });
}
