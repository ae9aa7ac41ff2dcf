using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Evaluation;

/// <summary>The end-of-term verdict. Ordered: a better figure never gives a lower verdict (NotAssessable aside).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>No figure, or nothing to compare it with.</summary>
    [JsonStringEnumMemberName("not_assessable")] NotAssessable = -1,
    /// <summary>The target is not reached.</summary>
    [JsonStringEnumMemberName("not_met")] NotMet = 0,
    /// <summary>The target is reached.</summary>
    [JsonStringEnumMemberName("met")] Met = 1,
    /// <summary>The target is passed far enough to count as exceeded (<see cref="EvaluationOptions.ExceededMargin"/>).</summary>
    [JsonStringEnumMemberName("exceeded")] Exceeded = 2,
}

/// <summary>What was compared with what, so that a message can say it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VerdictBasis>))]
public enum VerdictBasis
{
    /// <summary>Nothing was compared.</summary>
    [JsonStringEnumMemberName("none")] None,
    /// <summary>The latest figure against the target level.</summary>
    [JsonStringEnumMemberName("level")] Level,
    /// <summary>Reached or not (a "duy trì" or "đạt chuẩn" target).</summary>
    [JsonStringEnumMemberName("yes_no")] YesNo,
    /// <summary>The average annual growth rate since the baseline.</summary>
    [JsonStringEnumMemberName("average_annual_rate")] AverageAnnualRate,
    /// <summary>The average annual change in percentage points since the baseline.</summary>
    [JsonStringEnumMemberName("average_annual_points")] AverageAnnualPoints,
    /// <summary>The relative change since the baseline.</summary>
    [JsonStringEnumMemberName("change_since_baseline")] ChangeSinceBaseline,
    /// <summary>The change in percentage points since the baseline.</summary>
    [JsonStringEnumMemberName("points_since_baseline")] PointsSinceBaseline,
}

/// <param name="Satisfied">The target as written is reached (met or exceeded).</param>
/// <param name="BeyondTarget">The measured figure is strictly past the target in the better direction: what a printed
/// "Vượt" needs at the least.</param>
/// <param name="Measured">The figure compared: the latest value, or the computed average annual rate / change.</param>
public sealed record VerdictOutcome(Verdict Verdict, bool Satisfied, bool BeyondTarget, decimal? Measured, VerdictBasis Basis)
{
    /// <summary>The outcome where nothing can be judged.</summary>
    public static readonly VerdictOutcome NotAssessable = new(Verdict.NotAssessable, false, false, null, VerdictBasis.None);
}
