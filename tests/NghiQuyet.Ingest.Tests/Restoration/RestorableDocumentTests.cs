using NghiQuyet.Core;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Tests.Restoration;

/// <summary>The one restoration path: what the extractor reads, and each line restored at most once, when asked.</summary>
public class RestorableDocumentTests
{
    private int _loads;

    private RestorableDocument Of(SourceDocument read) => RestorableDocument.Of(read, () =>
    {
        _loads++;
        return ToneRestorer.TryDefault();
    });

    [Fact]
    public void Text_without_table_rows_is_extracted_as_read_and_restored_only_when_shown()
    {
        var read = new SourceDocument("quet.txt", "txt",
        [
            new SourceLine(1, "BAO CAO CHINH TRI"),
            new SourceLine(2, "Ty 1€ ho nghéo giam con 8,5%; thu ngan sach dat 12,4 ty dong."),
        ]);
        var document = Of(read);

        Assert.True(document.MarksWereMissing);
        Assert.Same(read, document.ForExtraction);
        Assert.Equal(0, _loads);

        Assert.Equal("Tỷ lệ hộ nghèo", document.RestoreName("Ty 1€ ho nghéo"));
        var shown = document.Restored;
        Assert.Same(shown, document.Restored);
        Assert.Equal(1, _loads);
        Assert.Equal(("Tỷ lệ hộ nghèo giảm còn 8,5%; thu ngân sách đạt 12,4 tỷ đồng.", "Ty 1€ ho nghéo giam con 8,5%; thu ngan sach dat 12,4 ty dong."),
            (shown.Lines[1].Text, shown.Lines[1].Original));
    }

    [Fact]
    public void Table_rows_are_read_as_scanned_with_their_restored_cells()
    {
        var read = new SourceDocument("b.docx", "docx",
        [
            new SourceLine(1, "Ty le ho ngheo\t%\t8,5", ["Ty le ho ngheo", "%", "8,5"]),
            new SourceLine(2, "Tong thu ngan sach tren dia ban"),
        ]);
        var extracted = Of(read).ForExtraction;

        Assert.Equal(["Ty le ho ngheo\t%\t8,5", "Tong thu ngan sach tren dia ban"], extracted.Lines.Select(l => l.Text));
        Assert.Equal(["Tỷ lệ hộ nghèo", "%", "8,5"], extracted.Lines[0].Cells);
        Assert.All(extracted.Lines, l => Assert.Null(l.Original));
        Assert.Equal(1, _loads);
    }

    [Fact]
    public void A_line_ocr_already_restored_is_read_and_restored_from_its_ocr_text()
    {
        var ocr = "Ty 1€ ho nghéo giam con 8,5%; thu ngan sach dat 12,4 ty dong.";
        var read = new SourceDocument("quet.pdf", "ocr",
        [
            new SourceLine(1, "BAO CAO CHINH TRI"),
            new SourceLine(2, "Tỷ lệ hộ nghèo giam con 8,5%; thu ngan sach dat 12,4 ty dong.", Original: ocr),
            new SourceLine(3, "Dai hoi dai bieu Dang bo xa lan thu nhat nhiem ky 2025-2030."),
        ]);
        var document = Of(read);

        Assert.Equal(ocr, document.ForExtraction.Lines[1].Text);
        Assert.Null(document.ForExtraction.Lines[1].Original);
        var shown = document.Restored.Lines[1];
        Assert.Equal(("Tỷ lệ hộ nghèo giảm còn 8,5%; thu ngân sách đạt 12,4 tỷ đồng.", ocr), (shown.Text, shown.Original));
    }

    [Fact]
    public void A_restorer_that_cannot_be_loaded_leaves_the_text_as_read_with_its_message()
    {
        var read = new SourceDocument("quet.txt", "txt", [new SourceLine(1, "Ty le ho ngheo giam con 8,5% vao cuoi nhiem ky.")]);
        var document = RestorableDocument.Of(read, () => Result<ToneRestorer>.Fail("không có mô hình"));

        Assert.Equal("Ty le ho ngheo", document.RestoreName("Ty le ho ngheo"));
        Assert.Equal("không có mô hình", document.RestorerError);
        Assert.Equal(read.Lines, document.Restored.Lines);
        Assert.Equal(["không có mô hình"], document.Restored.Warnings);
    }
}
