using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Structure;
using NghiQuyet.Ingest.Extraction.Targets;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Tests.Extraction;

/// <summary>The pieces under the extractor: line shapes, group headings, OCR folding, units.</summary>
public class StructureTests
{
    [Theory]
    [InlineData("(7) Tỷ lệ hộ nghèo dưới 5%", LineKind.Item, "7")]
    [InlineData("7- Tỷ lệ hộ nghèo", LineKind.Item, "7")]
    [InlineData("04 - Thu ngân sách", LineKind.Item, "4")]
    [InlineData("3.1. Các chỉ tiêu về kinh tế", LineKind.NumberedHeading, "3.1")]
    [InlineData("2.1.1- Nhóm chỉ tiêu", LineKind.NumberedHeading, "2.1.1")]
    [InlineData("3. Các chỉ tiêu chủ yếu", LineKind.NumberedHeading, "3")]
    [InlineData("III- NHIỆM VỤ TRỌNG TÂM", LineKind.RomanHeading, "III")]
    [InlineData("Phần thứ hai", LineKind.Part, null)]
    [InlineData("+ Tổng đàn gia súc: 24.000 con", LineKind.SubLine, null)]
    [InlineData("1.229 ha; cây công nghiệp 1.980 ha", LineKind.Text, null)]
    [InlineData("03 bản đạt nông thôn mới kiểu mẫu", LineKind.Text, null)]
    [InlineData(" 23 ", LineKind.PageNumber, null)]
    // What a scan read without the Vietnamese model makes of headings.
    [InlineData("Il- PHUONG HUONG, MUC TIEU", LineKind.RomanHeading, "II")]
    [InlineData("I11- NHIEM VU TRONG TAM VA CAC KHAU DOT PHA", LineKind.RomanHeading, "III")]
    [InlineData("lV. CAC GIAI PHAP CHU YEU", LineKind.RomanHeading, "IV")]
    [InlineData("Phan thi? nhat", LineKind.Part, null)]
    [InlineData("Phan thir ba", LineKind.Part, null)]
    [InlineData("1. Tinh hinh chung", LineKind.NumberedHeading, "1")]
    [InlineData("Phân thành 3 nhóm chỉ tiêu", LineKind.Text, null)]
    [InlineData("11- Ty lé ho nghéo", LineKind.Item, "11")]
    public void Line_shapes(string line, LineKind kind, string? label)
    {
        var shape = LineShape.Of(MatchText.Create(line, false));
        Assert.Equal(kind, shape.Kind);
        Assert.Equal(label, shape.Label);
    }

    [Theory]
    [InlineData("Các chỉ tiêu về kinh tế", new[] { TargetGroup.Economy })]
    [InlineData("Các chỉ tiêu về xã hội, môi trường", new[] { TargetGroup.Society, TargetGroup.Environment })]
    [InlineData("Về công tác xây dựng Đảng và hệ thống chính trị (05 chỉ tiêu)", new[] { TargetGroup.PartyBuilding })]
    [InlineData("Về quốc phòng, an ninh", new[] { TargetGroup.DefenseSecurity })]
    [InlineData("* ve xd hgi", new[] { TargetGroup.Society })]
    public void Group_headings(string heading, TargetGroup[] groups) =>
        Assert.Equal(groups, GroupClassifier.FromHeading(MatchText.Create(heading, true).Folded));

    [Fact]
    public void A_heading_covering_two_groups_classifies_by_topic()
    {
        IReadOnlyList<TargetGroup> both = [TargetGroup.Society, TargetGroup.Environment];
        Assert.Equal(TargetGroup.Environment, GroupClassifier.Resolve(both, "ty le thu gom chat thai ran sinh hoat"));
        Assert.Equal(TargetGroup.Society, GroupClassifier.Resolve(both, "ty le ho ngheo"));
    }

    [Theory]
    [InlineData("Ty 1€ ho ngheo", "ty le ho ngheo")]
    [InlineData("S6 Hop tac xa duoc thanh 1ap", "so hop tac xa duoc thanh lap")]
    [InlineData("x4 ndng thon", "xa ndng thon")]
    [InlineData("4.500ha", "4.500ha")]
    [InlineData("m6t 1an", "mot lan")]       // ộ read as 6, l as 1: the channel's commonest digit confusions
    [InlineData("hi¢u qua", "hieu qua")]     // ¢ is ê or ô to the channel; only "hieu" is a syllable
    [InlineData("tang tt? 5% dén 7%", "tang tu  5% den 7%")]
    [InlineData("Phan thi? hai", "phan thu  hai")]
    [InlineData("stv? dung nuéc", "su   dung nuec")]
    [InlineData("Tai sao?", "tai sao?")]
    public void Ocr_fold_keeps_length_and_undoes_scanner_confusions(string ocr, string folded)
    {
        var text = MatchText.Create(ocr, true);
        Assert.Equal(folded, text.Folded);
        Assert.Equal(text.Original.Length, text.Folded.Length);
    }

    [Theory]
    [InlineData("ty déng", "tỷ đồng")]
    [InlineData("triéu dong/ngudi/nam", "triệu đồng/người/năm")]
    [InlineData("tan", "tấn")]
    [InlineData("dang vién", "đảng viên")]
    [InlineData("Tr.đ/người/năm", "triệu đồng/người/năm")]
    public void Ocr_units_come_out_tone_marked(string unit, string canonical)
    {
        var folded = MatchText.Create(unit, true).Folded;
        Assert.Equal(canonical, UnitTable.Match(folded, 0, true)?.Unit);
    }

    [Fact]
    public void A_word_starting_like_a_unit_is_not_a_unit()
    {
        Assert.Null(UnitTable.Match(MatchText.Create("mùa", false).Folded, 0, false));
        Assert.Null(UnitTable.Match(MatchText.Create("hatinh", false).Folded, 0, false));
    }
}
