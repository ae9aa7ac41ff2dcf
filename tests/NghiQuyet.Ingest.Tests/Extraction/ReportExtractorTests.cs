using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;

namespace NghiQuyet.Ingest.Tests.Extraction;

/// <summary>The extractor on small reports written for the tests, in the genre's styles.</summary>
public class ReportExtractorTests
{
    private static SourceDocument Doc(string text) =>
        new("test.txt", "txt", text.Replace("\r", "").Split('\n').Select((l, i) => new SourceLine(i + 1, l)).ToList());

    private static ExtractionResult Extract(string text)
    {
        var result = ReportExtractor.Extract(Doc(text));
        Assert.True(result.Success, result.Error);
        return result.Value;
    }

    private const string Report = """
        ĐẢNG BỘ TỈNH ĐIỆN BIÊN
        ĐẢNG BỘ PHƯỜNG HÒA LẠC
        BÁO CÁO CHÍNH TRỊ
        trình Đại hội đại biểu Đảng bộ phường Hòa Lạc lần thứ II, nhiệm kỳ 2025 - 2030

        Phần thứ hai
        I- PHƯƠNG HƯỚNG, MỤC TIÊU
        1. Mục tiêu tổng quát
        Xây dựng phường phát triển nhanh, bền vững.
        2. Các chỉ tiêu chủ yếu đến năm 2030
        a) Về kinh tế
        1- Giá trị sản xuất tăng bình quân hàng năm từ 7% đến 8%.
        2- Thu ngân sách trên địa bàn đạt trên 120 tỷ đồng; trong đó
        thu từ đất không quá 30 tỷ đồng.
        b) Về xã hội, môi trường
        3- Tỷ lệ hộ nghèo dưới 1%; 100% rác thải sinh hoạt được thu gom.
        4- Duy trì phường đạt chuẩn đô thị văn minh.
        c) Về xây dựng Đảng
        5- Kết nạp ít nhất 60 đảng viên trong nhiệm kỳ.
        3. Nhiệm vụ trọng tâm
        Tiếp tục cải cách hành chính; năm 2026 đạt 100% hồ sơ trực tuyến.
        """;

    [Fact]
    public void Header_is_read()
    {
        var d = Extract(Report).Document;
        Assert.Equal("Đảng bộ phường Hòa Lạc", d.Organization);
        Assert.Equal(OrganizationLevel.Commune, d.Level);
        Assert.Equal("Điện Biên", d.Province);
        Assert.Equal(2, d.Congress);
        Assert.Equal(new Term(2025, 2030), d.Term);
        Assert.Equal(Diacritics.Full, d.Diacritics);
    }

    [Fact]
    public void Dash_numbered_items_under_lettered_headings()
    {
        var targets = Extract(Report).Targets;
        Assert.Collection(targets,
            t => { Assert.Equal(("1", TargetGroup.Economy, TargetOp.Range, 7m, 8m, "%/năm"), (t.Item, t.Group, t.Op, t.Value, t.ValueMax, t.Unit)); },
            t => { Assert.Equal(("2", TargetOp.MoreThan, 120m, "tỷ đồng"), (t.Item, t.Op, t.Value, t.Unit)); Assert.StartsWith("Thu ngân sách", t.Name); },
            t => { Assert.Equal(("2", TargetOp.AtMost, 30m, 14), (t.Item, t.Op, t.Value, t.Line)); },
            t => { Assert.Equal((TargetGroup.Society, TargetOp.LessThan, 1m), (t.Group, t.Op, t.Value)); },
            t => { Assert.Equal((TargetGroup.Environment, TargetOp.Equal, 100m, "%"), (t.Group, t.Op, t.Value, t.Unit)); Assert.Contains("rác thải", t.Name); },
            t => { Assert.Equal(("4", TargetOp.Maintain, (decimal?)null), (t.Item, t.Op, t.Value)); },
            t => { Assert.Equal((TargetGroup.PartyBuilding, TargetOp.AtLeast, 60m, "đảng viên"), (t.Group, t.Op, t.Value, t.Unit)); });
    }

