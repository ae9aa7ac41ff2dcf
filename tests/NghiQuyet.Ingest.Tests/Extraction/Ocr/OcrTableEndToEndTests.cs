using System.Text;
using NghiQuyet.Ingest.Tests.Extraction.Tables;

namespace NghiQuyet.Ingest.Tests.Extraction.Ocr;

/// <summary>
/// The combined province table typeset, printed, degraded and read back by <c>tesseract -l eng</c>, then put through
/// the whole pipeline: the rules and cells of the scan come back however the OCR engine read them, and the previous
/// term's results and the new term's targets must still come out.
/// </summary>
public class OcrTableEndToEndTests
{
    private const string Opening = """
        ĐẢNG BỘ TỈNH SƠN LA
        BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XV
        tại Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030

        """;

    private static Core.Extraction.ExtractionResult Extract(string clean, string name)
    {
        TypesetOcrFactAttribute.RequireTools();
        var dir = Directory.CreateTempSubdirectory("nq-ocr-table-");
        try
        {
            // Same text, same cache entry: the OCR runs once per machine.
            var input = Path.Combine(dir.FullName, name + ".txt");
            File.WriteAllText(input, Opening + clean, new UTF8Encoding(false));
            var ocr = TypesetOcr.Read(input)[0];
            var path = Path.Combine(dir.FullName, name + "-ocr.txt");
            File.WriteAllText(path, ocr);
            var ingested = ReportIngest.ExtractFile(path);
            Assert.True(ingested.Success, ingested.Error);
            return ingested.Value.Extraction;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void AssertReads(Core.Extraction.ExtractionResult extraction)
    {
        var rows = ProvinceTableFixtures.Rows;
        var results = rows.Count(r => extraction.Results.Any(x => x.Target == r.Target && x.Actual == r.Actual));
        var targets = rows.Count(r => extraction.Targets.Any(t => t.Value == r.NewTarget));
        var said = $"results {string.Join("; ", extraction.Results.Select(x => $"{x.Target}/{x.Actual}"))} — targets {string.Join("; ", extraction.Targets.Select(t => t.Value))}";
        // A scan may lose a figure or two; most of the rows must come through.
        Assert.True(results >= rows.Length - 1, $"{results} of {rows.Length} results: {said}");
        Assert.True(targets >= rows.Length - 1, $"{targets} of {rows.Length} new targets: {said}");
        Assert.True(extraction.Results.Count <= rows.Length + 1, said);
    }

    [TypesetOcrFact]
    public void A_scanned_ruled_province_table_gives_results_and_targets() =>
        AssertReads(Extract(ProvinceTableFixtures.Ruled(), "province-table-ruled"));

    [TypesetOcrFact]
    public void A_scanned_flattened_province_table_gives_results_and_targets() =>
        AssertReads(Extract(ProvinceTableFixtures.Flattened(), "province-table-flat"));
}
