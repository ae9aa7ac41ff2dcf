using System.Text;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;

namespace NghiQuyet.Ingest.Tests.Extraction;

/// <summary>
/// Random damage to the tests' own fixtures (byte flips, truncation, inserted combining marks, odd Unicode) must never
/// make the extractor throw: it returns targets or a clear refusal. Seeded and bounded, so it runs in seconds and a
/// failure names the seed and mutation that caused it.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Fixtures = Directory.GetFiles(ProseFolder(), "*.txt")
        .Where(p => !p.EndsWith("README.txt", StringComparison.Ordinal))
        .Select(File.ReadAllText)
        .Append(ReportExtractorTestsReport.Text)
        .ToArray();

    private static string ProseFolder([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "ProseSpecs");

    private static readonly string[] Odd = ["\u0330", "\u0301", "\u0303\u0309", "\u200B", "\uFEFF", "\u00A0", "\uD83D\uDE00", "\uD800", "\u202E", "\u0000", "\r", "\t", "…", "–", "‰", "²", "½", "٣", "１２", "%", "/", "(", ")", ":", ";"];

    [Fact]
    public void Damaged_text_never_throws()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var text = Fixtures[random.Next(Fixtures.Length)];
            var mutated = Mutate(text, random, out var what);
            var doc = new SourceDocument("fuzz.txt", "txt", mutated.Split('\n').Select((l, i) => new SourceLine(i + 1, l)).ToList());
            var ex = Record.Exception(() => ReportExtractor.Extract(doc));
            Assert.True(ex is null, $"seed {seed} ({what}): {ex}");
        }
    }

    [Fact]
    public void A_combining_mark_after_a_digit_does_not_throw()
    {
        var doc = new SourceDocument("t.txt", "txt", [
            new SourceLine(1, "Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030"),
            new SourceLine(2, "2. Các chỉ tiêu chủ yếu đến năm 2030"),
            new SourceLine(3, "(1) Tỷ lệ hộ nghèo giảm từ 9\u0330 7% xuống dưới 3%."),
        ]);
        var result = ReportExtractor.Extract(doc);
        Assert.True(result.Success, result.Error);
        Assert.Contains(result.Value.Targets, t => t.Value == 3);
    }

    private static string Mutate(string text, Random random, out string what)
    {
        var sb = new StringBuilder(text);
        var kinds = new List<string>();
        var n = random.Next(1, 6);
        for (var k = 0; k < n && sb.Length > 0; k++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0:
                    var bytes = Encoding.UTF8.GetBytes(sb.ToString());
                    var b = random.Next(bytes.Length);
                    bytes[b] ^= (byte)(1 << random.Next(8));
                    sb.Clear().Append(Encoding.UTF8.GetString(bytes));
                    kinds.Add($"flip byte {b}");
                    break;
                case 1:
                    sb.Length = at;
                    kinds.Add($"truncate at {at}");
                    break;
                case 2:
                    sb.Insert(at, "\u0330");
                    kinds.Add($"combining mark at {at}");
                    break;
                case 3:
                    var odd = Odd[random.Next(Odd.Length)];
                    sb.Insert(at, odd);
                    kinds.Add($"U+{(int)odd[0]:X4} at {at}");
                    break;
                default:
                    sb.Insert(at, random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? "%" : ","));
                    kinds.Add($"digit at {at}");
                    break;
            }
        }
        what = string.Join(", ", kinds);
        return sb.ToString();
    }
}

/// <summary>A small report in the genre's numbered layout, for the fuzz test beside the prose passages.</summary>
internal static class ReportExtractorTestsReport
{
    public const string Text = """
        ĐẢNG BỘ TỈNH LAI CHÂU
        BÁO CÁO CHÍNH TRỊ
        trình Đại hội đại biểu Đảng bộ xã Nậm Tăm lần thứ I, nhiệm kỳ 2025 - 2030
        2. Các chỉ tiêu chủ yếu đến năm 2030
        a) Về kinh tế
        (1) Tổng sản lượng lương thực đạt 4.200 tấn (trong đó: lúa 3.100 tấn; ngô 1.100 tấn).
        (2) Thu nhập bình quân đầu người đạt 45 triệu đồng/người/năm.
        b) Về xã hội
        (3) Tỷ lệ hộ nghèo giảm bình quân 3%/năm; 100% trường đạt chuẩn quốc gia.
        (4) Duy trì xã đạt Bộ tiêu chí quốc gia về y tế.
        """;
}
