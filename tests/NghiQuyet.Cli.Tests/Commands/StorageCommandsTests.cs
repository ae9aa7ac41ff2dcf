using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Testing;
using static NghiQuyet.Cli.Tests.CliRun;

namespace NghiQuyet.Cli.Tests.Commands;

/// <summary>import, show, record and units as a user runs them, against a temporary SQLite file.</summary>
public sealed class StorageCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-cli-").FullName;

    private string DbPath => Path.Combine(_folder, "nq.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(_folder))
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.Delete(_folder, recursive: true);
    }

    private string WriteExtraction(string organization, string? province, string name = "report.json")
    {
        var extraction = new ExtractionResult(
            new DocumentHeader(organization, OrganizationLevel.Commune, province, 1, new Term(2025, 2030), Diacritics.Full),
            [
                new ExtractedTarget("1", TargetGroup.Economy, "Thu ngân sách trên địa bàn", TargetOp.Equal, 2.5m, null, "tỷ đồng", 2030, 10),
                new ExtractedTarget("2", TargetGroup.Society, "Tỷ lệ trường đạt chuẩn quốc gia", TargetOp.AtLeast, 70m, null, "%", 2030, 12),
                new ExtractedTarget("3", TargetGroup.Economy, "Sản lượng lương thực", TargetOp.Equal, 9589m, null, "tấn", 2030, 14),
                new ExtractedTarget("3", TargetGroup.Economy, "Đàn trâu", TargetOp.Equal, 3550m, null, "con", 2030, 14),
            ],
            [new PreviousTermResult("Biểu 01", "Tỷ lệ che phủ rừng", "%", 45m, 47.2m, PrintedVerdict.Exceeded, 31)]);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, ExtractionJson.Serialize(extraction));
        return path;
    }

    [Fact]
    public async Task A_report_already_stored_is_answered_before_it_is_read()
    {
        // A report that states no new-term figure: reading it warns, so a second reading would show on stderr.
        var file = Path.Combine(_folder, "bao-cao.txt");
        File.WriteAllText(file, string.Join('\n',
            "ĐẢNG BỘ TỈNH SƠN LA", "ĐẢNG BỘ XÃ MƯỜNG LẦM", "BÁO CÁO CHÍNH TRỊ",
            "của Ban Chấp hành Đảng bộ xã Mường Lầm trình Đại hội đại biểu Đảng bộ xã lần thứ nhất, nhiệm kỳ 2025-2030",
            "Đại hội thảo luận phương hướng, nhiệm vụ của nhiệm kỳ mới."));
        var warning = string.Format(Core.Messages.NoTargetsSection, "bao-cao.txt");
        var first = await Run("import", file, "--db", DbPath);
        Assert.Equal(0, first.Exit);
        Assert.Contains(warning, first.Err);

        var again = await Run("import", file, "--db", DbPath);
        Assert.Equal((0, first.Out), (again.Exit, again.Out));
        Assert.Contains("đã được nhập", again.Err);
        Assert.DoesNotContain(warning, again.Err);
    }

    [Fact]
    public async Task Import_prints_the_id_and_a_second_import_changes_nothing()
    {
        var file = WriteExtraction("Đảng bộ xã Mường Lầm", "Sơn La");
        var first = await Run("import", file, "--db", DbPath);
        Assert.Equal(0, first.Exit);
        Assert.True(Guid.TryParse(first.Out.Trim(), out var id), first.Out + first.Err);
        Assert.Contains("Xã Mường Lầm (04183)", first.Err);

        var again = await Run("import", file, "--db", DbPath);
        Assert.Equal(0, again.Exit);
        Assert.Equal(id.ToString(), again.Out.Trim());
        Assert.Contains("đã được nhập", again.Err);
    }

    [Fact]
    public async Task Show_json_is_the_extraction_plus_ids()
    {
        var file = WriteExtraction("Đảng bộ xã Phiêng Pằn", "Sơn La");
        Assert.Equal(0, (await Run("import", file, "--db", DbPath)).Exit);
        var shown = await Run("show", "--org", "04159", "--format", "json", "--db", DbPath);
        Assert.Equal(0, shown.Exit);
        var json = JsonNode.Parse(shown.Out)!.AsObject();
        Assert.Equal("04159", json["resolution"]!["organization_code"]!.GetValue<string>());
        Assert.All(json["targets"]!.AsArray(), t => Assert.True(Guid.TryParse(t!["id"]!.GetValue<string>(), out _)));
        json.Remove("resolution");
        foreach (var t in json["targets"]!.AsArray())
            foreach (var key in new[] { "id", "version", "corrected" })
                t!.AsObject().Remove(key);
        foreach (var r in json["results"]!.AsArray())
            foreach (var key in new[] { "id", "former_unit" })
                r!.AsObject().Remove(key);
        Assert.Equal(File.ReadAllText(file), json.ToJsonString(ExtractionJson.Options));
    }

    [Fact]
    public async Task An_ambiguous_header_lists_the_candidates_and_asks_for_org()
    {
        var file = WriteExtraction("Đảng bộ xã Tân Lập", null);
        var ambiguous = await Run("import", file, "--db", DbPath);
        Assert.Equal(2, ambiguous.Exit);
        Assert.Contains("--org", ambiguous.Err);
        Assert.Contains("Xã Tân Lập", ambiguous.Err);
        Assert.Equal("", ambiguous.Out);

        var code = ambiguous.Err.Split('\n').First(l => l.Contains("Xã Tân Lập")).Trim().Split(' ')[0];
        var chosen = await Run("import", file, "--org", code, "--db", DbPath);
        Assert.Equal(0, chosen.Exit);
        Assert.Contains($"({code})", chosen.Err);

        var unknown = await Run("import", WriteExtraction("Đảng bộ xã Không Có Thật", "Sơn La", "x.json"), "--db", DbPath);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("Không tìm thấy đơn vị", unknown.Err);
    }

    [Fact]
    public async Task Record_takes_Vietnamese_numbers_and_shows_them()
    {
        Assert.Equal(0, (await Run("import", WriteExtraction("Đảng bộ xã Mường Lầm", "Sơn La"), "--db", DbPath)).Exit);
        var recorded = await Run("record", "--org", "04183", "--item", "2", "--year", "2026", "--value", "36,5", "--numerator", "73", "--denominator", "200", "--db", DbPath);
        Assert.Equal(0, recorded.Exit);
        Assert.Contains("36,5%", recorded.Out);
        var big = await Run("record", "--org", "04183", "--item", "3.1", "--year", "2026", "--value", "9.100", "--db", DbPath);
        Assert.Equal(0, big.Exit);
        Assert.Contains("9.100 tấn", big.Out);

        var shown = await Run("show", "--org", "04183", "--db", DbPath);
        Assert.Contains("2026: 36,5 (73/200) — nháp", shown.Out);
        Assert.Contains("2026: 9.100 — nháp", shown.Out);
    }

    /// <summary>Issue 12, defects 6 and 9 as the CLI sees them: it still sets a figure that exists; out of range is refused.</summary>
    [Fact]
    public async Task Record_replaces_its_own_figure_and_refuses_one_outside_the_units_range()
    {
        Assert.Equal(0, (await Run("import", WriteExtraction("Đảng bộ xã Mường Lầm", "Sơn La"), "--db", DbPath)).Exit);
        Assert.Equal(0, (await Run("record", "--org", "04183", "--item", "3.1", "--year", "2026", "--value", "9.100", "--db", DbPath)).Exit);
        var again = await Run("record", "--org", "04183", "--item", "3.1", "--year", "2026", "--value", "9.200", "--db", DbPath);
        Assert.Equal(0, again.Exit);
        Assert.Contains("9.200 tấn", again.Out);

        var negative = await Run("record", "--org", "04183", "--item", "3.1", "--year", "2027", "--value", "-5", "--db", DbPath);
        Assert.Equal(2, negative.Exit);
        Assert.Contains("nằm ngoài khoảng hợp lý cho đơn vị \"tấn\"", negative.Err);
        var huge = await Run("record", "--org", "04183", "--item", "3.1", "--year", "2027", "--value", "79228162514264337593543950335", "--db", DbPath);
        Assert.Equal(2, huge.Exit);
        Assert.Contains("nằm ngoài khoảng hợp lý", huge.Err);
        Assert.Contains("2026: 9.200 — nháp", (await Run("show", "--org", "04183", "--db", DbPath)).Out);
        Assert.DoesNotContain("2027:", (await Run("show", "--org", "04183", "--db", DbPath)).Out);
    }

    [Fact]
    public async Task An_item_with_several_figures_asks_which()
    {
        Assert.Equal(0, (await Run("import", WriteExtraction("Đảng bộ xã Mường Lầm", "Sơn La"), "--db", DbPath)).Exit);
        var which = await Run("record", "--org", "04183", "--item", "3", "--year", "2026", "--value", "1", "--db", DbPath);
        Assert.Equal(3, which.Exit);
        Assert.Contains("--item 3.2", which.Err);
        Assert.Contains("Đàn trâu", which.Err);
    }

    [Theory]
    [InlineData("36,5,1")]
    [InlineData("abc")]
    [InlineData("1.2.3,4,5")]
    public async Task A_malformed_number_is_refused_before_the_database_is_touched(string value)
    {
        var r = await Run("record", "--org", "04183", "--item", "1", "--year", "2026", "--value", value, "--db", DbPath);
        Assert.Equal(2, r.Exit);
        Assert.Contains($"\"{value}\" không phải là số hợp lệ", r.Err);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task A_percentage_that_disagrees_with_its_counts_is_refused()
    {
        var r = await Run("record", "--org", "04183", "--item", "1", "--year", "2026", "--value", "40", "--numerator", "73", "--denominator", "200", "--db", DbPath);
        Assert.Equal(2, r.Exit);
        Assert.Contains("không khớp", r.Err);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=abc;Database=x", "Chuỗi kết nối PostgreSQL không hợp lệ")]
    [InlineData("Host=127.0.0.1;Bogus Key=1", "Chuỗi kết nối PostgreSQL không hợp lệ")]
    [InlineData("postgres://", "Chuỗi kết nối PostgreSQL không hợp lệ")]
    [InlineData("Host=127.0.0.1;Port=1;Database=x;Timeout=2", "Không kết nối được cơ sở dữ liệu PostgreSQL")]
    public async Task A_bad_connection_string_gets_a_clear_message(string db, string message)
    {
        var r = await Run("show", "--org", "04183", "--db", db);
        Assert.Equal(74, r.Exit);
        Assert.StartsWith(message, r.Err);
        Assert.DoesNotContain("   at ", r.Err);
        Assert.Single(r.Err.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_read_only_database_still_shows_but_refuses_to_write()
    {
        Assert.Equal(0, (await Run("import", WriteExtraction("Đảng bộ xã Mường Lầm", "Sơn La"), "--db", DbPath)).Exit);
        SqliteConnection.ClearAllPools();
        if (OperatingSystem.IsWindows())
            return; // Unix file modes only; CI runs on Linux
        File.SetUnixFileMode(DbPath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.Equal(0, (await Run("show", "--org", "04183", "--db", DbPath)).Exit);
        var r = await Run("record", "--org", "04183", "--item", "1", "--year", "2026", "--value", "2", "--db", DbPath);
        Assert.Equal(74, r.Exit);
        Assert.Contains("chỉ cho phép đọc", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Fact]
    public async Task A_locked_database_gets_a_clear_message()
    {
        Assert.Equal(0, (await Run("import", WriteExtraction("Đảng bộ xã Mường Lầm", "Sơn La"), "--db", DbPath)).Exit);
        using var holder = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        holder.Open();
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }
        var r = await Run("record", "--org", "04183", "--item", "1", "--year", "2026", "--value", "2", "--db", $"Data Source={DbPath};Default Timeout=1");
        Assert.Equal(74, r.Exit);
        Assert.Contains("đang bị chương trình khác khóa", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
    }

    [Fact]
    public async Task A_missing_report_is_named()
    {
        var r = await Run("import", Path.Combine(_folder, "khong-co.docx"), "--db", DbPath);
        Assert.Equal(3, r.Exit);
        Assert.Contains("khong-co.docx", r.Err);
    }

    [Fact]
    public async Task Show_for_a_unit_without_a_resolution_says_how_to_import_one()
    {
        var r = await Run("show", "--org", "04183", "--db", DbPath);
        Assert.Equal(3, r.Exit);
        Assert.Contains("nghiquyet import", r.Err);
    }

    [Fact]
    public async Task An_unknown_unit_code_is_named()
    {
        var r = await Run("show", "--org", "99999", "--db", DbPath);
        Assert.Equal(3, r.Exit);
        Assert.Contains("Không có đơn vị mã 99999", r.Err);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task Units_searches_the_official_list()
    {
        var muongLam = await Run("units", "Muong Lam");
        Assert.Equal(0, muongLam.Exit);
        Assert.Contains("04183  Xã Mường Lầm (Tỉnh Sơn La)", muongLam.Out);
        var provinces = await Run("units");
        Assert.Equal(34, provinces.Out.Trim().Split('\n').Length);
        var none = await Run("units", "xã Không Có Thật");
        Assert.Equal(3, none.Exit);
    }

    [SharedDataFact]
    public async Task The_gold_extraction_of_each_sample_imports_under_its_unit()
    {
        foreach (var (name, code) in new[] { ("muong-lam", "04183"), ("bac-yen", "03856"), ("phieng-pan-ocr", "04159") })
        {
            var r = await Run("import", SharedData.File("corpus", "gold", name + ".json"), "--db", DbPath);
            Assert.Equal(0, r.Exit);
            Assert.Contains($"({code})", r.Err);
        }
    }
}
