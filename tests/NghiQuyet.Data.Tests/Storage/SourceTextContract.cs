using System.Text;
using NghiQuyet.Core.Text;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Tests.Infrastructure;

namespace NghiQuyet.Data.Tests.Storage;

/// <summary>The document text kept for search (SourceFiles.Text) and the read document kept for review (SourceDocuments), on SQLite and on PostgreSQL.</summary>
public abstract class SourceTextContract(TestDatabase database) : IDisposable
{
    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    [StorageFact]
    public void Import_keeps_the_readers_text_lines_joined()
    {
        var request = Sample.Fixture();
        using (var db = database.Open())
            Assert.True(database.Importer(db).Import(request).Success);
        using var fresh = database.Open();
        var text = fresh.SourceFiles.Single().Text;
        Assert.Equal(string.Join('\n', request.Source!.Lines.Select(l => l.Text)), text);
        Assert.Contains("BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ ĐỨA MÒN", text);
    }

    [StorageFact]
    public void Import_stores_the_read_document_with_its_ocr_originals_and_cells()
    {
        var read = new SourceDocument("quet.pdf", "ocr",
        [
            new SourceLine(1, "Tỷ lệ hộ nghèo giảm còn 8,5%.", Original: "Ty 1€ ho nghéo giam con 8,5%."),
            new SourceLine(2, ""),
            new SourceLine(3, "Thu ngân sách\t12,4\ttỷ đồng", ["Thu ngân sách", "12,4", "tỷ đồng"], "Thu ngan sach\t12,4\tty dong"),
            new SourceLine(5, "Dòng \"trích\" <b>&amp;</b>"),
        ])
        { Warnings = ["Trang 2 mờ."], Encoding = "UTF-8" };
        var request = Sample.Fixture() with { Source = read };
        using (var db = database.Open())
            Assert.True(database.Importer(db).Import(request).Success);
        using var fresh = database.Open();
        var fileId = fresh.SourceFiles.Single().Id;
        var stored = fresh.SourceDocuments.Single(d => d.SourceFileId == fileId).ToDocument();
        Assert.Equal((read.Name, read.Format, read.Encoding), (stored.Name, stored.Format, stored.Encoding));
        Assert.Equal(read.Warnings, stored.Warnings);
        Assert.Equal(read.Lines.Select(l => (l.Number, l.Text, l.Original, Cells: l.Cells is null ? null : string.Join('|', l.Cells))),
            stored.Lines.Select(l => (l.Number, l.Text, l.Original, Cells: l.Cells is null ? null : string.Join('|', l.Cells))));
    }

    [StorageFact]
    public void A_plain_text_file_without_the_readers_output_keeps_its_bytes_as_text_in_nfc()
    {
        // Decomposed "ộ" (o + combining dot below + combining circumflex) as some editors save it.
        var decomposed = "Giảm tỷ lệ hộ nghèo".Normalize(NormalizationForm.FormD);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(decomposed + "\nDòng hai")).ToArray();
        var request = Sample.Fixture() with { Bytes = bytes, Source = null };
        using (var db = database.Open())
            Assert.True(database.Importer(db).Import(request).Success);
        using var fresh = database.Open();
        Assert.Equal("Giảm tỷ lệ hộ nghèo\nDòng hai", fresh.SourceFiles.Single().Text);
        // Without the reader's output there is no read document to store: the review page reads the bytes.
        Assert.Empty(fresh.SourceDocuments);
    }

    [StorageFact]
    public void A_binary_document_without_the_readers_output_has_no_text()
    {
        var request = Sample.Fixture() with { FileName = "x.pdf", Format = "pdf", Bytes = [0x25, 0x50, 0x44, 0x46, 0xFF, 0xFE, 0x00], Source = null };
        using (var db = database.Open())
            Assert.True(database.Importer(db).Import(request).Success);
        using var fresh = database.Open();
        Assert.Null(fresh.SourceFiles.Single().Text);
    }

    [StorageFact]
    public void Invalid_utf8_in_a_text_file_leaves_the_text_empty_instead_of_guessing()
    {
        var request = Sample.Fixture() with { Bytes = [0x48, 0xC3, 0x28, 0x61], Source = null };
        Assert.Null(ImportService.TextOf(request));
        Assert.Equal("a\nb", ImportService.TextOf(request with { Source = new SourceDocument("x", "txt", [new SourceLine(1, "a"), new SourceLine(2, "b")]) }));
    }
}

public sealed class SqliteSourceTextTests() : SourceTextContract(new SqliteTestDatabase());

public sealed class PostgresSourceTextTests() : SourceTextContract(new PostgresTestDatabase()), INeedsPostgres;
