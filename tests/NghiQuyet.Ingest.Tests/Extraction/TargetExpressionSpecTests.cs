using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Targets;

namespace NghiQuyet.Ingest.Tests.Extraction;

/// <summary>Every recogniser of the target-expression grammar against its spec file (Specs/*.txt).</summary>
public class TargetExpressionSpecTests
{
    public static IEnumerable<object[]> Phrases() => SpecFixtures.Rows(f => f != "numbers.txt" && f != "README.txt");

    public static IEnumerable<object[]> Numbers() => SpecFixtures.Rows(f => f == "numbers.txt");

    private static readonly Dictionary<string, TargetOp> Ops = new()
    {
        ["="] = TargetOp.Equal, [">="] = TargetOp.AtLeast, [">"] = TargetOp.MoreThan, ["<="] = TargetOp.AtMost,
        ["<"] = TargetOp.LessThan, ["range"] = TargetOp.Range, ["maintain"] = TargetOp.Maintain,
        ["growth_rate"] = TargetOp.GrowthRate, ["increase_by"] = TargetOp.IncreaseBy,
        ["decrease_by"] = TargetOp.DecreaseBy, ["achieve"] = TargetOp.Achieve,
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Phrase_reads_as_specified(string file, int line, string input, string expected)
    {
        var parts = expected.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var op = Ops[parts[0]];
        var value = SpecFixtures.Number(parts[1]);
        decimal? max = null;
        var unitText = parts.Length > 2 ? parts[2] : "-";
        if (op == TargetOp.Range)
        {
            var rest = unitText.Split(' ', 2);
            max = SpecFixtures.Number(rest[0]);
            unitText = rest.Length > 1 ? rest[1] : "-";
        }
        var unit = unitText == "-" ? null : unitText;

        var parsed = TargetExpression.Parse(input, ocr: file.StartsWith("ocr-", StringComparison.Ordinal));

        var where = $"{file}:{line} \"{input}\"";
        Assert.True(parsed.Count > 0, $"{where}: nothing read");
        var first = parsed[0];
        Assert.True(op == first.Op, $"{where}: op {first.Op}, expected {op}");
        Assert.True(value == first.Value, $"{where}: value {first.Value}, expected {value}");
        Assert.True(max == first.ValueMax, $"{where}: value_max {first.ValueMax}, expected {max}");
        Assert.True(unit == first.Unit, $"{where}: unit {first.Unit}, expected {unit}");
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Number_reads_as_specified(string file, int line, string input, string expected)
    {
        var parsed = TargetExpression.Parse(input + " ha");
        Assert.True(parsed.Count == 1, $"{file}:{line}: {parsed.Count} figures in \"{input} ha\"");
        Assert.Equal(SpecFixtures.Number(expected), parsed[0].Value);
        Assert.Equal("ha", parsed[0].Unit);
    }

    [Fact]
    public void Every_recogniser_has_a_spec_file()
    {
        var files = Directory.GetFiles(SpecFixtures.Directory(), "*.txt").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var recogniser in NghiQuyet.Ingest.Extraction.Targets.Phrases.TargetPhrasePipeline.Default.Recognizers)
        {
            var name = recogniser.GetType().Name.Replace("Recognizer", "");
            var kebab = string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            Assert.Contains(kebab, files);
        }
    }
}
