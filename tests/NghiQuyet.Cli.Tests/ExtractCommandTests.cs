using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using NghiQuyet.Cli;
using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Testing;
using static NghiQuyet.Cli.Tests.CliRun;

namespace NghiQuyet.Cli.Tests;

/// <summary><c>nghiquyet extract</c> end to end through the command line parser, on the sample report and on bad input.</summary>
public class ExtractCommandTests
{
    private static string Sample([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "samples", "bao-cao-mau.txt"));

    private static string TempFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"nq-cli-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Json_prints_exactly_one_extraction_object()
    {
        var (code, stdout, stderr) = await Run("extract", Sample(), "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        var parsed = ExtractionJson.Deserialize(stdout);
        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal("nq-extract/1", (string?)JsonNode.Parse(stdout)!["schema"]);
        var extraction = parsed.Value;
        Assert.Equal("Đảng bộ xã Nà Nghiêm", extraction.Document.Organization);
        Assert.Equal(new Term(2025, 2030), extraction.Document.Term);
        Assert.True(extraction.Targets.Count >= 30, $"{extraction.Targets.Count} targets");
        Assert.Contains(extraction.Targets, t => t.Op == TargetOp.GrowthRate && t.Value == 8.5m && t.Unit == "%/năm");
        Assert.Contains(extraction.Targets, t => t.Op == TargetOp.DecreaseBy && t.Value == 15m);
        Assert.Contains(extraction.Targets, t => t.Op == TargetOp.Range && t.Value == 65m && t.ValueMax == 70m);
        Assert.Contains(extraction.Targets, t => t.Group == TargetGroup.DefenseSecurity);
        Assert.Equal(6, extraction.Results.Count);
        Assert.DoesNotContain("Exception", stderr);
    }

    [Fact]
    public async Task Table_is_the_default_and_reads_in_Vietnamese()
    {
        var (code, stdout, _) = await Run("extract", Sample());
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Đại hội lần thứ I · nhiệm kỳ 2025 - 2030", stdout);
        Assert.Contains("Kinh tế", stdout);
        Assert.Contains("Xây dựng Đảng và hệ thống chính trị", stdout);
        Assert.Contains("Quốc phòng – an ninh", stdout);
        Assert.Contains("1.052,4 ha", stdout);
        Assert.Contains("8,5%/năm", stdout);
        Assert.Contains("KẾT QUẢ NHIỆM KỲ TRƯỚC: 6 chỉ tiêu", stdout);
        Assert.DoesNotContain("{", stdout);
    }

    [Fact]
    public async Task Missing_file_is_one_line_and_a_non_zero_code()
    {
        var (code, stdout, stderr) = await Run("extract", "/no/such/report.txt");
        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal("", stdout);
        Assert.Equal(string.Format(Messages.FileNotFound, "/no/such/report.txt"), stderr.Trim());
    }

    [Fact]
    public async Task Text_that_is_not_a_report_is_refused_without_a_stack_trace()
    {
        var path = TempFile("Thời tiết hôm nay: nắng, nhiệt độ 30 độ C.\nGiá rau tăng 5%.\n");
        try
        {
            var (code, stdout, stderr) = await Run("extract", path, "--format", "json");
            Assert.Equal(ExitCodes.BadInput, code);
            Assert.Equal("", stdout);
            Assert.Single(stderr.Trim().Split('\n'));
            Assert.Equal(string.Format(Messages.NotAReport, Path.GetFileName(path)), stderr.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_congress_text_with_no_new_term_figure_gives_an_empty_list_and_a_warning()
    {
        var path = TempFile("BÁO CÁO CHÍNH TRỊ\ntrình Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ nhất, nhiệm kỳ 2025 - 2030\nI- KẾT QUẢ\nĐảng bộ đã hoàn thành nhiệm vụ.\n");
        try
        {
            var (code, stdout, stderr) = await Run("extract", path, "--format", "json");
            Assert.Equal(ExitCodes.Ok, code);
            Assert.Contains("\"targets\": []", stdout);
            Assert.Contains(string.Format(Messages.NoTargetsSection, Path.GetFileName(path)), stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Skipped_lines_are_warned_about_on_stderr_and_the_rest_is_printed()
    {
        var path = TempFile("Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ nhất, nhiệm kỳ 2025 - 2030\n2. Các chỉ tiêu chủ yếu đến năm 2030\n(1) Tỷ lệ hộ nghèo dưới 4%.\n(2) ¤¤ 17 ## 3.\n");
        try
        {
            var (code, stdout, stderr) = await Run("extract", path, "--format", "json");
            Assert.Equal(ExitCodes.Ok, code);
            Assert.Single(ExtractionJson.Deserialize(stdout).Value!.Targets);
            Assert.Contains("Dòng 4", stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Unknown_format_is_refused()
    {
        var (code, _, stderr) = await Run("extract", Sample(), "--format", "xml");
        Assert.NotEqual(ExitCodes.Ok, code);
        Assert.NotEqual("", stderr);
    }

    [SharedDataFact]
    public async Task Sample_reports_extract_through_the_command()
    {
        var (code, stdout, _) = await Run("extract", SharedData.File("corpus", "bac-yen.txt"), "--format", "json");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(40, ExtractionJson.Deserialize(stdout).Value!.Targets.Count);
    }
}
