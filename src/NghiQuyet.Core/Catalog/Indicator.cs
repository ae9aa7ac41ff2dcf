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
    /// <summary>A higher figure is better (income, coverage).</summary>
    [JsonStringEnumMemberName("higher")] HigherIsBetter,
    /// <summary>A lower figure is better (poverty rate, child malnutrition).</summary>
    [JsonStringEnumMemberName("lower")] LowerIsBetter,
    /// <summary>Best inside the target range, worse on either side.</summary>
    [JsonStringEnumMemberName("band")] Band,
}

/// <summary>
/// How communes' figures become a province's. Percentages are never averaged: a share is re-computed from the summed
/// numerators and denominators (<see cref="Ratio"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AggregationRule>))]
public enum AggregationRule
{
    /// <summary>Communes' figures are added up (areas, amounts, counts).</summary>
    [JsonStringEnumMemberName("sum")] Sum,
    /// <summary>Summed numerators over summed denominators: how a share is recomputed, never averaged.</summary>
    [JsonStringEnumMemberName("ratio")] Ratio,
    /// <summary>Communes' figures averaged with their populations as weights.</summary>
    [JsonStringEnumMemberName("population_weighted_mean")] PopulationWeightedMean,
    /// <summary>The lowest commune figure stands for the province.</summary>
    [JsonStringEnumMemberName("min")] Min,
    /// <summary>The highest commune figure stands for the province.</summary>
    [JsonStringEnumMemberName("max")] Max,
    /// <summary>Not aggregable: the province's figure cannot be made from its communes'.</summary>
    [JsonStringEnumMemberName("none")] None,
}
