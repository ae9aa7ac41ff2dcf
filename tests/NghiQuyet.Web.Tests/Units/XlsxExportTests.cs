using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NghiQuyet.Web.Units;

namespace NghiQuyet.Web.Tests.Units;

/// <summary>The writers on their own, for shapes the demo does not have (no figures, no term, no previous results).</summary>
public sealed class XlsxExportTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Any_number_of_year_columns_gives_a_schema_valid_workbook(int yearCount)
    {
        var years = Enumerable.Range(2023, yearCount).ToList();
        var tables = new UnitTables("Xã Thử", null, null, null, years,
            [new TableGroup("I", "Kinh tế", [new TableRow("1", "Sản lượng; \"lương thực\"", "tấn", "≥ 9.500 tấn", years.Select(y => (decimal?)(y - 2000) * 1.5m).ToList(), "Đúng tiến độ")])],
            []);
        using var stream = new MemoryStream(XlsxExport.Write(tables));
        using var doc = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Contains(doc.WorkbookPart!.WorksheetParts, p => p.Worksheet.InnerText.Contains("Chỉ tiêu đến cuối nhiệm kỳ", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_quotes_fields_holding_the_separator_or_quotes()
    {
        var tables = new UnitTables("Xã Thử", "Tỉnh Thử", 2025, 2030, [2024],
            [new TableGroup("I", "Kinh tế", [new TableRow("1", "Sản lượng; \"lương thực\"", "tấn", "≥ 9.500 tấn", [9589.5m], "Đạt")])], []);
        var text = System.Text.Encoding.UTF8.GetString(CsvExport.Write(tables)[3..]);
        Assert.Contains("1;\"Sản lượng; \"\"lương thực\"\"\";tấn;≥ 9.500 tấn;9589,5;Đạt\r\n", text);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    public void Column_letters(int index, string expected) => Assert.Equal(expected, XlsxExport.Column(index));
}
