using System.Text.Json;
using NghiQuyet.Cli.Commands;
using NghiQuyet.Core.Review;
using static NghiQuyet.Cli.Tests.CliRun;

namespace NghiQuyet.Cli.Tests.Commands;

public class ReviewCommandTests
{

    [Fact]
    public async Task A_missing_file_is_one_vietnamese_line_and_exit_code_3()
    {
        var (code, stdout, stderr) = await Run("review", "/khong/co/tep.txt");
        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("Không tìm thấy tệp", stderr);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_missing_catalog_file_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (code, _, stderr) = await Run("review", file, "--catalog", "/khong/co/danh-muc.json");
            Assert.Equal(ExitCodes.BadInput, code);
            Assert.Contains("danh-muc.json", stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var (code, _, _) = await Run("review", "x.txt", "--format", "xml");
        Assert.NotEqual(ExitCodes.Ok, code);
    }

    private static readonly ReviewFinding[] Findings =
    [
        new(FindingKinds.FigureMismatch, 745, 1763, "Chỉ tiêu \"Tỷ lệ che phủ rừng\": phần văn bản ghi 39,5% (dòng 745), biểu phụ lục ghi 33% (dòng 1763)."),
        new(FindingKinds.Numbering, 1150, null, "Số thứ tự nhảy từ (2) sang (4), thiếu (3)."),
    ];

    [Fact]
    public void Json_form_has_kind_line_other_line_and_message()
    {
        var stdout = new StringWriter();
        ReviewCommand.Write(Findings, "json", stdout);
        using var doc = JsonDocument.Parse(stdout.ToString());
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal("figure_mismatch", findings[0].GetProperty("kind").GetString());
        Assert.Equal(745, findings[0].GetProperty("line").GetInt32());
        Assert.Equal(1763, findings[0].GetProperty("other_line").GetInt32());
        Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("other_line").ValueKind);
        Assert.Contains("39,5%", stdout.ToString()); // readable Vietnamese, not \u escapes
    }

    [Fact]
    public void Text_form_is_one_line_per_finding_and_a_count()
    {
        var stdout = new StringWriter();
        ReviewCommand.Write(Findings, "text", stdout);
        var lines = stdout.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("Dòng 745 (và dòng 1763): [figure_mismatch]", lines[0]);
        Assert.StartsWith("Dòng 1150: [numbering]", lines[1]);
        Assert.Equal("2 phát hiện.", lines[2]);
    }
}

public class ReviewCommandSampleTests
{
    [NghiQuyet.Testing.SharedDataFact]
    public async Task Review_of_muong_lam_with_its_checked_extraction_lists_the_text_and_biểu_03_mismatches()
    {
        var findings = await ReviewFile("muong-lam.txt", "--extraction", NghiQuyet.Testing.SharedData.File("corpus", "gold", "muong-lam.json"));
        Assert.Equal([1762, 1763, 1769, 1788, 1803, 1806, 1815], AppendixLinesOfMismatches(findings));
    }

    private static List<int> AppendixLinesOfMismatches(JsonElement[] findings) =>
        [.. findings.Where(f => f.GetProperty("kind").GetString() == FindingKinds.FigureMismatch)
            .Select(f => f.GetProperty("other_line").GetInt32()).Order()];

    private static async Task<JsonElement[]> ReviewFile(string report, params string[] options)
    {
        var (exit, stdout, stderr) = await Run(["review", NghiQuyet.Testing.SharedData.File("corpus", report), "--format", "json", .. options]);
        Assert.True(exit == ExitCodes.Ok, stderr);
        using var doc = JsonDocument.Parse(stdout);
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone())];
    }

    [NghiQuyet.Testing.SharedDataFact]
    public async Task Review_of_the_muong_lam_file_itself_finds_the_same_mismatches_and_the_agricultural_labour_contradiction()
    {
        var findings = await ReviewFile("muong-lam.txt");
        Assert.Equal([1762, 1763, 1769, 1788, 1803, 1806, 1815], AppendixLinesOfMismatches(findings));
        Assert.Contains(findings, f => f.GetProperty("kind").GetString() == FindingKinds.VerdictContradiction && f.GetProperty("line").GetInt32() == 1529);
    }

    [NghiQuyet.Testing.SharedDataFact]
    public async Task Review_of_the_bac_yen_file_finds_the_skipped_3_and_the_duplicated_8()
    {
        var numbering = (await ReviewFile("bac-yen.txt"))
            .Where(f => f.GetProperty("kind").GetString() == FindingKinds.Numbering)
            .Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.Equal(2, numbering.Count);
        Assert.Contains(numbering, m => m.Contains("(3)"));
        Assert.Contains(numbering, m => m.Contains("(8)"));
    }
}
