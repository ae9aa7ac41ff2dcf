using System.Diagnostics;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>Scans made by the tests themselves: a report typeset, printed to pixels and wrapped in a PDF with no text layer.</summary>
internal static class ScanFixtures
{
    /// <summary>The lines typeset in DejaVu Sans, rasterised at 300 dpi by pdftoppm and wrapped, as one image, in a PDF without text.</summary>
    public static byte[] ScannedPdf(IReadOnlyList<string> lines, string dir)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(ScanToolsFactAttribute.FontPath));
        var page = builder.AddPage(PageSize.A4);
        var y = 790.0;
        foreach (var line in lines)
        {
            // Long lines wrap at about 70 characters, as a typed page would.
            foreach (var part in Wrap(line, 70))
            {
                page.AddText(part, 12, new PdfPoint(40, y), font);
                y -= 22;
            }
        }
        var textPdf = Path.Combine(dir, "text.pdf");
        File.WriteAllBytes(textPdf, builder.Build());
        var prefix = Path.Combine(dir, "page");
        using (var process = Process.Start("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", textPdf, prefix])!)
        {
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
        var scan = new PdfDocumentBuilder();
        var scanned = scan.AddPage(PageSize.A4);
        scanned.AddPng(File.ReadAllBytes(prefix + ".png"), new PdfRectangle(0, 0, scanned.PageSize.Width, scanned.PageSize.Height));
        return scan.Build();
    }

    private static IEnumerable<string> Wrap(string line, int width)
    {
        var current = "";
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > width)
            {
                yield return current;
                current = "";
            }
            current = current.Length == 0 ? word : current + " " + word;
        }
        yield return current;
    }
}