    [Fact]
    public void Names_leave_out_the_deadline_and_the_op_words()
    {
        var targets = Extract("""
            Đại hội đại biểu Đảng bộ xã Chiềng Ban lần thứ nhất, nhiệm kỳ 2025-2030
            3. Các chỉ tiêu chủ yếu đến năm 2030
            (1) Tỷ lệ che phủ rừng đến năm 2030 đạt 45,5%.
            (2) Đến năm 2030, 100% bản có đường ô tô đến trung tâm.
            """).Targets;
        Assert.Equal("Tỷ lệ che phủ rừng", targets[0].Name);
        Assert.Equal(45.5m, targets[0].Value);
        Assert.Equal("Tỷ lệ bản có đường ô tô đến trung tâm", targets[1].Name);
    }

    [Fact]
    public void A_list_in_brackets_gives_one_target_per_figure()
    {
        var targets = Extract("""
            Đại hội đại biểu Đảng bộ xã Chiềng Ban lần thứ nhất, nhiệm kỳ 2025-2030
            2. Các chỉ tiêu chủ yếu đến năm 2030
            (1) Tổng đàn gia súc đạt 20.500 con (trong đó: trâu 1.200 con; bò 2.300 con).
            """).Targets;
        Assert.Equal([20500m, 1200m, 2300m], targets.Select(t => t.Value!.Value));
        Assert.All(targets, t => Assert.Equal("con", t.Unit));
        Assert.Contains("trâu", targets[1].Name);
    }

    [Fact]
    public void A_deadline_other_than_the_term_end_is_kept()
    {
        var targets = Extract("""
            Đại hội đại biểu Đảng bộ xã Chiềng Ban lần thứ nhất, nhiệm kỳ 2025-2030
            2. Các chỉ tiêu chủ yếu đến năm 2030
            (1) Đến năm 2027, tỷ lệ hộ dùng điện lưới đạt 99%.
            """).Targets;
        Assert.Equal(2027, Assert.Single(targets).Year);
    }

    [Fact]
    public void Text_that_is_not_a_report_fails_with_a_message()
    {
        var result = ReportExtractor.Extract(Doc("Hôm nay trời nắng đẹp.\nGiá vàng tăng 2% so với tuần trước.\n"));
        Assert.False(result.Success);
        Assert.Equal(string.Format(Messages.NotAReport, "test.txt"), result.Error);
    }

    [Fact]
    public void A_report_without_targets_gives_an_empty_list_and_a_warning()
    {
        var result = ReportExtractor.Extract(Doc("""
            BÁO CÁO CHÍNH TRỊ
            trình Đại hội đại biểu Đảng bộ xã Chiềng Ban lần thứ nhất, nhiệm kỳ 2025-2030
            Phần thứ nhất
            I- KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT
            Đảng bộ đã lãnh đạo hoàn thành tốt các nhiệm vụ chính trị.
            """));
        Assert.True(result.Success, result.Error);
        Assert.Empty(result.Value.Targets);
        Assert.Contains(string.Format(Messages.NoTargetsSection, "test.txt"), result.Value.Warnings);
    }

    [Theory]
    [InlineData("Nghị quyết Đại hội đảng bộ phường được quán triệt tới toàn thể đảng viên.")]
    [InlineData("Đảng bộ phường tổ chức Đại hội lần thứ nhất; đại hội bầu Ban Chấp hành gồm 25 đồng chí.")]
    public void The_genre_test_does_not_depend_on_word_order(string text)
    {
        var result = ReportExtractor.Extract(Doc(text));
        Assert.True(result.Success, result.Error);
        Assert.Empty(result.Value.Targets);
    }

