using System.Text.Json.Serialization;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Evaluation;

/// <summary>How a target is doing before its deadline.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrajectoryStatus>))]
public enum TrajectoryStatus
{
    /// <summary>Already at or past the target.</summary>
    [JsonStringEnumMemberName("achieved")] Achieved,
    /// <summary>Progress at 95% or more of the pace needed.</summary>
    [JsonStringEnumMemberName("on_track")] OnTrack,
    /// <summary>Progress at 60–95% of the pace needed.</summary>
    [JsonStringEnumMemberName("acceleration_needed")] AccelerationNeeded,
    /// <summary>Progress below 60% of the pace needed.</summary>
    [JsonStringEnumMemberName("limited_progress")] LimitedProgress,
    /// <summary>Moving away from the target.</summary>
    [JsonStringEnumMemberName("deterioration")] Deterioration,
    /// <summary>Not enough figures yet to judge the pace.</summary>
    [JsonStringEnumMemberName("not_yet_assessable")] NotYetAssessable,
    /// <summary>A yes/no target ("duy trì", "đạt chuẩn") has no trajectory.</summary>
    [JsonStringEnumMemberName("not_applicable")] NotApplicable,
}

/// <param name="Ratio">R = observed progress / required progress (null where not computed).</param>
/// <param name="TargetLevel">The level the indicator must reach by the deadline (a growth target turned into a level).</param>
/// <param name="Projected">The value at the deadline year if the observed pace goes on (null with fewer than two figures).</param>
public sealed record TrajectoryOutcome(TrajectoryStatus Status, decimal? Ratio, decimal? TargetLevel, decimal? Projected, bool Linear);

/// <summary>
/// Progress towards a target before its deadline, as national statistics offices assess SDG progress (Open SDG,
/// Statistics Canada): R = the observed compound annual growth since the baseline ÷ the compound annual growth needed
/// to reach the target on time. Achieved if the latest figure already reaches the target; on track if R ≥ 95%;
/// acceleration needed for 60–95%; limited progress for 0–60%; deterioration if R &lt; 0; not yet assessable with fewer
/// than two figures (baseline included). Shares in % use the linear variant (percentage points per year), and a value
/// within one point of a 0% or 100% target counts as achieved (UN rule). Thresholds are in <see cref="EvaluationOptions"/>.
/// </summary>
internal static class TrajectoryEvaluator
{
    public static TrajectoryOutcome Evaluate(TargetSpec spec, IReadOnlyList<Figure> figures, Baseline? baseline = null,
        EvaluationOptions? options = null, int? asOfYear = null)
    {
        options ??= EvaluationOptions.Default;
        if (spec.IsYesNo)
            return new TrajectoryOutcome(TrajectoryStatus.NotApplicable, null, null, null, false);
        var points = Series.Of(figures, spec.IsShare, asOfYear);
        var start = baseline is not null && (points.Count == 0 || baseline.Year <= points[0].Year)
            ? ((int Year, double Value)?)(baseline.Year, (double)baseline.Value)
            : points.Count > 0 ? points[0] : null;
        if (start is null || points.Count == 0)
            return new TrajectoryOutcome(TrajectoryStatus.NotYetAssessable, null, null, null, false);
        var (t0, x0) = start.Value;
        var (t, xt) = points[^1];
        var lowerIsBetter = spec.Direction == IndicatorDirection.LowerIsBetter;
        var linear = options.Method == TrajectoryMethod.Linear
                     || (options.Method == TrajectoryMethod.Auto && spec.IsShare)
                     || x0 <= 0 || xt <= 0;
        var goal = TargetLevel(spec, x0, t0, linear);
        var goalDecimal = goal is { } g ? Numbers.ToDecimal(g) : null;

        if (goal is { } level && Reached(spec, xt, level, lowerIsBetter, options))
            return new TrajectoryOutcome(TrajectoryStatus.Achieved, null, goalDecimal, Project(spec, t0, x0, t, xt, linear), linear);
        if (t <= t0)
            return new TrajectoryOutcome(TrajectoryStatus.NotYetAssessable, null, goalDecimal, null, linear);
        var projected = Project(spec, t0, x0, t, xt, linear);
        if (goal is null || spec.Year <= t0)
            return new TrajectoryOutcome(TrajectoryStatus.NotYetAssessable, null, goalDecimal, projected, linear);

        double observed, required;
        if (linear)
        {
            observed = (xt - x0) / (t - t0);
            required = (goal.Value - x0) / (spec.Year - t0);
        }
        else
        {
            observed = Math.Pow(xt / x0, 1.0 / (t - t0)) - 1;
            required = Math.Pow(goal.Value / x0, 1.0 / (spec.Year - t0)) - 1;
        }
        // The target lies behind the baseline (a "below 10%" target with a baseline of 6%) and is not reached: the
        // indicator has moved the wrong way past it.
        var wrongWay = lowerIsBetter ? required > 0 : required < 0;
        if (Numbers.Same(required, 0) || required == 0 || wrongWay)
            return new TrajectoryOutcome(TrajectoryStatus.Deterioration, null, goalDecimal, projected, linear);
        var r = observed / required;
        // A hair of tolerance so that R = 95% computed as 0.9499999… still counts as on track.
        const double tolerance = 1e-9;
        var status = r >= (double)options.OnTrackRatio - tolerance ? TrajectoryStatus.OnTrack
            : r >= (double)options.AccelerationRatio - tolerance ? TrajectoryStatus.AccelerationNeeded
            : r >= -tolerance ? TrajectoryStatus.LimitedProgress
            : TrajectoryStatus.Deterioration;
        return new TrajectoryOutcome(status, Numbers.ToDecimal(r), goalDecimal, projected, linear);
    }

