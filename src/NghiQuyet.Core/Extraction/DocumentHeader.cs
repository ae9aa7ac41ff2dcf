using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Extraction;

/// <summary>Who the report is from and when: the header of the nq-extract/1 contract.</summary>
public sealed record DocumentHeader(
    [property: JsonPropertyName("organization")] string? Organization,
    [property: JsonPropertyName("level")] OrganizationLevel Level,
    [property: JsonPropertyName("province")] string? Province,
    [property: JsonPropertyName("congress")] int? Congress,
    [property: JsonPropertyName("term")] Term? Term,
    [property: JsonPropertyName("diacritics")] Diacritics Diacritics);

/// <summary>The congress term, e.g. 2025–2030.</summary>
public sealed record Term(
    [property: JsonPropertyName("from")] int From,
    [property: JsonPropertyName("to")] int To);

/// <summary>The level of the Party committee whose report it is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrganizationLevel>))]
public enum OrganizationLevel
{
    /// <summary>A commune, ward or special zone.</summary>
    [JsonStringEnumMemberName("commune")] Commune,
    /// <summary>A province or centrally-run city.</summary>
    [JsonStringEnumMemberName("province")] Province,
    /// <summary>Any other level.</summary>
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>Whether the text carries its tone marks.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Diacritics>))]
public enum Diacritics
{
    /// <summary>Tone marks present, as typed.</summary>
    [JsonStringEnumMemberName("full")] Full,
    /// <summary>Tone marks lost (OCR of a scan with an engine without a Vietnamese model).</summary>
    [JsonStringEnumMemberName("missing")] Missing,
}
