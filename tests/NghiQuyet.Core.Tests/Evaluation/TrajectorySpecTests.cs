using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Time;
using static NghiQuyet.Core.Tests.Evaluation.SpecRows;

namespace NghiQuyet.Core.Tests.Evaluation;

/// <summary>Trajectories before the deadline, one row of trajectories.tsv each, and the "as of" year from the clock.</summary>
public class TrajectorySpecTests
{
    public static IEnumerable<object[]> Rows() => Load("trajectories.tsv");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Trajectory_status_and_projection(string name, string direction, string op, string value, string unit,
        string share, string figures, string baseline, string asOf, string expected, string projected)
    {
        var spec = new TargetSpec(Op(op), Number(value), null, unit == "-" ? null : unit, 2030, Direction(direction), null, share == "y");
        var outcome = TrajectoryEvaluator.Evaluate(spec, Figures(figures), Baseline(baseline), null, int.Parse(asOf));
        var status = System.Text.Json.JsonSerializer.Serialize(outcome.Status).Trim('"');
        Assert.True(expected == status, $"{name}: {status} (R = {outcome.Ratio}, goal {outcome.TargetLevel})");
        if (Number(projected) is { } p)
            Assert.Equal(p, Math.Round(outcome.Projected ?? -1, 2));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void As_of_defaults_to_the_current_year_of_the_injected_clock()
    {
        var spec = new TargetSpec(Core.Extraction.TargetOp.Equal, 200, null, "con", 2030);
        Figure[] figures = [new(2026, 110), new(2027, 121), new(2029, 190)];
        var evaluator = new TargetEvaluator(new VietnamClock(new FixedClock(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero))));

        var now = evaluator.Evaluate(spec, figures, new Baseline(2025, 100));
        Assert.Equal(2027, now.AsOfYear);
        Assert.Equal(121, now.Latest?.Value);
        Assert.Null(now.Verdict);
        Assert.Equal(TrajectoryStatus.AccelerationNeeded, now.Trajectory.Status);

        var atDeadline = evaluator.Evaluate(spec, [.. figures, new Figure(2030, 205)], new Baseline(2025, 100), asOfYear: 2030);
        Assert.Equal(Verdict.Met, atDeadline.Verdict?.Verdict);
    }

    [Fact]
    public void Thresholds_are_configurable_per_resolution()
    {
        var spec = new TargetSpec(Core.Extraction.TargetOp.Equal, 200, null, "con", 2030);
        Figure[] figures = [new(2027, 120)];
        var strict = TrajectoryEvaluator.Evaluate(spec, figures, new Baseline(2025, 100), null, 2027);
        var lenient = TrajectoryEvaluator.Evaluate(spec, figures, new Baseline(2025, 100),
            new EvaluationOptions(OnTrackRatio: 0.6m, AccelerationRatio: 0.3m), 2027);
        Assert.Equal(TrajectoryStatus.AccelerationNeeded, strict.Status);
        Assert.Equal(TrajectoryStatus.OnTrack, lenient.Status);
    }
}
