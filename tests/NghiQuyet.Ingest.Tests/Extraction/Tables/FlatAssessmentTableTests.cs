using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Tables;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

/// <summary>
/// Assessment tables that reached us flattened into lines (PDF text, copied Word tables). The fixtures are written by
/// hand in the shape such text takes; line numbers in the assertions are the fixture's own (1-based).
/// </summary>
public class FlatAssessmentTableTests
{
    /// <summary>Header cells broken over many lines, group rows, an item number alone, two rows under one item,
    /// a name over two lines, a verdict cut ("K" / "đạt"), a unit cut ("Đảng" / "viên"), ranges and "&gt;".</summary>
    private const string Biểu01 = """
        Biểu 01
        BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ TÂN PHONG, NHIỆM KỲ 2020-2025

        TT Chỉ tiêu Đơn vị
        tính

        Chỉ tiêu
        NQ Đại

        hội XV

        Kết
        quả
        thực
        hiện

        Đánh
        giá
        I Nhóm chỉ tiêu về kinh tế
        1 Tổng thu ngân sách tăng bình quân % 8 11,5 Vượt

        2
        Diện tích lúa nước ha 320 290 K

        đạt

        Đàn trâu, bò Nghìn con 4,2 4,2 Đạt

        II Nhóm chỉ tiêu về xã hội
        3 Tỷ lệ hộ nghèo giảm bình quân % 2-3 3-4 Vượt
        4 Tỷ lệ trẻ em trong độ tuổi được tiêm chủng
        đầy đủ các loại vắc xin % 98 96 Chưa đạt
        5 Xây dựng nông thôn mới Tiêu chí >5 12 Đạt
        6 Kết nạp đảng viên mới Đảng
        viên >40 52 Vượt
        """;

    private static IReadOnlyList<PreviousTermResult> Read(string text) => AssessmentTables.Read(TextSource.FromText(text));

    [Fact]
    public void Rebuilds_every_row_of_a_flattened_table()
    {
        var rows = Read(Biểu01);
        Assert.Equal(
        [
            "Tổng thu ngân sách tăng bình quân|%|8|11.5|Exceeded|20",
            "Diện tích lúa nước|ha|320|290|NotMet|23",
            "Đàn trâu, bò|Nghìn con|4.2|4.2|Met|27",
            "Tỷ lệ hộ nghèo giảm bình quân|%|2|3|Exceeded|30",
            "Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ các loại vắc xin|%|98|96|NotMet|32",
            "Xây dựng nông thôn mới|Tiêu chí|5|12|Met|33",
            "Kết nạp đảng viên mới|Đảng viên|40|52|Exceeded|35",
        ], rows.Select(Show));
        Assert.All(rows, r => Assert.Equal("Biểu 01", r.Table));
    }

    private static string Show(PreviousTermResult r) =>
        $"{r.Name}|{r.Unit}|{r.Target?.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{r.Actual?.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{r.Verdict}|{r.Line}";

    [Fact]
    public void A_header_repeated_at_a_page_break_is_skipped()
    {
        const string text = """
            Phụ lục 02
            TT Chỉ tiêu Đơn vị tính Kế hoạch Thực hiện Đánh giá
            1 Thu nhập bình quân đầu người Tr. đồng 30 38 Vượt
            2 Tỷ lệ che phủ rừng % 45 45 Đạt

            TT Chỉ tiêu Đơn vị tính Kế hoạch Thực hiện Đánh giá
            3 Tỷ lệ dân số tham gia bảo hiểm y tế % 95 96,2 Vượt
            """;
        var rows = Read(text);
        Assert.Equal(["Thu nhập bình quân đầu người", "Tỷ lệ che phủ rừng", "Tỷ lệ dân số tham gia bảo hiểm y tế"], rows.Select(r => r.Name));
        Assert.Equal("Phụ lục 02", rows[0].Table);
        Assert.Equal(96.2m, rows[2].Actual);
    }

    [Fact]
    public void Figures_and_verdict_on_lines_of_their_own_finish_the_row()
    {
        const string text = """
            Biểu 02
            TT Chỉ tiêu ĐVT Chỉ tiêu NQ Kết quả Đánh giá
            7
            Tỷ lệ cơ quan, đơn vị đạt tiêu chuẩn “An toàn về an
            ninh, trật tự” % 100

            100 Đạt
            8 Tỷ lệ hộ dùng nước hợp vệ sinh % 90 93

            Vượt
            9 Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ % 85 85 Đạt
            """;
        var rows = Read(text);
        Assert.Equal(3, rows.Count);
        Assert.Equal("Tỷ lệ cơ quan, đơn vị đạt tiêu chuẩn “An toàn về an ninh, trật tự”", rows[0].Name);
        Assert.Equal((100m, 100m, PrintedVerdict.Met, 5), (rows[0].Target!.Value, rows[0].Actual!.Value, rows[0].Verdict!.Value, rows[0].Line));
        Assert.Equal((PrintedVerdict.Exceeded, 8), (rows[1].Verdict!.Value, rows[1].Line));
        Assert.Equal("Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ", rows[2].Name);
    }

