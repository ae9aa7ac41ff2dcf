using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NghiQuyet.Data.Units;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>
/// Reports written for these tests in the style of a commune's political report (own text, made-up figures): the
/// header names the commune, the targets section lists numbered targets with their figures.
/// </summary>
internal static class ReportFixtures
{
    /// <summary>Line (1-based) of the first target "(1) …" in <see cref="Lines"/>.</summary>
    public const int FirstTargetLine = 11;
    public const int TargetCount = 6;

    public static string CommuneName(string code) => UnitsData.Registry.Find(code)!.Name;

    public static IReadOnlyList<string> Lines(string communeCode, string note = "")
    {
        var name = CommuneName(communeCode);
        return
        [
            "ĐẢNG BỘ TỈNH SƠN LA",
            $"ĐẢNG BỘ XÃ {name.ToUpperInvariant()}",
            "BÁO CÁO CHÍNH TRỊ",
            $"của Ban Chấp hành Đảng bộ xã {name} khoá I trình Đại hội đại biểu Đảng bộ xã {name} lần thứ nhất, nhiệm kỳ 2025-2030",
            $"(Văn bản thử nghiệm của NghiQuyet{note})",
            "Phần thứ hai",
            "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030",
            "1. Mục tiêu tổng quát",
            $"Xây dựng xã {name} phát triển nhanh, bền vững; bảo đảm quốc phòng, an ninh.",
            "2. Các chỉ tiêu chủ yếu đến năm 2030",
            "(1) Thu nhập bình quân đầu người đến năm 2030: 55 triệu đồng/người/năm.",
            "(2) Tổng sản lượng lương thực có hạt: 8.200 tấn.",
            "(3) Tỷ lệ lao động qua đào tạo: 65%.",
            "(4) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030: < 8%.",
            "(5) Tỷ lệ trường học đạt chuẩn quốc gia: 90%.",
            "(6) Tỷ lệ che phủ rừng đến năm 2030: 52,5%.",
            "3. Nhiệm vụ, giải pháp",
            "Tập trung lãnh đạo thực hiện thắng lợi các chỉ tiêu trên.",
        ];
    }

    public static byte[] Text(string communeCode, string note = "") =>
        Encoding.UTF8.GetBytes(string.Join('\n', Lines(communeCode, note)) + "\n");

    /// <summary>The same report as a Word document, one paragraph per line.</summary>
    public static byte[] Docx(string communeCode, string note = "")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(Lines(communeCode, note).Select(l => new Paragraph(new Run(new Text(l) { Space = SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A zip whose one entry inflates to far more than any report (zeros compress a thousandfold).</summary>
    public static byte[] ZipBombDocx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++)
                entry.Write(zeros);
        }
        return stream.ToArray();
    }

    /// <summary>The start of a real .docx (zip signature) followed by garbage.</summary>
    public static byte[] CorruptDocx()
    {
        var docx = Docx("03688");
        var bytes = docx.Take(600).ToArray();
        for (var i = 100; i < bytes.Length; i++)
            bytes[i] = (byte)(i * 7);
        return bytes;
    }

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
