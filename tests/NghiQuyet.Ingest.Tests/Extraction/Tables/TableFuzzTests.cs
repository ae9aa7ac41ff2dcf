using System.Text;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;
using NghiQuyet.Ingest.Extraction.Tables;
using NghiQuyet.Ingest.Tests.Fuzz;
using Xunit.Abstractions;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

/// <summary>
/// Random damage to the table fixtures — flipped bytes, cut lines, stray rules and separators, combining marks after
/// digits, odd Unicode — must never make the table readers or the extractor throw. Seeded, so a failure repeats.
/// </summary>
public class TableFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Oddities = ["|", "  ", "\t", "\u0330", "\u0301", "\u200B", "\uFEFF", "\u00A0", "≥", "%", "(", "?", "€", "\uD83D\uDE00", "I", "l1", ",", "."];

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var edits = random.Next(1, 12);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0:
                    sb[at] = (char)(sb[at] ^ (1 << random.Next(7)));
                    break;
                case 1:
                    sb.Insert(at, Oddities[random.Next(Oddities.Length)]);
                    break;
                case 2:
                    sb.Remove(at, Math.Min(sb.Length - at, random.Next(1, 40)));
                    break;
                default:
                    sb.Length = at;
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The case budget, seeds and hang limit are the fuzz harness's (Fuzz/FuzzRun).</summary>
    [Fact]
    public void Damaged_tables_never_throw()
    {
        string[] fixtures = [ProvinceTableFixtures.Flattened(), ProvinceTableFixtures.Ruled(), ProvinceTableFixtures.Spaced(), ProvinceTableFixtures.OcrDamaged];
        FuzzRun.Each("tables", FuzzRun.Cases(300), output, (random, seed) =>
        {
            var text = Mutate(fixtures[seed % fixtures.Length], random);
            return ($"table fixture {seed % fixtures.Length}:\n{text}", () =>
            {
                var doc = TextSource.FromText(text);
                AssessmentTables.Read(doc, new List<string>());
                TargetTables.Read(doc);
                ReportExtractor.Extract(doc);
            });
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("?")]
    [InlineData("1?")]
    [InlineData("6e6e6e6e6e")]
    [InlineData("pppppppp")]
    [InlineData("\u0330")]
    public void Look_alike_repair_takes_any_token(string token) =>
        Assert.NotNull(OcrChannel.Shipped.RepairFolded(token) + OcrChannel.Skeleton(token));
}
