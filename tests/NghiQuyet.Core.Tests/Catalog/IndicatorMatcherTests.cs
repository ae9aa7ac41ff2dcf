using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Testing;

namespace NghiQuyet.Core.Tests.Catalog;

public class IndicatorMatcherTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly IndicatorMatcher Matcher = new(IndicatorCatalog.Default);

    [Theory]
    // Abbreviations reports use in their tables.
    [InlineData("Tỷ lệ dân tham gia BHYT", "%", "health_insurance")]
    [InlineData("DVCTT toàn trình đủ điều kiện", "%", "full_online_services")]
    [InlineData("Hồ sơ TTHC được số hóa", "%", "digitised_records")]
    [InlineData("CBCC cấp xã HTTNV hàng năm", "%", "officials_good")]
    [InlineData("Số bản NTM kiểu mẫu", "bản", "model_new_rural_villages")]
    // What OCR leaves of the words: no tone marks, "1€" for "lệ", digits for letters.
    [InlineData("Ty 1€ ho ngheo", "%", "poverty_rate")]
    [InlineData("Ty 1¢ che phu rung", "%", "forest_cover")]
    [InlineData("S6 Hop tac xa duoc thanh 1ap méi", "hợp tác xã", "new_cooperatives")]
    [InlineData("ty 1& dan s6 tham gia bao hiém y té", "%", "health_insurance")]
    [InlineData("Ty 1€ ho gia dinh dugc sir dung nude sach", "%", "clean_water")]
    // Near names that are other indicators.
    [InlineData("Tỷ lệ hộ nghèo, cận nghèo", "%", "poor_near_poor_rate")]
    [InlineData("Tỷ lệ hộ nghèo theo chuẩn đa chiều", "%", "poverty_rate")]
    [InlineData("Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ", "%", "party_members_excellent")]
    [InlineData("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ", "%", "party_members_good")]
    [InlineData("Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh", "%", "hygienic_water")]
    [InlineData("Số trường đạt chuẩn quốc gia mức độ 2", "trường", "standard_schools_level2")]
    [InlineData("Tỷ lệ trường đạt chuẩn quốc gia", "%", "standard_schools_rate")]
    public void Maps_names_to_their_indicator(string name, string unit, string key) =>
        Assert.Equal(key, Matcher.Match(name, unit).Key);

    [Theory]
    [InlineData("Số đội văn nghệ hoạt động thường xuyên", "%")]
    [InlineData("Chiều dài cầu treo dân sinh được xây mới", "cầu")]
    [InlineData("Tỷ lệ lao động đi làm việc ở nước ngoài theo hợp đồng", "%")]
    public void Leaves_local_what_the_catalog_does_not_have(string name, string unit) =>
        Assert.True(Matcher.Match(name, unit).IsLocal, Matcher.Match(name, unit).Key);

    [Fact]
    public void A_unit_of_another_kind_lowers_the_confidence()
    {
        var share = Matcher.Match("Tỷ lệ che phủ rừng", "%");
        var area = Matcher.Match("Tỷ lệ che phủ rừng", "ha");
        Assert.True(area.Confidence < share.Confidence);
    }

    [Fact]
    public void A_relative_target_is_matched_on_its_name_whatever_its_unit()
    {
        Assert.Equal("budget_revenue", Matcher.Match("Thu ngân sách trên địa bàn tăng bình quân hằng năm", "%/năm", TargetOp.GrowthRate).Key);
        Assert.Equal("income_per_capita", Matcher.Match("Thu nhập bình quân đầu người", "%", TargetOp.IncreaseBy).Key);
    }

    [SharedDataFact]
    public void Gold_names_stripped_of_tone_marks_still_map_at_least_80_percent()
    {
        var rows = GoldFiles.Tsv("Catalog", "expected-keys.tsv").ToList();
        var right = 0;
        foreach (var r in rows)
        {
            var target = GoldFiles.Extraction(r[0]).Targets.First(t => t.Line == int.Parse(r[1]) && t.Name == r[2]);
            var match = Matcher.Match(VietnameseFold.Fold(target.Name), VietnameseFold.Fold(target.Unit), target.Op);
            if ((match.Key ?? "local") == r[3])
                right++;
        }
        output.WriteLine($"tone-less match rate {right}/{rows.Count}");
        Assert.True(right >= rows.Count * 0.8, $"{right}/{rows.Count}");
    }
}
