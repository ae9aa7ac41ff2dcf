using UnitFamily = NghiQuyet.Core.Catalog.UnitFamily;
using UnitGrammar = NghiQuyet.Core.Catalog.UnitGrammar;
using MeasureUnits = NghiQuyet.Core.Catalog.MeasureUnits;
using NghiQuyet.Ingest.Extraction.Targets;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Tests.Extraction;

/// <summary>The one unit grammar: magnitude words × base units, per-units, counted nouns; unknown units kept as printed.</summary>
public class UnitGrammarTests
{
    private static string? Unit(string text, bool ocr = false) => UnitTable.Match(MatchText.Create(text, ocr).Folded, 0, ocr)?.Unit;

    [Theory]
    [InlineData("nghìn tỷ đồng", "nghìn tỷ đồng")]
    [InlineData("ngàn tỷ đồng", "ngàn tỷ đồng")]
    [InlineData("tỉ đồng", "tỷ đồng")]
    [InlineData("triệu lượt khách", "triệu lượt khách")]
    [InlineData("nghìn tấn", "nghìn tấn")]
    [InlineData("triệu USD", "triệu USD")]
    [InlineData("USD/người", "USD/người")]
    [InlineData("triệu đồng/người/năm", "triệu đồng/người/năm")]
    [InlineData("triệu đồng/người/tháng", "triệu đồng/người/tháng")]
    [InlineData("triệu/người/năm", "triệu đồng/người/năm")]
    [InlineData("bác sĩ/1 vạn dân", "bác sĩ/1 vạn dân")]
    [InlineData("giường bệnh/vạn dân", "giường bệnh/vạn dân")]
    [InlineData("%/năm", "%/năm")]
    [InlineData("tuổi", "tuổi")]
    [InlineData("căn", "căn")]
    [InlineData("cụm công nghiệp", "cụm công nghiệp")]
    [InlineData("Tr.đ/người/năm", "triệu đồng/người/năm")]
    public void Units_are_read_by_the_grammar(string text, string canonical) => Assert.Equal(canonical, Unit(text));

    [Theory]
    [InlineData("%/nim", "%/năm")]
    [InlineData("triéu dong/ngudi/nam", "triệu đồng/người/năm")]
    public void Ocr_units_are_read(string text, string canonical) => Assert.Equal(canonical, Unit(text, ocr: true));

    [Theory]
    [InlineData("đại biểu")]
    [InlineData("chỉ tiêu")]
    [InlineData("khâu đột phá")]
    [InlineData("năm")]
    public void Counts_of_the_meeting_are_not_units(string text)
    {
        Assert.Null(Unit(text));
        Assert.True(UnitGrammar.IsContextNoun(MatchText.Create(text, false).Folded, 0, text.Length));
    }

    [Fact]
    public void A_number_before_an_unknown_word_in_a_targets_list_keeps_the_word()
    {
        var text = MatchText.Create("Phấn đấu có 12 nhà máy chế biến.", false);
        var f = Assert.Single(FigureScanner.Scan(text, 0, text.Length, false, BareNumbers.KeepPrinted));
        Assert.True(f.UnknownUnit);
        Assert.Equal("nhà máy", f.Unit);
        Assert.Empty(FigureScanner.Scan(text, 0, text.Length, false, BareNumbers.Skip));
    }

    [Theory]
    [InlineData("tỷ đồng", UnitFamily.Money)]
    [InlineData("căn hộ", UnitFamily.Count)]
    [InlineData("%/năm", UnitFamily.PercentPerYear)]
    public void Measure_units_share_the_vocabulary(string unit, UnitFamily family) => Assert.Equal(family, MeasureUnits.Parse(unit).Family);
}
