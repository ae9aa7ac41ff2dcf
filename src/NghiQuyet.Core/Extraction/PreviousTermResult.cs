using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Extraction;

/// <summary>One row of a previous-term assessment table (Biểu 01/02, Phụ lục).</summary>
public sealed record PreviousTermResult(
    [property: JsonPropertyName("table")] string? Table,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("target")] decimal? Target,
    [property: JsonPropertyName("actual")] decimal? Actual,
    [property: JsonPropertyName("verdict")] PrintedVerdict? Verdict,
    [property: JsonPropertyName("line")] int Line);

/// <summary>The verdict an assessment table printed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PrintedVerdict>))]
public enum PrintedVerdict
{
    /// <summary>"Vượt".</summary>
    [JsonStringEnumMemberName("exceeded")] Exceeded,
    /// <summary>"Đạt".</summary>
    [JsonStringEnumMemberName("met")] Met,
    /// <summary>"Không đạt".</summary>
    [JsonStringEnumMemberName("not_met")] NotMet,
}
