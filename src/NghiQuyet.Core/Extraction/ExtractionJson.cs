using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Extraction;

/// <summary>The one way an <see cref="ExtractionResult"/> becomes <c>nq-extract/1</c> JSON and back.</summary>
public static class ExtractionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Vietnamese stays readable in the output instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    public static Result<ExtractionResult> Deserialize(string json)
    {
        try
        {
            var result = JsonSerializer.Deserialize<ExtractionResult>(json, Options);
            return result is null || result.Schema != ExtractionResult.SchemaName
                ? Result<ExtractionResult>.Fail(Messages.NotAnExtraction)
                : Result<ExtractionResult>.Ok(result);
        }
        catch (JsonException ex)
        {
            return Result<ExtractionResult>.Fail(string.Format(Messages.InvalidExtractionJson, ex.Message));
        }
    }
}
