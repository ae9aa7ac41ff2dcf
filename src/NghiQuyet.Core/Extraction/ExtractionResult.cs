using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Extraction;

/// <summary>One source document read into the <c>nq-extract/1</c> contract (see shared/corpus/gold/SCHEMA.md).</summary>
public sealed record ExtractionResult(
    [property: JsonPropertyName("document")] DocumentHeader Document,
    [property: JsonPropertyName("targets")] IReadOnlyList<ExtractedTarget> Targets,
    [property: JsonPropertyName("results")] IReadOnlyList<PreviousTermResult> Results)
{
    /// <summary>The contract's name and version, written into every file.</summary>
    public const string SchemaName = "nq-extract/1";

    /// <summary>The contract this file follows.</summary>
    [JsonPropertyName("schema")]
    [JsonPropertyOrder(-1)]
    public string Schema { get; init; } = SchemaName;

    /// <summary>Non-fatal problems (lines skipped, tables half read), in Vietnamese, for stderr; not part of the contract.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
