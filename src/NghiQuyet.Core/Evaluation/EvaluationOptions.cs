namespace NghiQuyet.Core.Evaluation;

/// <summary>How a trajectory's progress is measured (see <see cref="TrajectoryEvaluator"/>).</summary>
public enum TrajectoryMethod
{
    /// <summary>Linear for shares in % (percentage points near a ceiling), compound annual growth otherwise.</summary>
    Auto,
    /// <summary>Compound annual growth.</summary>
    Compound,
    /// <summary>Linear: the same amount (or number of points) every year.</summary>
    Linear,
}

/// <summary>
/// The evaluation's tunables; a resolution may set its own. <see cref="ExceededMargin"/>: how far past a target a figure
/// must be to count as exceeded ("Vượt") rather than met ("Đạt"), relative to the target (5% of 10% is 0,5 point).
/// <see cref="OnTrackRatio"/> and <see cref="AccelerationRatio"/>: the Open SDG / Statistics Canada thresholds on
/// R = observed growth / required growth (≥ 95% on track, 60–95% acceleration needed, 0–60% limited progress).
/// </summary>
public sealed record EvaluationOptions(
    decimal ExceededMargin = 0.05m,
    decimal OnTrackRatio = 0.95m,
    decimal AccelerationRatio = 0.60m,
    TrajectoryMethod Method = TrajectoryMethod.Auto,
    decimal CeilingTolerancePoints = 1m)
{
    /// <summary>The standard thresholds (5% margin, 95% and 60% ratios).</summary>
    public static readonly EvaluationOptions Default = new();
}
