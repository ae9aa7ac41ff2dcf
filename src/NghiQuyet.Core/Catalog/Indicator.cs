using System.Text.Json.Serialization;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Catalog;

/// <summary>
/// A canonical indicator that resolutions keep using ("Tỷ lệ hộ nghèo", "Thu nhập bình quân đầu người" …).
/// <paramref name="Key"/> is stable: stored figures and targets refer to it, so a key is never renamed, only added.
/// </summary>
public sealed record Indicator(
    string Key,
    string Name,
    IReadOnlyList<string> Aliases,
    string Unit,
    IndicatorDirection Direction,
    TargetGroup Group,
    AggregationRule Aggregation,
    IReadOnlyList<string> Excludes,
    string? Denominator = null)
{
    /// <summary>The name first, then the aliases: every phrase the matcher compares a target's name with.</summary>
    public IEnumerable<string> Phrases => Aliases.Prepend(Name);

    /// <summary>A share of a whole ("%"), where growth is measured in percentage points, never as a rate of a rate.</summary>
    public bool IsShare => Unit == "%";
}

/// <summary>Which way is better. A band indicator (natural population growth) is best inside its target range.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorDirection>))]
public enum IndicatorDirection
{
    [JsonStringEnumMemberName("higher")] HigherIsBetter,
    [JsonStringEnumMemberName("lower")] LowerIsBetter,
    [JsonStringEnumMemberName("band")] Band,
}

/// <summary>
/// How communes' figures become a province's. Percentages are never averaged: a share is re-computed from the summed
/// numerators and denominators (<see cref="Ratio"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AggregationRule>))]
public enum AggregationRule
{
    [JsonStringEnumMemberName("sum")] Sum,
    [JsonStringEnumMemberName("ratio")] Ratio,
    [JsonStringEnumMemberName("population_weighted_mean")] PopulationWeightedMean,
    [JsonStringEnumMemberName("min")] Min,
    [JsonStringEnumMemberName("max")] Max,
    [JsonStringEnumMemberName("none")] None,
}
