using System.Diagnostics;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Ocr;
using NghiQuyet.Ingest.Restoration;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace NghiQuyet.Ingest.Tests.Ocr;

/// <summary>A fact that needs tesseract (with Vietnamese) and poppler-utils; scripts/setup.sh installs them.</summary>
public sealed class OcrToolsFactAttribute : FactAttribute
{
    public OcrToolsFactAttribute()
    {
        if (TesseractOcr.MissingTools(needPoppler: true) is { } missing)
            Skip = missing;
        else if (!File.Exists(TesseractOcrTests.FontPath))
            Skip = "fonts-dejavu-core is not installed";
    }
}

/// <summary>
/// A page written for this test (not taken from a real report) is typeset into a PDF with DejaVu Sans, rasterised with
/// pdftoppm, and wrapped as an image-only PDF: a scan without a text layer. OCR must read it back.
/// </summary>
public sealed class TesseractOcrTests : IDisposable
{
    internal const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static readonly string[] Fixture =
    [
        "BÁO CÁO CHÍNH TRỊ",
        "Nhiệm kỳ 2020 - 2025, Đảng bộ xã lãnh đạo thực hiện đạt và vượt",
        "18/20 chỉ tiêu chủ yếu. Tỷ lệ hộ nghèo giảm còn 12,5%; tổng thu",
        "ngân sách trên địa bàn đạt 9,8 tỷ đồng. Đời sống của nhân dân các",
        "dân tộc được nâng lên, quốc phòng và an ninh được giữ vững.",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("nq-ocr-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private byte[] RenderPagePng()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        foreach (var line in Fixture)
        {
            page.AddText(line, 13, new PdfPoint(50, y), font);
            y -= 24;
        }
        var textPdf = Path.Combine(_dir, "text.pdf");
        File.WriteAllBytes(textPdf, builder.Build());
        var prefix = Path.Combine(_dir, "page");
        using var process = Process.Start("pdftoppm", ["-r", "200", "-gray", "-png", "-singlefile", textPdf, prefix])!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return File.ReadAllBytes(prefix + ".png");
    }

    private static byte[] ImageOnlyPdf(byte[] png)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(png, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        return builder.Build();
    }

    private static double SyllablesRecovered(IEnumerable<string> lines)
    {
        var read = string.Join(' ', lines).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Normalize).ToList();
        var expected = Fixture.SelectMany(l => l.Split(' ')).Select(Normalize).ToList();
        var found = expected.Count(w => read.Remove(w));
        return found / (double)expected.Count;
    }

    private static string Normalize(string w) => VietnameseSyllable.Canonical(w.Trim(',', '.', ';').ToLowerInvariant());

    [OcrToolsFact]
    public void A_scanned_pdf_without_text_layer_is_read_with_its_tone_marks()
    {
        var pdf = ImageOnlyPdf(RenderPagePng());
        using (var document = PdfDocument.Open(pdf))
            Assert.True(string.IsNullOrWhiteSpace(document.GetPage(1).Text), "the fixture must have no text layer");

        var progress = new List<string>();
        var result = TesseractOcr.Read("scan.pdf", pdf, new SyncProgress(progress.Add));

        Assert.True(result.Success, result.Error);
        Assert.Equal("ocr", result.Value.Format);
        Assert.Contains(progress, p => p.Contains("1/1"));
        var recovered = SyllablesRecovered(result.Value.Lines.Select(l => l.Text));
        Assert.True(recovered >= 0.9, $"only {recovered:P0} of the syllables were read");
        Assert.False(ToneMarkDetector.LooksStripped(result.Value.Lines.Select(l => l.Text)));
    }

    [OcrToolsFact]
    public void A_png_page_is_read()
    {
        var path = Path.Combine(_dir, "scan.png");
        File.WriteAllBytes(path, RenderPagePng());
        var result = TesseractOcr.Read(path);
        Assert.True(result.Success, result.Error);
        Assert.True(SyllablesRecovered(result.Value.Lines.Select(l => l.Text)) >= 0.9);
    }

    [Fact]
    public void Unsupported_input_is_a_clear_error()
    {
        var result = TesseractOcr.Read("notes.docx", [1, 2, 3]);
        Assert.False(result.Success);
        Assert.Contains("notes.docx", result.Error);
    }

    [Fact]
    public void Tsv_is_grouped_into_lines_and_paragraphs_with_confidence()
    {
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
                           "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t95\tTỷ\n5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t85\tlệ\n" +
                           "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t40\tho\n5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t90\tII.\n";
        var lines = TesseractOcr.ParseTsv(tsv);
        Assert.Equal(["Tỷ lệ", "ho", "II."], lines.Select(l => l.Text));
        Assert.Equal(90, lines[0].Confidence);
        Assert.Equal(lines[0].Paragraph, lines[1].Paragraph);
        Assert.NotEqual(lines[1].Paragraph, lines[2].Paragraph);
    }

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
