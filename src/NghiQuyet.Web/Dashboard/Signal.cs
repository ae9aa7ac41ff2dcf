using NghiQuyet.Core;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Web.Dashboard;

/// <summary>The colour a status shows in. Ordered by urgency: at-risk targets sort first.</summary>
public enum Signal
{
    None = 0,
    Green = 1,
    Orange = 2,
    Red = 3,
}

public static class Signals
{
    /// <summary>Red: going backwards or missed; orange: too slow; green: on track or reached; none: no figures to judge.</summary>
    public static Signal Of(TargetEvaluation e) => e.Verdict is { } v
        ? v.Verdict switch
        {
            Verdict.NotMet => Signal.Red,
            Verdict.Met or Verdict.Exceeded => Signal.Green,
            _ => Signal.None,
        }
        : e.Trajectory.Status switch
        {
            TrajectoryStatus.Deterioration => Signal.Red,
            TrajectoryStatus.LimitedProgress or TrajectoryStatus.AccelerationNeeded => Signal.Orange,
            TrajectoryStatus.OnTrack or TrajectoryStatus.Achieved => Signal.Green,
            _ => Signal.None,
        };

    /// <summary>Within one colour, the more urgent first: going backwards or missed, then limited progress, then
    /// needing to speed up, then the rest.</summary>
    public static int Urgency(TargetEvaluation e) => e.Verdict?.Verdict == Verdict.NotMet ? 0 : e.Trajectory.Status switch
    {
        TrajectoryStatus.Deterioration => 0,
        TrajectoryStatus.LimitedProgress => 1,
        TrajectoryStatus.AccelerationNeeded => 2,
        _ => 3,
    };

    public static string CssClass(Signal s) => s switch
    {
        Signal.Red => "s-red",
        Signal.Orange => "s-orange",
        Signal.Green => "s-green",
        _ => "s-none",
    };

    public static string Describe(Signal s) => s switch
    {
        Signal.Red => Messages.SignalRed,
        Signal.Orange => Messages.SignalOrange,
        Signal.Green => Messages.SignalGreen,
        _ => Messages.SignalNone,
    };

    public static string GroupName(TargetGroup g) => DomainWords.Group(g);

    public static readonly IReadOnlyList<TargetGroup> Groups = DomainWords.Groups;
}
