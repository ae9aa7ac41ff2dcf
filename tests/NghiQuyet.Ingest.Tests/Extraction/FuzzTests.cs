using System.Text;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;
using NghiQuyet.Ingest.Tests.Fuzz;
using Xunit.Abstractions;

namespace NghiQuyet.Ingest.Tests.Extraction;

/// <summary>
/// Random damage to the tests' own fixtures (byte flips, truncation, inserted combining marks, odd Unicode) must never
/// make the extractor throw: it returns targets or a clear refusal. Seeded and bounded, so it runs in seconds and a
/// failure names the seed and mutation that caused it.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    internal static readonly string[] Fixtures = Directory.GetFiles(ProseFolder(), "*.txt")
        .Where(p => !p.EndsWith("README.txt", StringComparison.Ordinal))
        .Select(File.ReadAllText)
        .Append(ReportExtractorTestsReport.Text)
        .ToArray();

    private static string ProseFolder([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "ProseSpecs");

    /// <summary>The mutations and the case budget are the fuzz harness's (Fuzz/Mutations, Fuzz/FuzzRun).</summary>
    [Fact]
    public void Damaged_text_never_throws() =>
        FuzzRun.Each("extractor (prose passages)", FuzzRun.Cases(300), output, (random, seed) =>
        {
            var text = Fixtures[random.Next(Fixtures.Length)];
            var mutated = Mutations.Text(text, random, out var what);
            var doc = new SourceDocument("fuzz.txt", "txt", mutated.Split('\n').Select((l, i) => new SourceLine(i + 1, l)).ToList());
            return (what, () => { ReportExtractor.Extract(doc); });
        });

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
