using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Tests.Extraction;

public class ExtractionJsonTests
{
    private static ExtractionResult Sample() => new(
        new DocumentHeader("Đảng bộ xã Tân Lập", OrganizationLevel.Commune, "Sơn La", 1, new Term(2025, 2030), Diacritics.Full),
        [new ExtractedTarget("3", TargetGroup.Society, "Tỷ lệ hộ nghèo", TargetOp.LessThan, 7m, null, "%", 2030, 12)],
        [new PreviousTermResult("Biểu 01", "Tỷ lệ che phủ rừng", "%", 48m, 38m, PrintedVerdict.NotMet, 40)]);

    [Fact]
    public void Serializes_contract_field_names_and_vietnamese_without_escapes()
    {
        var json = ExtractionJson.Serialize(Sample());
        Assert.StartsWith("{\n  \"schema\": \"nq-extract/1\"", json.ReplaceLineEndings("\n"));
        Assert.Contains("\"op\": \"<\"", json);
        Assert.Contains("\"value_max\": null", json);
        Assert.Contains("\"verdict\": \"not_met\"", json);
        Assert.Contains("\"level\": \"commune\"", json);
        Assert.Contains("Tỷ lệ hộ nghèo", json);
    }

    [Fact]
    public void Round_trips()
    {
        var sample = Sample();
        var back = ExtractionJson.Deserialize(ExtractionJson.Serialize(sample));
        Assert.True(back.Success, back.Error);
        Assert.Equal(sample.Document, back.Value.Document);
        Assert.Equal(sample.Targets, back.Value.Targets);
        Assert.Equal(sample.Results, back.Value.Results);
    }

    [Theory]
    [InlineData("{\"schema\":\"other/1\",\"document\":null,\"targets\":[],\"results\":[]}")]
    [InlineData("not json")]
    public void Rejects_foreign_input_with_a_message(string json)
    {
        var result = ExtractionJson.Deserialize(json);
        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }
}
