using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Extraction;

public sealed record DocumentHeader(
    [property: JsonPropertyName("organization")] string? Organization,
    [property: JsonPropertyName("level")] OrganizationLevel Level,
    [property: JsonPropertyName("province")] string? Province,
    [property: JsonPropertyName("congress")] int? Congress,
    [property: JsonPropertyName("term")] Term? Term,
    [property: JsonPropertyName("diacritics")] Diacritics Diacritics);

public sealed record Term(
    [property: JsonPropertyName("from")] int From,
    [property: JsonPropertyName("to")] int To);

[JsonConverter(typeof(JsonStringEnumConverter<OrganizationLevel>))]
public enum OrganizationLevel
{
    [JsonStringEnumMemberName("commune")] Commune,
    [JsonStringEnumMemberName("province")] Province,
    [JsonStringEnumMemberName("other")] Other,
}

[JsonConverter(typeof(JsonStringEnumConverter<Diacritics>))]
public enum Diacritics
{
    [JsonStringEnumMemberName("full")] Full,
    [JsonStringEnumMemberName("missing")] Missing,
}
