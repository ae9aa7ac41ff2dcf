using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NghiQuyet.Core;
using NghiQuyet.Web.Demo;
using ExportCsv = global::NghiQuyet.Web.Units.CsvExport;

namespace NghiQuyet.Web.Tests.Units;

/// <summary>/Units/{code}/Export: the appendix tables as .xlsx (read back with OpenXml) and CSV (parsed back).</summary>
[Collection(WebCollection.Name)]
public sealed class ExportTests(WebAppFactory factory)
{
    private static string Url(string code, string? format) => $"/Units/{code}/Export" + (format is null ? "" : "?format=" + format);

    private async Task<HttpResponseMessage> GetAsync(string user, string code, string? format) =>
        await (await factory.SignedInAsync(user)).GetAsync(Url(code, format));

    private static string? Text(Cell? cell) => cell is null ? null
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
        : cell.CellValue?.Text;

    private static Dictionary<string, Cell> Cells(WorkbookPart wb, string sheet)
    {
        var id = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)wb.GetPartById(id)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
    }

    [Fact]
    public async Task Xlsx_has_both_appendix_sheets_with_merged_headers_groups_and_numeric_figures()
    {
        var code = TestData.OtherCommune;
        var response = await GetAsync("tinh.sonla", code, "xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(global::NghiQuyet.Web.Pages.Units.ExportModel.XlsxType, response.Content.Headers.ContentType!.MediaType);
        var fileName = response.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.Matches($"^chi-tieu-{code}-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.xlsx$", fileName);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var doc = SpreadsheetDocument.Open(stream, false);
        var wb = doc.WorkbookPart!;
        // The schema check Excel's own "repair" would trip on: element order, style indexes, merge references.
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(["Biểu 02", "Biểu 01"], wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray());

        var cells = Cells(wb, "Biểu 02");
        var header = cells.Values.Where(c => Text(c) == "TT").Select(c => c.CellReference!.Value!).Single();
        var headerRow = int.Parse(header[1..], CultureInfo.InvariantCulture);
        Assert.Equal("Chỉ tiêu", Text(cells[$"B{headerRow}"]));
        Assert.Equal("Đơn vị tính", Text(cells[$"C{headerRow}"]));
        Assert.Equal($"Chỉ tiêu đến {DemoResolution.TermTo}", Text(cells[$"D{headerRow}"]));
        Assert.Equal("Kết quả thực hiện", Text(cells[$"E{headerRow}"]));
        Assert.Contains(cells.Values, c => Text(c)!.StartsWith("CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ", StringComparison.Ordinal));
        var merges = ((WorksheetPart)wb.GetPartById(wb.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!)).Worksheet
            .Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains($"A{headerRow}:A{headerRow + 1}", merges);

        // Year columns in the second header row; the group heading rows; one figure checked against storage.
        var years = Enumerable.Range(4, 20).Select(global::NghiQuyet.Web.Units.XlsxExport.Column)
            .Select(col => cells.GetValueOrDefault($"{col}{headerRow + 1}"))
            .Select(c => (Col: c?.CellReference?.Value?.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), Text: Text(c)))
            .Where(x => x.Text is { Length: 4 } && int.TryParse(x.Text, out _)).ToDictionary(x => int.Parse(x.Text!, CultureInfo.InvariantCulture), x => x.Col!);
        Assert.Contains(DemoSeeder.FirstYear, years.Keys);
        Assert.Contains(cells.Values, c => Text(c) == "I" && Text(cells[$"B{Row(c)}"]) == Messages.GroupEconomy);

        var target = ExploreData.Targets(factory, code).First(t => t.Item == "1");
        var official = ExploreData.Official(factory, target.Id);
        var nameCell = cells.Values.Single(c => Text(c) == target.EffectiveName && c.CellReference!.Value!.StartsWith('B'));
        var figure = cells[$"{years[2023]}{Row(nameCell)}"];
        Assert.Equal(CellValues.Number, figure.DataType!.Value);
        Assert.Equal(official[2023], decimal.Parse(figure.CellValue!.Text, CultureInfo.InvariantCulture));

        var previous = Cells(wb, "Biểu 01");
        Assert.Contains(previous.Values, c => Text(c) == "Chỉ tiêu NQ");
        var prevName = previous.Values.Single(c => Text(c) == DemoResolution.PreviousResults[2].Name);
        Assert.Equal(DemoResolution.PreviousResults[2].Actual, decimal.Parse(Text(previous[$"E{Row(prevName)}"])!, CultureInfo.InvariantCulture));
        Assert.Equal("Không đạt", Text(previous[$"F{Row(prevName)}"]));
    }

    private static int Row(Cell c) => int.Parse(new string(c.CellReference!.Value!.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Csv_is_utf8_with_bom_semicolon_separated_and_parses_back_to_the_stored_figures()
    {
        var code = TestData.OwnCommune;
        var response = await GetAsync(TestData.OwnCommuneUser, code, "csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"^chi-tieu-{code}-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.csv$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        // The decimal mark of vi-VN is the comma: the separator must be something else.
        Assert.NotEqual(CultureInfo.GetCultureInfo("vi-VN").NumberFormat.NumberDecimalSeparator, ExportCsv.Separator.ToString());

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n").Select(Parse).ToList();
        var header = lines.First(l => l.FirstOrDefault() == "TT");
        Assert.Equal(["TT", "Chỉ tiêu", "Đơn vị tính", $"Chỉ tiêu đến {DemoResolution.TermTo}"], header.Take(4).ToArray());
        Assert.Equal("Đánh giá", header[^1]);
        var target = ExploreData.Targets(factory, code).Single(t => t.Item == "4");
        var official = ExploreData.Official(factory, target.Id);
        // The name is also in Biểu 01 (previous term), which comes after.
        var row = lines.First(l => l.Count > 1 && l[1] == target.EffectiveName);
        foreach (var (year, value) in official)
            Assert.Equal(value, decimal.Parse(row[header.IndexOf($"Kết quả {year}")], NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN")));
        Assert.Contains(lines, l => l.Count >= 2 && l[0] == "I" && l[1] == Messages.GroupEconomy);
        Assert.Contains(lines, l => l.SequenceEqual(["TT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu NQ", "Kết quả", "Đánh giá"]));
    }

    /// <summary>One CSV line: ';'-separated, fields in double quotes may hold ';' and doubled quotes.</summary>
    private static List<string> Parse(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ExportCsv.Separator) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    [InlineData(null)]
    public async Task An_unknown_format_is_a_400_with_a_message(string? format)
    {
        var response = await GetAsync("admin", TestData.OwnCommune, format);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(string.Format(Messages.ExportFormatUnknown, format ?? ""), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("admin", true, HttpStatusCode.OK)]
    [InlineData("thanhtra", true, HttpStatusCode.OK)]
    [InlineData("tinh.sonla", true, HttpStatusCode.OK)]
    [InlineData("own", true, HttpStatusCode.OK)]
    [InlineData("own", false, HttpStatusCode.Forbidden)]
    [InlineData("xa.other", true, HttpStatusCode.Forbidden)]
    public async Task Access_is_view_on_the_unit(string user, bool ownCommune, HttpStatusCode expected)
    {
        var name = user switch
        {
            "own" => TestData.OwnCommuneUser,
            "xa.other" => DemoSeeder.CommuneUserName(TestData.OtherCommune),
            _ => user,
        };
        var code = ownCommune ? TestData.OwnCommune : TestData.OtherCommune;
        foreach (var format in new[] { "xlsx", "csv" })
            Assert.Equal(expected, (await GetAsync(name, code, format)).StatusCode);
    }

    [Fact]
    public async Task A_unit_without_a_resolution_is_a_404_with_a_message_an_unknown_one_a_404_anonymous_signs_in()
    {
        var bare = ExploreData.With(factory, db => db.Organizations.Where(o => o.ProvinceCode == TestData.Province)
            .Select(o => o.Code).ToList()).First(c => !DemoSeeder.SeededCommuneCodes.Contains(c));
        var response = await GetAsync("admin", bare, "xlsx");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(Messages.ExportNoResolution, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("admin", "00000", "csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Client().GetAsync(Url(TestData.OwnCommune, "csv"))).StatusCode);
    }

    [Fact]
    public async Task The_unit_page_links_both_downloads()
    {
        var html = await (await factory.SignedInAsync("admin")).GetStringAsync($"/Units/{TestData.OwnCommune}");
        Assert.Contains($"href=\"/Units/{TestData.OwnCommune}/Export?format=xlsx\"", html);
        Assert.Contains($"href=\"/Units/{TestData.OwnCommune}/Export?format=csv\"", html);
        Assert.Contains(">Tải Excel<", html);
        Assert.Contains(">Tải CSV<", html);
    }
}
