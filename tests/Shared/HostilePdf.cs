using System.Globalization;
using System.Text;

namespace NghiQuyet.Testing;

/// <summary>
/// The probe's hostile scans, written by hand so that each is a few hundred bytes: blank pages with no text layer of
/// any size and number (a 5000 × 5000 pt page is 545 bytes; 200 blank A4 pages about 20 KB).
/// </summary>
public static class HostilePdf
{
    public static byte[] BlankPages(int pages, double widthPt = 595, double heightPt = 842)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{3 + i} 0 R"))}] /Count {pages} >>",
        };
        var box = string.Create(CultureInfo.InvariantCulture, $"[0 0 {widthPt} {heightPt}]");
        for (var i = 0; i < pages; i++)
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox {box} >>");
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
