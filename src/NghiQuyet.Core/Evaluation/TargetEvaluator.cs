using NghiQuyet.Core.Time;

namespace NghiQuyet.Core.Evaluation;

/// <summary>A target's standing as of a year: the end-of-term verdict once the deadline has come, the trajectory before.</summary>
public sealed record TargetEvaluation(
    TargetSpec Spec,
    int AsOfYear,
    Figure? Latest,
    VerdictOutcome? Verdict,
    TrajectoryOutcome Trajectory)
{
    /// <summary>The value expected at the deadline if the observed pace goes on.</summary>
    public decimal? Projected => Trajectory.Projected;
}

/// <summary>
/// Evaluates targets "as of" a year: the given one, or the current year in Vietnam from the injected <see cref="VietnamClock"/>.
/// This is what <c>nghiquyet evaluate</c> calls for each stored target with its stored figures.
/// </summary>
internal sealed class TargetEvaluator(VietnamClock clock, EvaluationOptions? options = null)
{
    public EvaluationOptions Options { get; } = options ?? EvaluationOptions.Default;

    public int CurrentYear => clock.Year;

    public TargetEvaluation Evaluate(TargetSpec spec, IReadOnlyList<Figure> figures, Baseline? baseline = null, int? asOfYear = null)
    {
        var asOf = asOfYear ?? CurrentYear;
        var latest = figures.Where(f => f is not null && f.Year <= asOf && f.Effective(spec.IsShare) is not null)
            .OrderBy(f => f.Year).LastOrDefault();
        var verdict = asOf >= spec.Year ? VerdictEvaluator.Evaluate(spec, figures, baseline, Options, asOf) : null;
        var trajectory = TrajectoryEvaluator.Evaluate(spec, figures, baseline, Options, asOf);
        return new TargetEvaluation(spec, asOf, latest, verdict, trajectory);
    }
}
