using NghiQuyet.Ingest.Extraction.Tables;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

/// <summary>Targets-to-2030 tables flattened into lines; the fixture is hand-written in the shape PDF text takes.</summary>
public class FlatTargetTableTests
{
    private const string Biểu03 = """
        Biểu 03
        BIỂU CÁC CHỈ TIÊU ĐẠI HỘI ĐẢNG BỘ XÃ TÂN PHONG,
        NHIỆM KỲ 2025-2030

        TT Chỉ tiêu Đơn vị tính Mục tiêu đến 2030 Ghi chú
        I Chỉ tiêu về kinh tế
        1 Tổng thu ngân sách trên địa bàn Tỷ đồng 3,25
        2 Duy trì diện tích chè,
        cà phê ha Duy trì 420 ha, trồng

        mới 30 ha/năm
        3 Số hợp tác xã Doanh nghiệp,
        HTX
        Duy trì 04 HTX;
        thành lập mới 03 HTX
        4 Sản phẩm OCOP đạt 4 sao Sản phẩm 02
        II Chỉ tiêu về xã hội, môi
        trường
        1 Thu nhập bình quân đầu
        người Tr.đ/người/năm 55
        2 Tỷ lệ hộ nghèo (chuẩn đa
        chiều) % < 5
        3 Xã đạt chuẩn nông thôn mới Tiêu chí ≥ 19/19
        4 Số bản đạt chuẩn NTM kiểu mẫu Bản 03 bản
         TT Chỉ tiêu Đơn vị tính Mục tiêu đến 2030 Ghi chú
        III Chỉ tiêu về xây dựng Đảng
        và hệ thống chính trị
        1 Tổ chức cơ sở đảng hoàn thành
        tốt nhiệm vụ % ≥ 90 Trong đó ≥ 20%

        hoàn thành xuất sắc
        2 Kết nạp đảng viên mới Đảng viên ≥ 60 Trong nhiệm kỳ
        3 Giảm đơn thư khiếu nại % Giảm ≥15% so với
        nhiệm kỳ trước
        """;

    private static IReadOnlyList<TableTargetRow> Rows() => TargetTables.Read(TextSource.FromText(Biểu03));

    [Fact]
    public void Every_row_is_rebuilt_with_its_group()
    {
        var rows = Rows();
        Assert.Equal(
        [
            "1|Chỉ tiêu về kinh tế|Tổng thu ngân sách trên địa bàn|Tỷ đồng|3,25|7",
            "2|Chỉ tiêu về kinh tế|Duy trì diện tích chè, cà phê|ha|Duy trì 420 ha, trồng mới 30 ha/năm|9",
            "3|Chỉ tiêu về kinh tế|Số hợp tác xã|Doanh nghiệp, HTX|Duy trì 04 HTX; thành lập mới 03 HTX|14",
            "4|Chỉ tiêu về kinh tế|Sản phẩm OCOP đạt 4 sao|Sản phẩm|02|16",
            "1|Chỉ tiêu về xã hội, môi trường|Thu nhập bình quân đầu người|Tr.đ/người/năm|55|20",
            "2|Chỉ tiêu về xã hội, môi trường|Tỷ lệ hộ nghèo (chuẩn đa chiều)|%|< 5|22",
            "3|Chỉ tiêu về xã hội, môi trường|Xã đạt chuẩn nông thôn mới|Tiêu chí|≥ 19/19|23",
            "4|Chỉ tiêu về xã hội, môi trường|Số bản đạt chuẩn NTM kiểu mẫu|Bản|03 bản|24",
            "1|Chỉ tiêu về xây dựng Đảng và hệ thống chính trị|Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ|%|≥ 90|29",
            "2|Chỉ tiêu về xây dựng Đảng và hệ thống chính trị|Kết nạp đảng viên mới|Đảng viên|≥ 60|32",
            "3|Chỉ tiêu về xây dựng Đảng và hệ thống chính trị|Giảm đơn thư khiếu nại|%|Giảm ≥15% so với nhiệm kỳ trước|33",
        ], rows.Select(r => $"{r.Item}|{r.GroupHeading}|{r.Name}|{r.Unit}|{r.Expression}|{r.Line}"));
        Assert.All(rows, r => Assert.Equal("Biểu 03", r.Table));
    }

    [Fact]
    public void A_wrapped_target_cell_keeps_each_piece_on_its_line()
    {
        var row = Rows()[1];
        Assert.Equal([new TextAtLine(9, "Duy trì 420 ha, trồng"), new TextAtLine(11, "mới 30 ha/năm")], row.ExpressionLines);
    }

    [Fact]
    public void The_note_column_is_kept_apart()
    {
        var rows = Rows();
        Assert.Equal(("Trong đó ≥ 20% hoàn thành xuất sắc", 29), (rows[8].Note, rows[8].NoteLine!.Value));
        Assert.Equal("Trong nhiệm kỳ", rows[9].Note);
        Assert.Null(rows[10].Note);
        Assert.Null(rows[0].Note);
    }

    [Fact]
    public void A_targets_table_is_no_assessment() => Assert.Empty(AssessmentTables.Read(TextSource.FromText(Biểu03)));

    [Fact]
    public void Page_numbers_between_rows_are_no_cells()
    {
        const string text = """
            Biểu 03
            TT Chỉ tiêu Đơn vị tính Mục tiêu đến 2030 Ghi chú
            1 Tỷ lệ che phủ rừng % 48
            - 27 -
            2 Tỷ lệ hộ nghèo % < 3
            31
            3 Tổng đàn gia súc Con 25.000
            """;
        var rows = TargetTables.Read(TextSource.FromText(text));
        Assert.Equal(["48", "< 3", "25.000"], rows.Select(r => r.Expression));
    }

    [Fact]
    public void One_cell_per_line_reads_too()
    {
        const string text = """
            Biểu 03
            TT
            Chỉ tiêu
            Đơn vị tính
            Mục tiêu đến 2030
            Ghi chú
            1
            Tỷ lệ che phủ rừng
            %
            100
            2
            Số trường đạt chuẩn quốc gia
            Trường
            3
            Hàng năm
            """;
        var rows = TargetTables.Read(TextSource.FromText(text));
        Assert.Equal(["Tỷ lệ che phủ rừng|%|100|", "Số trường đạt chuẩn quốc gia|Trường|3|Hàng năm"],
            rows.Select(r => $"{r.Name}|{r.Unit}|{r.Expression}|{r.Note}"));
    }

    [Fact]
    public void A_different_header_opens_the_next_table()
    {
        const string text = """
            Biểu 02
            TT Chỉ tiêu Đơn vị tính Chỉ tiêu NQ Kết quả thực hiện Đánh giá
            1 Tỷ lệ che phủ rừng % 45 46 Vượt
            TT Chỉ tiêu Đơn vị tính Mục tiêu đến 2030 Ghi chú
            1 Tỷ lệ che phủ rừng % 50
            """;
        var doc = TextSource.FromText(text);
        Assert.Equal(46m, Assert.Single(AssessmentTables.Read(doc)).Actual);
        Assert.Equal("50", Assert.Single(TargetTables.Read(doc)).Expression);
    }
}