    /// <summary>The level to reach by the deadline. A growth, increase or decrease target becomes one from the baseline.</summary>
    private static double? TargetLevel(TargetSpec spec, double x0, int t0, bool linear)
    {
        if (spec.Value is not { } v)
            return null;
        var value = (double)v;
        var lowerIsBetter = spec.Direction == IndicatorDirection.LowerIsBetter;
        if (spec.IsAverageAnnualRate)
        {
            var years = Math.Max(0, spec.Year - t0);
            var signed = lowerIsBetter ? -value : value;
            return spec.IsShare || linear ? x0 + signed * years : x0 * Math.Pow(1 + signed / 100, years);
        }
        return spec.Op switch
        {
            TargetOp.IncreaseBy => spec.IsShare ? x0 + value : x0 * (1 + value / 100),
            TargetOp.DecreaseBy => spec.IsShare ? x0 - value : x0 * (1 - value / 100),
            TargetOp.Range when spec.ValueMax is { } max => lowerIsBetter ? Math.Max(value, (double)max) : Math.Min(value, (double)max),
            _ => value,
        };
    }

    private static bool Reached(TargetSpec spec, double xt, double goal, bool lowerIsBetter, EvaluationOptions options)
    {
        // UN rule: a share within one point of a 0% or 100% target counts as achieved.
        if (spec.IsShare && (goal is 0 or 100) && Math.Abs(xt - goal) <= (double)options.CeilingTolerancePoints)
            return true;
        if (spec.Op is TargetOp.LessThan && !spec.IsAverageAnnualRate)
            return xt < goal && !Numbers.Same(xt, goal);
        if (spec.Op is TargetOp.MoreThan && !spec.IsAverageAnnualRate)
            return xt > goal && !Numbers.Same(xt, goal);
        if (spec.Op is TargetOp.AtLeast && !spec.IsAverageAnnualRate)
            return xt >= goal || Numbers.Same(xt, goal);
        if (spec.Op is TargetOp.AtMost && !spec.IsAverageAnnualRate)
            return xt <= goal || Numbers.Same(xt, goal);
        return lowerIsBetter ? xt <= goal || Numbers.Same(xt, goal) : xt >= goal || Numbers.Same(xt, goal);
    }

    /// <summary>The deadline-year value if the pace from baseline to latest goes on; a share stays within 0–100.</summary>
    private static decimal? Project(TargetSpec spec, int t0, double x0, int t, double xt, bool linear)
    {
        if (t <= t0)
            return null;
        var ahead = spec.Year - t;
        double value;
        if (linear)
            value = xt + (xt - x0) / (t - t0) * ahead;
        else
            value = xt * Math.Pow(Math.Pow(xt / x0, 1.0 / (t - t0)), ahead);
        if (spec.IsShare)
            value = Math.Clamp(value, 0, 100);
        return Numbers.ToDecimal(value);
    }
}
