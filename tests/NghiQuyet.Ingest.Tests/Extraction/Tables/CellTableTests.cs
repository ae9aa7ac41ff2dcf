using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Tables;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

/// <summary>Real tables (Word, PDF rows with cells): lines whose Cells are set, written here as "a | b | c".</summary>
public class CellTableTests
{
    /// <summary>"|" separates cells; a line without "|" is plain text.</summary>
    private static SourceDocument Doc(string spec) =>
        new("fixture.docx", "docx", [.. spec.Split('\n').Select((l, i) =>
        {
            var text = l.TrimEnd('\r');
            if (!text.Contains('|'))
                return new SourceLine(i + 1, text);
            var cells = text.Split('|').Select(c => c.Trim()).ToList();
            return new SourceLine(i + 1, string.Join('\t', cells), cells);
        })]);

    [Fact]
    public void Reads_an_assessment_table_cell_by_cell()
    {
        var doc = Doc("""
            Báo cáo kết quả thực hiện các chỉ tiêu nhiệm kỳ 2020-2025 như sau:
            Biểu 01
            TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu NQ Đại hội | Kết quả thực hiện | Đánh giá
            (1) | (2) | (3) | (4) | (5) | (6)
            I | Chỉ tiêu về kinh tế | | | |
            1 | Thu nhập bình quân đầu người/năm | Tr. đồng | 35 | 41,5 | Vượt
            2 | Diện tích cây ăn quả | ha | 600 | 540 | Không đạt
            2 | Tổng đàn gia súc | Nghìn con | 12 | 12 | Đạt
            II | Chỉ tiêu về xã hội | | | |
            3 | Tỷ lệ hộ nghèo giảm bình quân | % | 2-3 | 3,5 | Vượt
            4 | Xây dựng nông thôn mới | Tiêu chí | Đạt | Đạt | Đạt
            TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu NQ Đại hội | Kết quả thực hiện | Đánh giá
            (1) | (2) | (3) | (4) | (5) | (6)
            5 | Tỷ lệ người dân dùng Internet | % | >50 | 72 |
            Ý kiến đánh giá chung của Ban Thường vụ về các chỉ tiêu nói trên.
            """);
        var rows = AssessmentTables.Read(doc);
        Assert.Equal(
        [
            ("Thu nhập bình quân đầu người/năm", "Tr. đồng", 35m, 41.5m, PrintedVerdict.Exceeded, 6),
            ("Diện tích cây ăn quả", "ha", 600m, 540m, PrintedVerdict.NotMet, 7),
            ("Tổng đàn gia súc", "Nghìn con", 12m, 12m, PrintedVerdict.Met, 8),
            ("Tỷ lệ hộ nghèo giảm bình quân", "%", 2m, 3.5m, PrintedVerdict.Exceeded, 10),
        ], rows.Take(4).Select(r => (r.Name, r.Unit!, r.Target!.Value, r.Actual!.Value, r.Verdict!.Value, r.Line)));
        var last = rows[^1];
        Assert.Equal(("Tỷ lệ người dân dùng Internet", 50m, (PrintedVerdict?)null), (last.Name, last.Target!.Value, last.Verdict));
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal("Biểu 01", r.Table));
    }

    [Fact]
    public void Stacked_header_rows_are_joined_per_column()
    {
        var doc = Doc("""
            Phụ lục
            STT | Nội dung | ĐVT | Nhiệm kỳ 2020-2025 | | Ghi chú
            | | | Kế hoạch | Thực hiện |
            1 | Tỷ lệ che phủ rừng | % | 45 | 47 | Vượt
            """);
        var row = Assert.Single(AssessmentTables.Read(doc));
        Assert.Equal((45m, 47m, PrintedVerdict.Exceeded), (row.Target!.Value, row.Actual!.Value, row.Verdict!.Value));
        Assert.Equal("Phụ lục", row.Table);
    }

    [Fact]
    public void A_pdf_table_with_wrapped_names_in_plain_lines_is_read_flattened()
    {
        var doc = Doc("""
            Biểu 02
            TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu NQ | Kết quả | Đánh giá
            1 | Thu ngân sách trên địa bàn | Tỷ đồng | 2,5 | 3,1 | Vượt
            2 Tỷ lệ trẻ em dưới một tuổi được tiêm chủng đầy đủ
            các loại vắc xin | % | 95 | 96 | Vượt
            3 | Tỷ lệ che phủ rừng | % | 45 | 44 | Không đạt
            """);
        var rows = AssessmentTables.Read(doc);
        Assert.Equal(
        [
            ("Thu ngân sách trên địa bàn", 2.5m, 3),
            ("Tỷ lệ trẻ em dưới một tuổi được tiêm chủng đầy đủ các loại vắc xin", 95m, 5),
            ("Tỷ lệ che phủ rừng", 45m, 6),
        ], rows.Select(r => (r.Name, r.Target!.Value, r.Line)));
    }

    [Fact]
    public void Reads_a_targets_table_with_its_note_column()
    {
        var doc = Doc("""
            Biểu 03
            TT | Chỉ tiêu | Đơn vị tính | Mục tiêu đến 2030 | Ghi chú
            I | Chỉ tiêu về kinh tế | | |
            1 | Thu ngân sách trên địa bàn | Tỷ đồng | 2,5 |
            2 | Diện tích cây ăn quả | ha | Duy trì 900 ha, trồng mới 40 ha/năm |
            II | Chỉ tiêu về xây dựng Đảng | | |
            1 | Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ | % | ≥ 90 | Trong đó ≥ 20% hoàn thành xuất sắc
            """);
        var rows = TargetTables.Read(doc);
        Assert.Empty(AssessmentTables.Read(doc));
        Assert.Equal(
        [
            ("1", "Chỉ tiêu về kinh tế", "Thu ngân sách trên địa bàn", "Tỷ đồng", "2,5", (string?)null, 4),
            ("2", "Chỉ tiêu về kinh tế", "Diện tích cây ăn quả", "ha", "Duy trì 900 ha, trồng mới 40 ha/năm", null, 5),
            ("1", "Chỉ tiêu về xây dựng Đảng", "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "%", "≥ 90", "Trong đó ≥ 20% hoàn thành xuất sắc", 7),
        ], rows.Select(r => (r.Item, r.GroupHeading, r.Name, r.Unit, r.Expression, r.Note, r.Line)));
        Assert.All(rows, r => Assert.Equal("Biểu 03", r.Table));
    }
}