    [Fact]
    public void A_row_with_one_figure_takes_it_as_the_target()
    {
        const string text = """
            Biểu 01
            TT Chỉ tiêu Đơn vị tính Chỉ tiêu NQ Kết quả thực hiện Đánh giá
            1 Chi bộ có chi ủy Chi bộ 4 Vượt
            2 Số hợp tác xã thành lập mới HTX 2 3 Vượt
            """;
        var rows = Read(text);
        Assert.Equal((4m, (decimal?)null, "Chi bộ"), (rows[0].Target!.Value, rows[0].Actual, rows[0].Unit));
        Assert.Equal(3m, rows[1].Actual);
    }

    [Fact]
    public void Rows_without_any_figure_are_left_out()
    {
        const string text = """
            Biểu 02
            TT Chỉ tiêu Đơn vị tính Chỉ tiêu NQ Kết quả thực hiện Đánh giá
            1 Xây dựng xã đạt chuẩn nông thôn mới Đạt Đạt Đạt
            2 Sản phẩm OCOP Sản phẩm 02 1 Không
            đạt
            """;
        var warnings = new List<string>();
        var rows = AssessmentTables.Read(TextSource.FromText(text), warnings);
        var row = Assert.Single(rows);
        Assert.Equal(("Sản phẩm OCOP", "Sản phẩm", 2m, 1m, PrintedVerdict.NotMet), (row.Name, row.Unit, row.Target!.Value, row.Actual!.Value, row.Verdict!.Value));
        Assert.Contains(warnings, w => w.StartsWith("Dòng 3:", StringComparison.Ordinal) && w.Contains("nông thôn mới"));
    }

    [Fact]
    public void Extra_columns_baseline_and_ratio_are_told_apart_by_the_header()
    {
        const string text = """
            PHỤ LỤC 1
            STT Nội dung chỉ tiêu ĐVT Thực hiện
            năm 2020 Kế hoạch
            (NQ) Ước thực hiện
            năm 2025 So sánh
            (%) Đánh giá
            1 Tổng giá trị sản xuất Tỷ đồng 120 150 180 120 Vượt chỉ tiêu
            2 Sản lượng lương thực Nghìn tấn 9,5 10 9,8 98 Không đạt
            3 Tỷ lệ hộ dùng điện lưới % 90 98 99 101 Hoàn thành
            """;
        var rows = Read(text);
        Assert.Equal(
        [
            "Tổng giá trị sản xuất|Tỷ đồng|150|180|Exceeded|7",
            "Sản lượng lương thực|Nghìn tấn|10|9.8|NotMet|8",
            "Tỷ lệ hộ dùng điện lưới|%|98|99|Met|9",
        ], rows.Select(Show));
        Assert.Equal("PHỤ LỤC 1", rows[0].Table);
    }

    [Fact]
    public void Achieved_before_target_follows_the_header_order()
    {
        const string text = """
            Biểu 01
            TT Chỉ tiêu Đơn vị tính Kết quả đạt được Mục tiêu Nghị quyết Đánh giá
            1 Tỷ lệ lao động qua đào tạo % 62 55 Vượt
            """;
        var row = Assert.Single(Read(text));
        Assert.Equal((55m, 62m), (row.Target!.Value, row.Actual!.Value));
    }

    [Fact]
    public void Text_without_tone_marks_reads_by_folded_words()
    {
        const string text = """
            Bieu 01
            TT Chi tieu Don vi tinh Chi tieu NQ Ket qua thuc hien Danh gia
            I Chi tieu ve kinh te
            1 Thu ngan sach tren dia ban Ty dong 12 15,5 Vuot
            2 Dien tich ca phe ha 800 640 Khong dat
            3 Ty le ho ngheo % 5 5 Dat
            4 Ty le bao phu bao hiem y te % 95 90 Chua dat
            """;
        var rows = Read(text);
        Assert.Equal(
        [
            "Thu ngan sach tren dia ban|Ty dong|12|15.5|Exceeded|4",
            "Dien tich ca phe|ha|800|640|NotMet|5",
            "Ty le ho ngheo|%|5|5|Met|6",
            "Ty le bao phu bao hiem y te|%|95|90|NotMet|7",
        ], rows.Select(Show));
        Assert.Equal("Bieu 01", rows[0].Table);
    }

