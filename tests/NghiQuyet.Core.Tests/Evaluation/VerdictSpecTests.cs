using NghiQuyet.Core.Evaluation;
using static NghiQuyet.Core.Tests.Evaluation.SpecRows;

namespace NghiQuyet.Core.Tests.Evaluation;

/// <summary>The end-of-term verdict rules, one row of verdicts.tsv each.</summary>
public class VerdictSpecTests
{
    public static IEnumerable<object[]> Rows() => Load("verdicts.tsv");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Verdict_follows_the_op_as_written_and_the_indicator_direction(string name, string direction, string op,
        string value, string valueMax, string unit, string share, string figures, string baseline, string expected)
    {
        var spec = new TargetSpec(Op(op), Number(value), Number(valueMax), unit == "-" ? null : unit, 2030,
            Direction(direction), null, share == "y");
        var outcome = VerdictEvaluator.Evaluate(spec, Figures(figures), Baseline(baseline));
        Assert.True(expected == Json(outcome.Verdict), $"{name}: {Json(outcome.Verdict)} (measured {outcome.Measured})");
    }

    private static string Json(Verdict v) => System.Text.Json.JsonSerializer.Serialize(v).Trim('"');
}
