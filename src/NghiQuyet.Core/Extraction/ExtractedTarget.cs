using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Extraction;

/// <summary>One figure of the new term's main targets.</summary>
public sealed record ExtractedTarget(
    [property: JsonPropertyName("item")] string? Item,
    [property: JsonPropertyName("group")] TargetGroup Group,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("op")] TargetOp Op,
    [property: JsonPropertyName("value")] decimal? Value,
    [property: JsonPropertyName("value_max")] decimal? ValueMax,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("line")] int Line)
{
    /// <summary>How sure the reader is that this is one of the new term's targets, read right (0–1); optional in nq-extract/1.</summary>
    [JsonPropertyName("confidence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Confidence { get; init; }

    /// <summary>What made the reader take it ("heading-list", "table-column", "prose:aim", "prose:run-on" …); optional.</summary>
    [JsonPropertyName("cue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cue { get; init; }

    /// <summary>What the target says, without where it stands (item, group, line) or how sure the reader was.</summary>
    [JsonIgnore]
    public TargetTerms Terms => new(Name, Op, Value, ValueMax, Unit, Year);

    /// <summary>Below this the review page and the table mark a target for a closer look.</summary>
    public const double LowConfidence = 0.7;
}

[JsonConverter(typeof(JsonStringEnumConverter<TargetGroup>))]
public enum TargetGroup
{
    [JsonStringEnumMemberName("economy")] Economy,
    [JsonStringEnumMemberName("society")] Society,
    [JsonStringEnumMemberName("environment")] Environment,
    [JsonStringEnumMemberName("defense_security")] DefenseSecurity,
    [JsonStringEnumMemberName("party_building")] PartyBuilding,
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>What the text says, not what it means for a verdict (that depends on the indicator's direction).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetOp>))]
public enum TargetOp
{
    [JsonStringEnumMemberName("=")] Equal,
    [JsonStringEnumMemberName(">=")] AtLeast,
    [JsonStringEnumMemberName(">")] MoreThan,
    [JsonStringEnumMemberName("<=")] AtMost,
    [JsonStringEnumMemberName("<")] LessThan,
    [JsonStringEnumMemberName("range")] Range,
    [JsonStringEnumMemberName("maintain")] Maintain,
    [JsonStringEnumMemberName("growth_rate")] GrowthRate,
    [JsonStringEnumMemberName("increase_by")] IncreaseBy,
    [JsonStringEnumMemberName("decrease_by")] DecreaseBy,
    [JsonStringEnumMemberName("achieve")] Achieve,
}