    [Fact]
    public void An_assessment_in_prose_is_no_table()
    {
        const string text = """
            Kết quả thực hiện các chỉ tiêu chủ yếu: có 18/20 chỉ tiêu đạt và vượt, 2 chỉ tiêu không đạt.
            1. Thu ngân sách trên địa bàn đạt 12 tỷ đồng, vượt 20% so với Nghị quyết.
            2. Tỷ lệ hộ nghèo giảm còn 8%, đạt chỉ tiêu.
            Đánh giá chung: hoàn thành.
            """;
        Assert.Empty(Read(text));
        Assert.Empty(TargetTables.Read(TextSource.FromText(text)));
    }

    [Fact]
    public void The_table_ends_at_the_next_caption_and_at_prose()
    {
        const string text = """
            Biểu 01
            TT Chỉ tiêu Đơn vị tính Chỉ tiêu NQ Kết quả thực hiện Đánh giá
            1 Tỷ lệ che phủ rừng % 40 42 Vượt
            Đại hội đánh giá những kết quả đạt được trong nhiệm kỳ qua là rất quan trọng và toàn diện
            trên các lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng, an ninh và xây dựng Đảng, hệ thống
            chính trị; đời sống vật chất và tinh thần của nhân dân từng bước được nâng lên rõ rệt hơn
            so với đầu nhiệm kỳ, niềm tin của nhân dân đối với Đảng và chính quyền được củng cố vững
            2 Thu nhập bình quân Tr. đồng 30 35 Vượt
            """;
        var row = Assert.Single(Read(text));
        Assert.Equal("Tỷ lệ che phủ rừng", row.Name);
    }

    [Fact]
    public void A_note_after_the_verdict_is_kept_out_of_the_next_row()
    {
        const string text = """
            Biểu 01
            TT Chỉ tiêu Đơn vị tính Chỉ tiêu NQ Kết quả thực hiện Đánh giá Ghi chú
            1 Số bản có nhà văn hóa Bản 12 14 Vượt Do chia tách bản
            2 Tỷ lệ hộ dùng điện % 98 99 Đạt
            """;
        var rows = Read(text);
        Assert.Equal(["Số bản có nhà văn hóa", "Tỷ lệ hộ dùng điện"], rows.Select(r => r.Name));
        Assert.Equal((PrintedVerdict.Exceeded, "Bản"), (rows[0].Verdict!.Value, rows[0].Unit!));
    }

    [Fact]
    public void A_unit_outside_the_lexicon_is_taken_from_its_capital()
    {
        const string text = """
            Biểu 01
            TT Chỉ tiêu Đơn vị tính Chỉ tiêu NQ Kết quả thực hiện Đánh giá
            1 Xây dựng cụm công nghiệp Cụm 1 1 Đạt
            """;
        var row = Assert.Single(Read(text));
        Assert.Equal(("Xây dựng cụm công nghiệp", "Cụm"), (row.Name, row.Unit!));
    }

    [Fact]
    public void A_header_without_a_number_column_still_opens_a_table()
    {
        const string text = """
            Phụ lục 03
            Chỉ tiêu Đơn vị tính Kế hoạch Thực hiện Đánh giá
            Tỷ lệ che phủ rừng % 46 47,5 Vượt
            Thu nhập bình quân đầu người Tr. đồng 40 38 Chưa đạt
            """;
        var rows = Read(text);
        Assert.Equal([("Tỷ lệ che phủ rừng", 47.5m), ("Thu nhập bình quân đầu người", 38m)], rows.Select(r => (r.Name, r.Actual!.Value)));
    }

    [Fact]
    public void A_sentence_opening_with_chi_tieu_is_no_header()
    {
        const string text = """
            Chỉ tiêu về đơn vị hành chính cấp xã được thực hiện theo kế hoạch của tỉnh năm 2025
            sau khi sắp xếp, kết quả thực hiện đạt 100 so với kế hoạch là 95
            Tỷ lệ hộ nghèo giảm còn 5,2 Vượt
            """;
        Assert.Empty(Read(text));
    }

    [Fact]
    public void One_cell_per_line_reads_too()
    {
        // Word tables pasted as text often put each cell on a line; "5" after the unit is a target, not item 5.
        const string text = """
            Biểu 01
            TT
            Chỉ tiêu
            Đơn vị tính
            Chỉ tiêu NQ
            Kết quả thực hiện
            Đánh giá
            3
            Số hợp tác xã thành lập mới
            HTX
            3
            4
            Vượt
            4
            Số trường đạt chuẩn quốc gia
            Trường
            5
            5
            Đạt
            """;
        var rows = Read(text);
        Assert.Equal(
        [
            "Số hợp tác xã thành lập mới|HTX|3|4|Exceeded|11",
            "Số trường đạt chuẩn quốc gia|Trường|5|5|Met|17",
        ], rows.Select(Show));
    }
}
