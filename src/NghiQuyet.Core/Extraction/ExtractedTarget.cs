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

/// <summary>The section of the report's targets a target stands in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetGroup>))]
public enum TargetGroup
{
    /// <summary>Economic targets.</summary>
    [JsonStringEnumMemberName("economy")] Economy,
    /// <summary>Social and cultural targets.</summary>
    [JsonStringEnumMemberName("society")] Society,
    /// <summary>Environmental targets.</summary>
    [JsonStringEnumMemberName("environment")] Environment,
    /// <summary>Defence and security targets.</summary>
    [JsonStringEnumMemberName("defense_security")] DefenseSecurity,
    /// <summary>Building the Party and the political system.</summary>
    [JsonStringEnumMemberName("party_building")] PartyBuilding,
    /// <summary>Anything else.</summary>
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>What the text says, not what it means for a verdict (that depends on the indicator's direction).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetOp>))]
public enum TargetOp
{
    /// <summary>Exactly the figure.</summary>
    [JsonStringEnumMemberName("=")] Equal,
    /// <summary>At least the figure ("≥").</summary>
    [JsonStringEnumMemberName(">=")] AtLeast,
    /// <summary>More than ("trên", "hơn").</summary>
    [JsonStringEnumMemberName(">")] MoreThan,
    /// <summary>At most ("không quá", "≤").</summary>
    [JsonStringEnumMemberName("<=")] AtMost,
    /// <summary>Less than ("dưới").</summary>
    [JsonStringEnumMemberName("<")] LessThan,
    /// <summary>Between the figure and <c>ValueMax</c>.</summary>
    [JsonStringEnumMemberName("range")] Range,
    /// <summary>Keep the level ("duy trì").</summary>
    [JsonStringEnumMemberName("maintain")] Maintain,
    /// <summary>Average annual growth ("tăng bình quân … %/năm").</summary>
    [JsonStringEnumMemberName("growth_rate")] GrowthRate,
    /// <summary>Increase by the figure ("tăng …").</summary>
    [JsonStringEnumMemberName("increase_by")] IncreaseBy,
    /// <summary>Decrease by the figure ("giảm …").</summary>
    [JsonStringEnumMemberName("decrease_by")] DecreaseBy,
    /// <summary>Reach a state ("đạt chuẩn"), with or without a figure.</summary>
    [JsonStringEnumMemberName("achieve")] Achieve,
}
