using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Data.Storage;

/// <summary>
/// The document as the import read it, stored beside its <see cref="Core.Domain.SourceFile"/> in the same transaction:
/// every line with its number, its restored text and the OCR text it was restored from, and a table row's cells. The
/// review page shows it as it was read, without reading (or, for a scan, running OCR on) the original bytes again.
/// <see cref="Core.Domain.SourceFile.Text"/> stays the searchable text.
/// </summary>
public sealed class StoredDocument
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Vietnamese letters as themselves: a third of the size of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private StoredDocument() => Json = "";

    public StoredDocument(Guid sourceFileId, SourceDocument document)
    {
        SourceFileId = sourceFileId;
        Json = JsonSerializer.Serialize(Stored.Of(document), Options);
    }

    public Guid SourceFileId { get; private set; }

    /// <summary>The document as JSON: <c>{"v":1,"name","format","encoding","warnings","lines":[{"n","t","o","c"}]}</c>.</summary>
    public string Json { get; private set; }

    public SourceDocument ToDocument() => (JsonSerializer.Deserialize<Stored>(Json, Options) ?? throw new JsonException("empty stored document")).ToDocument();

    private sealed record Stored(
        [property: JsonPropertyName("v")] int Version,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("encoding")] string? Encoding,
        [property: JsonPropertyName("warnings")] IReadOnlyList<string>? Warnings,
        [property: JsonPropertyName("lines")] IReadOnlyList<Line> Lines)
    {
        public static Stored Of(SourceDocument d) => new(1, d.Name, d.Format, d.Encoding, d.Warnings.Count == 0 ? null : d.Warnings,
            [.. d.Lines.Select(l => new Line(l.Number, l.Text, l.Original, l.Cells))]);

        public SourceDocument ToDocument() => new(Name, Format, [.. Lines.Select(l => new SourceLine(l.Number, l.Text, l.Cells, l.Original))])
        {
            Warnings = Warnings ?? [],
            Encoding = Encoding,
        };
    }

    private sealed record Line(
        [property: JsonPropertyName("n")] int Number,
        [property: JsonPropertyName("t")] string Text,
        [property: JsonPropertyName("o")] string? Original,
        [property: JsonPropertyName("c")] IReadOnlyList<string>? Cells);
}