    [Fact]
    public void Unreadable_lines_of_the_section_are_named_in_a_warning()
    {
        var result = Extract("""
            Đại hội đại biểu Đảng bộ xã Chiềng Ban lần thứ nhất, nhiệm kỳ 2025-2030
            2. Các chỉ tiêu chủ yếu đến năm 2030
            (1) Tỷ lệ hộ nghèo dưới 5%.
            (2) Số ##@ 12 ¤¤ 7.
            """);
        Assert.Single(result.Targets);
        Assert.Contains(result.Warnings, w => w.StartsWith("Dòng 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Ocr_text_without_tone_marks_is_read()
    {
        var result = Extract("""
            BAO CAO CHINH TRI
            trinh Dai hgi dai biéu Pang b¢ xa Chiéng Ban lan thir nhat, nhiém ky 2025 - 2030
            Nhiem vu cua Dang bo la lanh dao phat trien kinh te xa hoi, xay dung Dang trong sach vung manh,
            giu vung quoc phong an ninh, nang cao doi song nhan dan cac dan toc trong xa nhiem ky toi.
            2. Cac chi tiéu chii yéu dén nim 2030
            * V¢ kinh té
            (1) Thu ngan sach trén dia ban dat 5,2 ty déng; ty 1¢ ho nghéo con dudi 8%.
            * Vé xdy dung Ddng
            (2) Mdi nam két nap duoc tir 20 dang vién méi trd 1én.
            """);
        Assert.Equal(Diacritics.Missing, result.Document.Diacritics);
        Assert.Equal(1, result.Document.Congress);
        var t = result.Targets;
        Assert.Equal((5.2m, "tỷ đồng", TargetGroup.Economy), (t[0].Value!.Value, t[0].Unit!, t[0].Group));
        Assert.Equal((TargetOp.LessThan, 8m), (t[1].Op, t[1].Value!.Value));
        Assert.Equal((TargetOp.AtLeast, 20m, "đảng viên", TargetGroup.PartyBuilding), (t[2].Op, t[2].Value!.Value, t[2].Unit!, t[2].Group));
    }

    [Fact]
    public void A_news_text_that_lists_targets_in_a_sentence_is_read()
    {
        var result = Extract("""
            Sáng 12/8, Đảng bộ xã Mường Bú tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025 - 2030.

            Đại hội thống nhất đề ra 12 chỉ tiêu chủ yếu đến năm 2030, trong đó: thu nhập bình quân đầu người
            đạt 58 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn dưới 3%; tỷ lệ che phủ rừng đạt 48%.

            Đại hội đã bầu Ban Chấp hành gồm 27 đồng chí.
            """);
        Assert.Equal([58m, 3m, 48m], result.Targets.Select(t => t.Value!.Value));
        Assert.Equal(TargetOp.LessThan, result.Targets[1].Op);
        Assert.Equal(new Term(2025, 2030), result.Document.Term);
    }

    [Fact]
    public void Numbered_items_under_a_roman_section_wrap_their_figure_to_the_next_line()
    {
        var targets = Extract("""
            Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030
            III- CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030
            1. Kinh tế
            1. Tốc độ tăng trưởng kinh tế (GRDP) bình quân hằng năm
            đạt 8% trở lên.
            2. GRDP bình quân đầu người đến năm 2030 đạt khoảng 95 triệu đồng.
            2. Xã hội
            3. Tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,5%.
            IV- NHIỆM VỤ, GIẢI PHÁP
            """).Targets;
        Assert.Equal(3, targets.Count);
        // "… bình quân hằng năm đạt 8% trở lên": a floor on a yearly rate, ">=" in %/năm (the dev set's convention, issue 10).
        Assert.Equal(("1", TargetGroup.Economy, TargetOp.AtLeast, 8m, "%/năm"), (targets[0].Item, targets[0].Group, targets[0].Op, targets[0].Value!.Value, targets[0].Unit!));
        Assert.Equal(("2", 95m, "triệu đồng"), (targets[1].Item, targets[1].Value!.Value, targets[1].Unit!));
        Assert.Equal(("3", TargetGroup.Society, TargetOp.DecreaseBy, 2.5m), (targets[2].Item, targets[2].Group, targets[2].Op, targets[2].Value!.Value));
    }
}
