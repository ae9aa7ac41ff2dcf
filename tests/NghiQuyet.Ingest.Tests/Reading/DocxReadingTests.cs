using DocumentFormat.OpenXml.Wordprocessing;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Reading;
using static NghiQuyet.Ingest.Tests.Reading.DocxBuilder;

namespace NghiQuyet.Ingest.Tests.Reading;

public class DocxReadingTests
{
    private static SourceDocument Read(byte[] bytes, string name = "bao-cao.txt")
    {
        var result = DocumentReader.Read(name, bytes);
        Assert.True(result.Success, result.Error);
        Assert.Equal("docx", result.Value.Format);
        return result.Value;
    }

    [Fact]
    public void Paragraphs_are_lines_and_a_word_table_comes_out_as_rows_of_cells()
    {
        var bytes = new DocxBuilder()
            .Paragraph("BÁO CÁO CHÍNH TRỊ")
            .Paragraph("")
            .Paragraph("Biểu 01")
            .Paragraph("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ 2020 - 2025")
            .Table(
                Row("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả", "Đánh giá"),
                Row("1", "Tốc độ tăng trưởng giá trị sản xuất", "%/năm", "9", "10,2", "Vượt"),
                Row("2", "Tỷ lệ hộ nghèo|(theo chuẩn mới)", "%", "dưới 20", "18,4", "Đạt"),
                Row("3", "Số xã đạt chuẩn nông thôn mới", "xã", "2", "1", "Không đạt"))
            .Paragraph("Nơi nhận:")
            .Build();
        var doc = Read(bytes);
        Assert.Equal(9, doc.Lines.Count);
        Assert.Equal(Enumerable.Range(1, 9), doc.Lines.Select(l => l.Number));
        Assert.Equal("BÁO CÁO CHÍNH TRỊ", doc.Lines[0].Text);
        Assert.False(doc.Lines[0].IsTableRow);
        Assert.Equal("", doc.Lines[1].Text);
        var header = doc.Lines[4];
        Assert.True(header.IsTableRow);
        Assert.Equal(["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Kết quả", "Đánh giá"], header.Cells);
        Assert.Equal("TT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu NQ\tKết quả\tĐánh giá", header.Text);
        Assert.Equal(["2", "Tỷ lệ hộ nghèo (theo chuẩn mới)", "%", "dưới 20", "18,4", "Đạt"], doc.Lines[6].Cells);
        Assert.Equal(["3", "Số xã đạt chuẩn nông thôn mới", "xã", "2", "1", "Không đạt"], doc.Lines[7].Cells);
        Assert.Equal("Nơi nhận:", doc.Lines[8].Text);
        Assert.False(doc.Lines[8].IsTableRow);
    }

    [Fact]
    public void Merged_cells_keep_column_positions_and_vertical_merges_repeat()
    {
        var bytes = new DocxBuilder()
            .Table(
                Row("TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"),
                Row(Cell("I. Kinh tế", span: 4)),
                Row(Cell("1"), Cell("Diện tích lúa"), Cell("ha", verticalMerge: MergedCellValues.Restart), Cell("120")),
                Row(Cell("2"), Cell("Diện tích ngô"), Cell("", verticalMerge: MergedCellValues.Continue), Cell("300")))
            .Build();
        var doc = Read(bytes);
        Assert.Equal(["I. Kinh tế", "", "", ""], doc.Lines[1].Cells);
        Assert.Equal(["2", "Diện tích ngô", "ha", "300"], doc.Lines[3].Cells);
    }

    [Fact]
    public void Automatic_list_numbers_become_part_of_the_line()
    {
        var bytes = new DocxBuilder()
            .WithDecimalNumbering()
            .ListItem("Tốc độ tăng trưởng kinh tế bình quân 10%/năm.")
            .ListItem("Thu nhập bình quân đầu người đạt 65 triệu đồng.")
            .ListItem("trong đó trồng lúa 120 ha", level: 1)
            .ListItem("trồng ngô 300 ha", level: 1)
            .ListItem("Tỷ lệ che phủ rừng đạt 52%.")
            .Build();
        var doc = Read(bytes);
        Assert.Equal(
            ["(1) Tốc độ tăng trưởng kinh tế bình quân 10%/năm.", "(2) Thu nhập bình quân đầu người đạt 65 triệu đồng.",
             "a) trong đó trồng lúa 120 ha", "b) trồng ngô 300 ha", "(3) Tỷ lệ che phủ rừng đạt 52%."],
            doc.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_manual_line_break_starts_a_new_line_and_decomposed_text_is_composed()
    {
        var bytes = new DocxBuilder()
            .Paragraph("Mục tiêu tổng quát\nvăn hoá, xã hội".Normalize(System.Text.NormalizationForm.FormD))
            .Build();
        var doc = Read(bytes);
        Assert.Equal(["Mục tiêu tổng quát", "văn hóa, xã hội"], doc.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Runs_in_legacy_fonts_are_converted_by_font_name()
    {
        var tcvn3 = System.Text.Encoding.Latin1.GetString(LegacyEncoders.EncodeTcvn3("Phát triển kinh tế"));
        var vni = System.Text.Encoding.Latin1.GetString(LegacyEncoders.EncodeVni("bền vững"));
        var bytes = new DocxBuilder()
            .Paragraph(MakeRun(tcvn3, ".VnTime"), MakeRun(" và ", "Times New Roman"), MakeRun(vni, "VNI-Times"))
            .Paragraph(MakeRun(System.Text.Encoding.Latin1.GetString(LegacyEncoders.EncodeTcvn3("báo cáo chính trị")), ".VnTimeH"))
            .Build();
        var doc = Read(bytes);
        Assert.Equal("Phát triển kinh tế và bền vững", doc.Lines[0].Text);
        Assert.Equal("BÁO CÁO CHÍNH TRỊ", doc.Lines[1].Text);
    }

    [Fact]
    public void A_legacy_default_font_applies_to_runs_without_their_own()
    {
        var vni = System.Text.Encoding.Latin1.GetString(LegacyEncoders.EncodeVni("Nghị quyết Đại hội"));
        var bytes = new DocxBuilder()
            .WithDefaultFont("VNI-Times")
            .Paragraph(vni)
            .Paragraph(MakeRun("Unicode đã đúng", "Times New Roman"))
            .Build();
        var doc = Read(bytes);
        Assert.Equal("VNI", doc.Encoding);
        Assert.Equal(["Nghị quyết Đại hội", "Unicode đã đúng"], doc.Lines.Select(l => l.Text));
        Assert.Single(doc.Warnings);
    }

    [Fact]
    public void Tcvn3_text_without_a_font_name_is_found_by_scoring()
    {
        var lines = LegacyEncoders.LowerCaseLines;
        var builder = new DocxBuilder();
        foreach (var line in lines)
            builder.Paragraph(System.Text.Encoding.Latin1.GetString(LegacyEncoders.EncodeTcvn3(line)));
        var doc = Read(builder.Build());
        Assert.Equal("TCVN3", doc.Encoding);
        Assert.Equal(lines, doc.Lines.Select(l => l.Text));
    }
}
