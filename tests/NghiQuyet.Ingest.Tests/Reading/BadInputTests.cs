using System.IO.Compression;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Ingest.Reading.Docx;

namespace NghiQuyet.Ingest.Tests.Reading;

public class BadInputTests
{
    private static string Fails(byte[] bytes, string name = "tep.docx")
    {
        var result = DocumentReader.Read(name, bytes);
        Assert.False(result.Success, "expected a failure");
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.DoesNotContain('\n', result.Error);
        Assert.Contains(name, result.Error);
        return result.Error;
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            fill(zip);
        return stream.ToArray();
    }

    [Fact]
    public void Empty_file() => Assert.Equal(string.Format(Messages.EmptyFile, "tep.docx"), Fails([]));

    [Fact]
    public void Binary_garbage()
    {
        var bytes = new byte[20_000];
        new Random(2025).NextBytes(bytes);
        Assert.Equal(string.Format(Messages.BinaryFile, "rac.txt"), Fails(bytes, "rac.txt"));
    }

    [Fact]
    public void Truncated_docx()
    {
        var docx = new DocxBuilder().Paragraph("Báo cáo chính trị").Build();
        Assert.Equal(string.Format(Messages.DocxCorrupt, "tep.docx"), Fails(docx[..(docx.Length / 2)]));
    }

    [Fact]
    public void Zip_with_a_damaged_document_part()
    {
        var bytes = Zip(zip =>
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document><w:body><w:p>không đóng thẻ");
        });
        Assert.Equal(string.Format(Messages.DocxCorrupt, "tep.docx"), Fails(bytes));
    }

    [Fact]
    public void Zip_bomb_is_refused_before_reading()
    {
        // 60 MB of zeros compress to well under 100 KB.
        var bytes = Zip(zip =>
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            for (var i = 0; i < 60; i++)
                entry.Write(block);
        });
        Assert.True(bytes.Length < 1_000_000);
        Assert.Equal(string.Format(Messages.ZipTooLarge, "tep.docx", 50, ZipGuard.MaxEntries), Fails(bytes));
    }

    [Fact]
    public void Zip_with_too_many_entries_is_refused()
    {
        var bytes = Zip(zip =>
        {
            for (var i = 0; i <= ZipGuard.MaxEntries; i++)
                zip.CreateEntry($"word/media/{i}.bin", CompressionLevel.NoCompression);
        });
        Assert.Equal(string.Format(Messages.ZipTooLarge, "tep.docx", 50, ZipGuard.MaxEntries), Fails(bytes));
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document()
    {
        var bytes = Zip(zip => zip.CreateEntry("xl/workbook.xml"));
        Assert.Equal(string.Format(Messages.ZipNotDocx, "bang.xlsx"), Fails(bytes, "bang.xlsx"));
    }

    [Fact]
    public void Old_word_doc_and_rtf_are_named()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Equal(string.Format(Messages.LegacyWordDoc, "cu.doc"), Fails(ole, "cu.doc"));
        Assert.Contains("RTF", Fails("{\\rtf1\\ansi Bao cao}"u8.ToArray(), "a.rtf"));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var bytes = new byte[DocumentReader.MaxFileBytes + 1];
        Array.Fill(bytes, (byte)'a');
        Assert.Equal(string.Format(Messages.FileTooLarge, "lon.txt", "30", 30), Fails(bytes, "lon.txt"));
    }

    [Fact]
    public void Text_with_only_blank_lines_has_no_content() =>
        Assert.Equal(string.Format(Messages.NoText, "trang.txt"), Fails(Encoding.UTF8.GetBytes(" \n\u00A0\n\n"), "trang.txt"));

    [Fact]
    public void Damaged_docx_bytes_never_throw()
    {
        var docx = new DocxBuilder()
            .Paragraph("Báo cáo chính trị")
            .Table(DocxBuilder.Row("TT", "Chỉ tiêu", "Kết quả"), DocxBuilder.Row("1", "Tỷ lệ hộ nghèo", "3,5"))
            .Build();
        var random = new Random(7);
        for (var i = 0; i < 40; i++)
        {
            var bytes = (byte[])docx.Clone();
            for (var j = 0; j < 8; j++)
                bytes[random.Next(4, bytes.Length)] ^= (byte)random.Next(1, 256);
            var result = DocumentReader.Read("hong.docx", bytes);
            Assert.True(result.Success || !string.IsNullOrEmpty(result.Error));
        }
    }
}
