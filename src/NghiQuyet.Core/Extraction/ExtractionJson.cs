using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NghiQuyet.Core.Extraction;

/// <summary>The one way an <see cref="ExtractionResult"/> becomes <c>nq-extract/1</c> JSON and back.</summary>
public static class ExtractionJson
{
    /// <summary>The serializer settings of the contract: indented, Vietnamese unescaped, nulls written.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Vietnamese stays readable in the output instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The result as nq-extract/1 JSON.</summary>
    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>Reads nq-extract/1 JSON; a Vietnamese error where it is not valid.</summary>
    public static Result<ExtractionResult> Deserialize(string json)
    {
        try
        {
            // A lone surrogate in the text (not in a \u escape) cannot be transcoded; it becomes U+FFFD like a decoder's.
            var result = JsonSerializer.Deserialize<ExtractionResult>(Text.UnicodeForms.ReplaceLoneSurrogates(json), Options);
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
