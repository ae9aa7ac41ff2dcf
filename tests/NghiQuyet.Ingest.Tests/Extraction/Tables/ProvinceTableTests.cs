using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Tables;
using NghiQuyet.Ingest.Tests.Reading;
using NghiQuyet.Ingest.Reading;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

/// <summary>
/// The combined province table (old target / achieved / ratio / new target / note) in every form it reaches a reader:
/// each must give the previous term's results and the new term's targets, row for row.
/// </summary>
public class ProvinceTableTests
{
    public static TheoryData<string> Forms => ["flattened", "ruled", "spaced", "ocr"];

    private static SourceDocument Source(string form) => TextSource.FromText(form switch
    {
        "flattened" => ProvinceTableFixtures.Flattened(),
        "ruled" => ProvinceTableFixtures.Ruled(),
        "spaced" => ProvinceTableFixtures.Spaced(),
        _ => ProvinceTableFixtures.OcrDamaged,
    });

    [Theory]
    [MemberData(nameof(Forms))]
    public void Gives_the_old_terms_results(string form)
    {
        var results = AssessmentTables.Read(Source(form));
        Assert.Equal(
            ProvinceTableFixtures.Rows.Select(r => (r.Target, r.Actual)),
            results.Select(r => (r.Target!.Value, r.Actual!.Value)));
        Assert.All(results, r => Assert.Null(r.Verdict)); // this layout prints a ratio, no verdict word
        Assert.All(results, r => Assert.Equal("01", r.Table![^2..]));
        if (form != "ocr")
            Assert.All(results.Zip(ProvinceTableFixtures.Rows), p => Assert.Contains(p.Second.Name, p.First.Name));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Gives_the_new_terms_targets(string form)
    {
        var rows = TargetTables.Read(Source(form));
        Assert.Equal(
            ProvinceTableFixtures.Rows.Select(r => r.NewTargetMax is null ? r.NewTarget.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) : "2-3"),
            rows.Select(r => r.Expression.Replace(",0", "")));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], rows.Select(r => r.Item));
        Assert.Contains("30%", rows[6].Note);
        if (form != "ocr")
        {
            Assert.Equal(["Chỉ tiêu kinh tế", "Chỉ tiêu kinh tế", "Chỉ tiêu kinh tế", "Chỉ tiêu kinh tế", "Chỉ tiêu xã hội", "Chỉ tiêu xã hội",
                "Chỉ tiêu xã hội", "Chỉ tiêu môi trường"], rows.Select(r => r.GroupHeading));
            Assert.Equal(["%/năm", "Triệu đồng", "Nghìn tỷ đồng", "%", "%/năm", "Bác sĩ", "%", "%"], rows.Select(r => r.Unit));
        }
    }

    [Fact]
    public void A_word_table_reads_cell_by_cell_with_a_header_row_above_the_stt_row()
    {
        var builder = new DocxBuilder()
            .Paragraph("Phụ lục 01")
            .Paragraph("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ 2020 - 2025 VÀ MỤC TIÊU NHIỆM KỲ 2025 - 2030");
        var rows = new List<DocumentFormat.OpenXml.Wordprocessing.TableRow>
        {
            DocxBuilder.Row(DocxBuilder.Cell(""), DocxBuilder.Cell(""), DocxBuilder.Cell(""), DocxBuilder.Cell("Nhiệm kỳ 2020 - 2025", span: 3),
                DocxBuilder.Cell("Nhiệm kỳ 2025 - 2030"), DocxBuilder.Cell("")),
            DocxBuilder.Row(ProvinceTableFixtures.Header),
        };
        rows.AddRange(ProvinceTableFixtures.Body.Select(DocxBuilder.Row));
        var bytes = builder.Table([.. rows]).Build();
        var doc = DocumentReader.Read("phu-luc.docx", bytes);
        Assert.True(doc.Success, doc.Error);

        var results = AssessmentTables.Read(doc.Value);
        Assert.Equal(ProvinceTableFixtures.Rows.Select(r => (r.Target, r.Actual)), results.Select(r => (r.Target!.Value, r.Actual!.Value)));
        var targets = TargetTables.Read(doc.Value);
        Assert.Equal(["8,0", "120", "200", "28", "2-3", "13", "75", "50"], targets.Select(t => t.Expression));
        Assert.Equal("Chỉ tiêu xã hội", targets[4].GroupHeading);
        Assert.Equal("Trong đó có bằng cấp ≥ 30%", targets[6].Note);
    }

    [Theory]
    [InlineData("STT Chỉ tiêu ĐVT Chỉ tiêu NQ Thực hiện Tỷ lệ % Mục tiêu 2030 Ghi chú", "Item Name Unit Target Actual Ratio NewTarget Note")]
    [InlineData("TT Nội dung ĐVT Kế hoạch 2020-2025 Ước thực hiện 2025 So sánh (%) Kế hoạch 2026-2030", "Item Name Unit Target Actual Ratio NewTarget")]
    [InlineData("TT Chỉ tiêu Đơn vị tính Nghị quyết nhiệm kỳ 2020-2025 Kết quả thực hiện Tỷ lệ hoàn thành (%) Chỉ tiêu nhiệm kỳ 2025-2030",
        "Item Name Unit Target Actual Ratio NewTarget")]
    [InlineData("STT Chi tiéu Pon vi tinh Chi tiéu NQ Thyc hién Ty 1é % Muc tiéu 2030 Ghi chu", "Item Name Unit Target Actual Ratio NewTarget Note")]
    public void Combined_headers_name_the_new_target_column(string header, string expected)
    {
        var parsed = TableHeader.FromText(header);
        Assert.Equal(expected, string.Join(' ', parsed.Columns));
        Assert.True(parsed.IsAssessment);
        Assert.True(parsed.HasNewTargets);
    }

    [Fact]
    public void The_ratio_column_puts_back_a_decimal_comma_the_scan_lost()
    {
        const string text = """
            Phu luc 02
            STT Chi tieu DVT Chi tieu NQ Thuc hien Ty le (%) Muc tieu 2030
            1 Ty le che phu rimg % 46 475 103,3 50
            2 Thu nhap binh quan dau nguoi Trieu dong 42 455 108,3 70
            3 Ty le ho ngheo % 12 8 150 5
            """;
        var results = AssessmentTables.Read(TextSource.FromText(text));
        Assert.Equal([(46m, 47.5m), (42m, 45.5m), (12m, 8m)], results.Select(r => (r.Target!.Value, r.Actual!.Value)));
    }
}
