using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Time;
using static NghiQuyet.Cli.Tests.CliRun;

namespace NghiQuyet.Cli.Tests.Commands;

/// <summary>evaluate and rollup as a user runs them: import nq-extract/1 files, record figures, read the verdicts.</summary>
public sealed class EvaluateCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-eval-").FullName;

    private string DbPath => Path.Combine(_folder, "nq.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task Import(string organization, OrganizationLevel level, params ExtractedTarget[] targets)
    {
        var extraction = new ExtractionResult(
            new DocumentHeader(organization, level, level == OrganizationLevel.Province ? null : "Sơn La", 1, new Term(2025, 2030), Diacritics.Full),
            targets, []);
        var path = Path.Combine(_folder, Guid.NewGuid() + ".json");
        await File.WriteAllTextAsync(path, ExtractionJson.Serialize(extraction));
        var imported = await Run("import", path, "--db", DbPath);
        Assert.True(imported.Exit == 0, imported.Err);
    }

    private async Task Record(string org, string item, int year, params string[] figure)
    {
        var r = await Run(["record", "--org", org, "--item", item, "--year", year.ToString(), .. figure, "--db", DbPath]);
        Assert.True(r.Exit == 0, r.Err);
    }

    private static ExtractedTarget Schools(decimal value) =>
        new("1", TargetGroup.Society, "Tỷ lệ trường đạt chuẩn quốc gia", TargetOp.AtLeast, value, null, "%", 2030, 10);

    private static readonly ExtractedTarget Revenue =
        new("2", TargetGroup.Economy, "Thu ngân sách nhà nước trên địa bàn", TargetOp.AtLeast, 10m, null, "tỷ đồng", 2030, 12);

    private static readonly ExtractedTarget Grain =
        new("3", TargetGroup.Economy, "Sản lượng lương thực có hạt", TargetOp.AtLeast, 9589m, null, "tấn", 2030, 14);

    [Fact]
    public async Task Evaluate_gives_the_verdict_at_the_deadline_and_the_trajectory_before_it()
    {
        await Import("Đảng bộ xã Mường Lầm", OrganizationLevel.Commune, Schools(70m), Revenue, Grain);
        // Schools: 50% → 72% over five years, above ≥ 70% in 2030. Revenue: flat at 4 of 10 tỷ. Grain: no figure.
        await Record("04183", "1", 2025, "--numerator", "20", "--denominator", "40");
        await Record("04183", "1", 2027, "--value", "60");
        await Record("04183", "1", 2030, "--value", "72");
        await Record("04183", "2", 2025, "--value", "4");
        await Record("04183", "2", 2027, "--value", "4");

        var atDeadline = await Run("evaluate", "--org", "04183", "--as-of", "2030", "--format", "json", "--db", DbPath);
        Assert.True(atDeadline.Exit == 0, atDeadline.Err);
        var json = JsonNode.Parse(atDeadline.Out)!;
        Assert.Equal("nq-evaluate/1", json["format"]!.GetValue<string>());
        Assert.Equal(2030, json["as_of"]!.GetValue<int>());
        var targets = json["targets"]!.AsArray();
        Assert.Equal(3, targets.Count);
        var schools = targets[0]!;
        Assert.Equal("standard_schools_rate", schools["indicator_key"]!.GetValue<string>());
        Assert.Equal(2030, schools["latest"]!["year"]!.GetValue<int>());
        Assert.Equal(72m, schools["latest"]!["value"]!.GetValue<decimal>());
        Assert.Equal("met", schools["verdict"]!.GetValue<string>()); // 72 is within 5% of 70: met, not exceeded
        var revenue = targets[1]!;
        Assert.Equal("budget_revenue", revenue["indicator_key"]!.GetValue<string>());
        Assert.Equal(2027, revenue["latest"]!["year"]!.GetValue<int>());
        Assert.Equal("not_met", revenue["verdict"]!.GetValue<string>());
        Assert.Null(targets[2]!["latest"]);

        // Before the deadline: no verdict, a trajectory; 2025's figure is the share 20/40 = 50%.
        var early = await Run("evaluate", "--org", "04183", "--as-of", "2026", "--format", "json", "--db", DbPath);
        var earlyTargets = JsonNode.Parse(early.Out)!["targets"]!.AsArray();
        Assert.Null(earlyTargets[0]!["verdict"]);
        Assert.Equal(2025, earlyTargets[0]!["latest"]!["year"]!.GetValue<int>());
        Assert.Equal(50m, earlyTargets[0]!["latest"]!["value"]!.GetValue<decimal>());
        Assert.Equal("not_yet_assessable", earlyTargets[2]!["trajectory"]!["status"]!.GetValue<string>());

        // 2028, table: schools 50% → 60% in two years heads for 75% ≥ 70%; revenue flat at 4 of 10 tỷ does not move.
        var table = await Run("evaluate", "--org", "04183", "--as-of", "2028", "--db", DbPath);
        Assert.True(table.Exit == 0, table.Err);
        var lines = table.Out.Split('\n');
        Assert.Contains("tính đến năm 2028", lines[0]);
        var schoolsLine = Assert.Single(lines, l => l.StartsWith("1 |", StringComparison.Ordinal));
        Assert.Contains("60% (2027)", schoolsLine);
        Assert.Contains(Core.Messages.TrajectoryOnTrack, schoolsLine);
        Assert.Contains("| 75% |", schoolsLine);
        var revenueLine = Assert.Single(lines, l => l.StartsWith("2 |", StringComparison.Ordinal));
        Assert.Contains("4 tỷ đồng (2027)", revenueLine);
        Assert.Contains(Core.Messages.TrajectoryLimitedProgress, revenueLine);
        var grainLine = Assert.Single(lines, l => l.StartsWith("3 |", StringComparison.Ordinal));
        Assert.Contains("≥ 9.589 tấn (2030)", grainLine);
        Assert.Contains(Core.Messages.EvaluateNoFigure, grainLine);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task Without_as_of_this_year_is_Vietnams_at_the_turn_of_the_year()
    {
        await Import("Đảng bộ xã Mường Lầm", OrganizationLevel.Commune, Revenue);
        // 31/12/2026 17:30 UTC is 01/01/2027 00:30 in Vietnam: the site already says 2027, so must the CLI.
        var clock = new VietnamClock(new FixedTime(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero)));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["evaluate", "--org", "04183", "--format", "json", "--db", DbPath], stdout, stderr, null, null, [], clock);
        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal(2027, JsonNode.Parse(stdout.ToString())!["as_of"]!.GetValue<int>());
    }

    [Fact]
    public async Task Evaluate_of_an_unknown_or_empty_unit_says_so_in_one_line()
    {
        var unknown = await Run("evaluate", "--org", "99999", "--db", DbPath);
        Assert.Equal(ExitCodes.NotFound, unknown.Exit);
        Assert.Equal(string.Format(Core.Messages.UnitCodeUnknown, "99999"), unknown.Err.Trim());
        Assert.Empty(unknown.Out);

        var empty = await Run("evaluate", "--org", "04183", "--db", DbPath);
        Assert.Equal(ExitCodes.NotFound, empty.Exit);
        Assert.Equal(string.Format(Core.Messages.NoResolution, "04183"), empty.Err.Trim());
    }

    [Fact]
    public async Task Rollup_of_a_share_is_the_ratio_of_summed_numerators_and_denominators()
    {
        await Import("Đảng bộ xã Mường Lầm", OrganizationLevel.Commune, Schools(80m), Grain);
        await Import("Đảng bộ xã Phiêng Pằn", OrganizationLevel.Commune, Grain, Schools(60m));
        await Import("Đảng bộ tỉnh Sơn La", OrganizationLevel.Province, Schools(70m));
        // 30/40 = 75% and 10/60 ≈ 16,67%: the province has 40 of 100 schools up to standard, 40% — not the 45,83% an
        // average of the two percentages would give.
        await Record("04183", "1", 2027, "--numerator", "30", "--denominator", "40");
        await Record("04159", "1", 2027, "--numerator", "10", "--denominator", "60");
        await Record("04183", "3", 2027, "--value", "5.000");
        await Record("04159", "3", 2027, "--value", "3.000");
        await Record("14", "1", 2027, "--value", "42");

        var json = await Run("rollup", "--province", "14", "--indicator", "standard_schools_rate", "--format", "json", "--db", DbPath);
        Assert.True(json.Exit == 0, json.Err);
        var root = JsonNode.Parse(json.Out)!;
        Assert.Equal("nq-rollup/1", root["format"]!.GetValue<string>());
        var schools = Assert.Single(root["indicators"]!.AsArray())!;
        Assert.Equal("ratio", schools["rule"]!.GetValue<string>());
        Assert.Equal(2027, schools["year"]!.GetValue<int>());
        Assert.Equal(40m, schools["aggregate"]!.GetValue<decimal>());
        Assert.Equal(2, schools["included"]!.GetValue<int>());
        Assert.Equal(70m, schools["province_target"]!["value"]!.GetValue<decimal>());
        Assert.Equal(42m, schools["province_figure"]!.GetValue<decimal>());
        Assert.Equal("not_met", schools["against_target"]!.GetValue<string>());
        var down = Assert.Single(schools["pulling_down"]!.AsArray())!;
        Assert.Equal("04159", down["code"]!.GetValue<string>());

        // Without --indicator: every indicator with commune figures; grain is summed.
        var all = await Run("rollup", "--province", "14", "--db", DbPath);
        Assert.True(all.Exit == 0, all.Err);
        Assert.Contains("Tổng hợp từ 2 xã, phường: 40%", all.Out);
        Assert.Contains("Tổng hợp từ 2 xã, phường: 8.000 tấn", all.Out);
        Assert.Contains("Chỉ tiêu của tỉnh: ≥ 70% (năm 2030) — " + Core.Messages.VerdictNotMet, all.Out);
        Assert.Contains("Xã Phiêng Pằn (04159): 16,67%", all.Out);
    }

    [Theory]
    [InlineData("999", null, "Không có đơn vị mã 999")]
    [InlineData("04183", null, "không phải mã tỉnh")]
    [InlineData("14", "no_such_indicator", "Không có chỉ tiêu mã \"no_such_indicator\"")]
    [InlineData("14", "poverty_rate", "Chưa có xã, phường nào")]
    public async Task Rollup_of_an_unknown_province_or_indicator_says_so_in_one_line(string province, string? indicator, string message)
    {
        string[] args = indicator is null ? ["rollup", "--province", province, "--db", DbPath] : ["rollup", "--province", province, "--indicator", indicator, "--db", DbPath];
        var r = await Run(args);
        Assert.Equal(ExitCodes.NotFound, r.Exit);
        Assert.Contains(message, r.Err);
        Assert.Single(r.Err.Trim().Split('\n'));
        Assert.Empty(r.Out);
    }
}
