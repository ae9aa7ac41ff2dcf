using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Evaluation;

/// <summary>The end-of-term verdict. Ordered: a better figure never gives a lower verdict (NotAssessable aside).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("not_assessable")] NotAssessable = -1,
    [JsonStringEnumMemberName("not_met")] NotMet = 0,
    [JsonStringEnumMemberName("met")] Met = 1,
    [JsonStringEnumMemberName("exceeded")] Exceeded = 2,
}

/// <summary>What was compared with what, so that a message can say it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerdictBasis>))]
public enum VerdictBasis
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("level")] Level,
    [JsonStringEnumMemberName("yes_no")] YesNo,
    [JsonStringEnumMemberName("average_annual_rate")] AverageAnnualRate,
    [JsonStringEnumMemberName("average_annual_points")] AverageAnnualPoints,
    [JsonStringEnumMemberName("change_since_baseline")] ChangeSinceBaseline,
    [JsonStringEnumMemberName("points_since_baseline")] PointsSinceBaseline,
}

/// <param name="Satisfied">The target as written is reached (met or exceeded).</param>
/// <param name="BeyondTarget">The measured figure is strictly past the target in the better direction: what a printed
/// "Vượt" needs at the least.</param>
/// <param name="Measured">The figure compared: the latest value, or the computed average annual rate / change.</param>
public sealed record VerdictOutcome(Verdict Verdict, bool Satisfied, bool BeyondTarget, decimal? Measured, VerdictBasis Basis)
{
    public static readonly VerdictOutcome NotAssessable = new(Verdict.NotAssessable, false, false, null, VerdictBasis.None);
}
