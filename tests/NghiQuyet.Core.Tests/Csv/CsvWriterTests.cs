using NghiQuyet.Core.Csv;

namespace NghiQuyet.Core.Tests.Csv;

/// <summary>Issue 12, defect 3: the shared CSV writer never lets a cell start like a formula.</summary>
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://x\";\"y\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"")]
    [InlineData("-", "'-")]
    [InlineData("-1,5", "-1,5")]      // a number stays a number
    [InlineData("-12", "-12")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("-1e5", "'-1e5")]     // not a plain number: a spreadsheet could read more into it
    [InlineData("Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo")]
    [InlineData("≥ 60", "≥ 60")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData(" lề ", "\" lề \"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_cell_is_written_as_text_a_spreadsheet_will_not_run(string? text, string written) =>
        Assert.Equal(written, CsvWriter.Cell(text, ';'));

    [Fact]
    public void Rows_use_the_separator_and_line_ending_given()
    {
        var csv = new CsvWriter(',', "\n").Row("code", "name").Row("01", "=Hà Nội").EmptyLine().Row("a,b", null);
        Assert.Equal("code,name\n01,'=Hà Nội\n\n\"a,b\",\n", csv.ToString());
    }
}
