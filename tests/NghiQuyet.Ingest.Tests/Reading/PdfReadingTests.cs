using NghiQuyet.Core;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NghiQuyet.Ingest.Tests.Reading;

public class PdfReadingTests
{
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static byte[] BuildPdf(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw, bool vietnameseFont)
    {
        var builder = new PdfDocumentBuilder();
        var font = vietnameseFont
            ? builder.AddTrueTypeFont(File.ReadAllBytes(DejaVu))
            : builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        draw(page, font);
        return builder.Build();
    }

    [Fact]
    public void A_text_layer_is_read_into_lines_and_a_spaced_out_row_into_cells()
    {
        // fonts-dejavu-core is installed by scripts/setup.sh; without it the same layout is tested in ASCII.
        var vietnamese = File.Exists(DejaVu);
        string T(string vi, string ascii) => vietnamese ? vi : ascii;
        var bytes = BuildPdf((page, font) =>
        {
            page.AddText(T("BÁO CÁO CHÍNH TRỊ", "BAO CAO CHINH TRI"), 14, new PdfPoint(60, 780), font);
            page.AddText(T("Tỷ lệ hộ nghèo giảm bình quân 3,5%/năm.", "Ty le ho ngheo giam binh quan 3,5%/nam."), 12, new PdfPoint(60, 750), font);
            page.AddText("TT", 12, new PdfPoint(60, 700), font);
            page.AddText(T("Chỉ tiêu", "Chi tieu"), 12, new PdfPoint(110, 700), font);
            page.AddText(T("Đơn vị tính", "Don vi tinh"), 12, new PdfPoint(330, 700), font);
            page.AddText(T("Kết quả", "Ket qua"), 12, new PdfPoint(450, 700), font);
        }, vietnamese);
        var result = DocumentReader.Read("scan.txt", bytes);
        Assert.True(result.Success, result.Error);
        var doc = result.Value;
        Assert.Equal("pdf", doc.Format);
        Assert.Equal(3, doc.Lines.Count);
        Assert.Equal(T("BÁO CÁO CHÍNH TRỊ", "BAO CAO CHINH TRI"), doc.Lines[0].Text);
        Assert.Null(doc.Lines[0].Cells);
        Assert.Equal(T("Tỷ lệ hộ nghèo giảm bình quân 3,5%/năm.", "Ty le ho ngheo giam binh quan 3,5%/nam."), doc.Lines[1].Text);
        Assert.Equal(["TT", T("Chỉ tiêu", "Chi tieu"), T("Đơn vị tính", "Don vi tinh"), T("Kết quả", "Ket qua")], doc.Lines[2].Cells);
        Assert.Equal(Enumerable.Range(1, 3), doc.Lines.Select(l => l.Number));
    }

    [Fact]
    public void A_pdf_without_text_needs_ocr_and_the_ocr_hook_is_used_when_set()
    {
        var bytes = BuildPdf((page, _) => page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 2, fill: true), vietnameseFont: false);
        var result = DocumentReader.Read("scan.pdf", bytes);
        Assert.False(result.Success);
        Assert.Equal(string.Format(Messages.PdfNeedsOcr, "scan.pdf"), result.Error);
        Assert.Contains("OCR", result.Error);

        var calls = 0;
        OcrReader fakeScanner = (name, data, _) =>
        {
            calls++;
            Assert.Same(bytes, data);
            return Result<SourceDocument>.Ok(new SourceDocument(name, "ocr", [new SourceLine(1, "văn bản nhận dạng")]));
        };
        var ocr = DocumentReader.Read("scan.pdf", bytes, ocr: fakeScanner);
        Assert.True(ocr.Success, ocr.Error);
        Assert.Equal("ocr", ocr.Value.Format);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void A_damaged_pdf_fails_with_a_message()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage");
        var result = DocumentReader.Read("hong.pdf", bytes);
        Assert.False(result.Success);
        Assert.Equal(string.Format(Messages.PdfCorrupt, "hong.pdf"), result.Error);
    }

    [Fact]
    public void A_truncated_pdf_is_corrupt_not_a_scan()
    {
        var bytes = BuildPdf((page, font) => page.AddText("Bao cao chinh tri", 12, new PdfPoint(60, 780), font), vietnameseFont: false);
        var result = DocumentReader.Read("cut.pdf", bytes[..(bytes.Length / 3)]);
        Assert.False(result.Success);
        Assert.Equal(string.Format(Messages.PdfCorrupt, "cut.pdf"), result.Error);
    }

    [Fact]
    public void An_image_needs_ocr()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var result = DocumentReader.Read("anh.txt", png);
        Assert.False(result.Success);
        Assert.Equal(string.Format(Messages.ImageNeedsOcr, "anh.txt"), result.Error);
    }
}
