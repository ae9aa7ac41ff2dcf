using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;

namespace NghiQuyet.Ingest.Tests.Extraction.Prose;

/// <summary>One passage of ProseSpecs/*.txt and the targets it must give (see ProseSpecs/README.txt).</summary>
public sealed record ProseSpec(string File, string Title, string Text, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{File}: {Title}";
}

/// <summary>The prose reader on passages written for the tests, one file per cue or naming rule.</summary>
public partial class ProseSpecTests
{
    private static string Folder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!, "ProseSpecs");

    public static IEnumerable<object[]> Cases()
    {
        foreach (var path in Directory.GetFiles(Folder(), "*.txt").Where(p => !p.EndsWith("README.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            string? title = null;
            var text = new List<string>();
            var expected = new List<string>();
            foreach (var raw in File.ReadLines(path).Append("### end"))
            {
                if (raw.StartsWith("###", StringComparison.Ordinal))
                {
                    if (title is not null)
                        yield return [new ProseSpec(Path.GetFileName(path), title, string.Join('\n', text), expected.ToList())];
                    title = raw[3..].Trim();
                    text.Clear();
                    expected.Clear();
                }
                else if (raw.StartsWith("=>", StringComparison.Ordinal))
                    expected.Add(raw[2..].Trim());
                else if (title is not null)
                    text.Add(raw);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Passage_gives_its_targets(ProseSpec spec)
    {
        var doc = new SourceDocument("spec.txt", "txt", spec.Text.Split('\n').Select((l, i) => new SourceLine(i + 1, l)).ToList());
        var result = ReportExtractor.Extract(doc);
        Assert.True(result.Success, result.Error);
        var targets = result.Value.Targets.ToList();
        var wanted = spec.Expected.Where(e => e != "none").ToList();
        var described = string.Join("\n", targets.Select(t => $"  {t.Op} {t.Value} {t.ValueMax} {t.Unit} | {t.Name} [{t.Cue} {t.Confidence}]"));
        foreach (var line in wanted)
        {
            var (op, value, max, unit, words) = Parse(line);
            var hit = targets.FirstOrDefault(t => t.Op == op && t.Value == value && t.ValueMax == max && t.Unit == unit && HasWords(t.Name, words));
            Assert.True(hit is not null, $"{spec}: no target «{line}» among\n{described}");
            targets.Remove(hit!);
        }
        Assert.True(targets.Count == 0, $"{spec}: targets not expected:\n{string.Join("\n", targets.Select(t => $"  {t.Op} {t.Value} {t.Unit} | {t.Name}"))}");
        Assert.All(result.Value.Targets, t => Assert.InRange(t.Confidence ?? -1, 0.0, 1.0));
        Assert.All(result.Value.Targets, t => Assert.False(string.IsNullOrEmpty(t.Cue)));
    }

    private static (TargetOp Op, decimal? Value, decimal? Max, string? Unit, string Words) Parse(string line)
    {
        var bar = line.IndexOf('|');
        var words = bar >= 0 ? line[(bar + 1)..].Trim() : "";
        var parts = (bar >= 0 ? line[..bar] : line).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var op = Ops[parts[0]];
        var value = Number(parts[1]);
        var i = 2;
        decimal? max = null;
        if (op == TargetOp.Range)
            max = Number(parts[i++]);
        var unit = string.Join(' ', parts.Skip(i));
        return (op, value, max, unit is "-" or "" ? null : unit, words);
    }

    private static decimal? Number(string s) => s == "-" ? null : decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, TargetOp> Ops = new()
    {
        ["="] = TargetOp.Equal, [">="] = TargetOp.AtLeast, [">"] = TargetOp.MoreThan, ["<="] = TargetOp.AtMost, ["<"] = TargetOp.LessThan,
        ["range"] = TargetOp.Range, ["maintain"] = TargetOp.Maintain, ["growth_rate"] = TargetOp.GrowthRate,
        ["increase_by"] = TargetOp.IncreaseBy, ["decrease_by"] = TargetOp.DecreaseBy, ["achieve"] = TargetOp.Achieve,
    };

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();

    // "words ! other words": the name has the first words and none of the words after "!".
    private static bool HasWords(string name, string words)
    {
        var have = Word().Matches(VietnameseFold.Fold(name)).Select(m => m.Value).ToHashSet();
        var bang = words.IndexOf('!');
        var must = bang >= 0 ? words[..bang] : words;
        var mustNot = bang >= 0 ? words[(bang + 1)..] : "";
        return Word().Matches(VietnameseFold.Fold(must)).All(m => have.Contains(m.Value))
            && !Word().Matches(VietnameseFold.Fold(mustNot)).Any(m => have.Contains(m.Value));
    }
}
