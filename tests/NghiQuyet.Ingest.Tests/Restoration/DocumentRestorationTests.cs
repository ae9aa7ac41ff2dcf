using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Ingest.Restoration;
using NghiQuyet.Testing;

namespace NghiQuyet.Ingest.Tests.Restoration;

public class DocumentRestorationTests
{
    private static SourceDocument Document(params string[] lines) =>
        new("bao-cao.txt", "txt", lines.Select((l, i) => new SourceLine(i + 1, l)).ToList());

    [Fact]
    public void A_stripped_document_is_restored_and_keeps_its_ocr_text_as_original()
    {
        var source = Document("BAO CAO CHINH TRI", "", "Ty 1€ ho nghéo giam con 8,5%; thu ngan sach dat 12,4 ty dong.", "2025");
        var restored = DocumentRestoration.RestoreIfStripped(source);

        Assert.True(restored.MarksWereMissing);
        var lines = restored.Source.Lines;
        Assert.Equal(source.Lines.Count, lines.Count);
        Assert.Equal("BÁO CÁO CHÍNH TRỊ", lines[0].Text);
        Assert.Equal("Tỷ lệ hộ nghèo giảm còn 8,5%; thu ngân sách đạt 12,4 tỷ đồng.", lines[2].Text);
        Assert.Equal("Ty 1€ ho nghéo giam con 8,5%; thu ngan sach dat 12,4 ty dong.", lines[2].Original);
        Assert.Same(source.Lines[3], lines[3]);
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
    }

    [Fact]
    public void A_document_with_its_marks_is_left_alone()
    {
        var source = Document("BÁO CÁO CHÍNH TRỊ", "Tỷ lệ hộ nghèo giảm còn 8,5%.");
        var restored = DocumentRestoration.RestoreIfStripped(source);
        Assert.False(restored.MarksWereMissing);
        Assert.Same(source, restored.Source);
    }

    [Fact]
    public void Table_rows_are_restored_cell_by_cell()
    {
        var row = new SourceLine(1, "Ty le ho ngheo\t%\t8,5", ["Ty le ho ngheo", "%", "8,5"]);
        var source = new SourceDocument("b.docx", "docx", [row, new SourceLine(2, "Tong thu ngan sach tren dia ban")]);
        var restored = DocumentRestoration.RestoreIfStripped(source).Source.Lines[0];
        Assert.Equal(["Tỷ lệ hộ nghèo", "%", "8,5"], restored.Cells);
        Assert.Equal("Ty le ho ngheo\t%\t8,5", restored.Original);
    }

    /// <summary>The real OCR sample: indicator names and units must come out with their marks (not tuned on: a check).</summary>
    [SharedDataFact]
    public void The_ocr_sample_report_gets_its_indicator_names_and_units_back()
    {
        var bytes = File.ReadAllBytes(SharedData.File("corpus", "phieng-pan-ocr.txt"));
        var read = DocumentReader.Read("phieng-pan-ocr.txt", bytes);
        Assert.True(read.Success, read.Error);
        var restored = DocumentRestoration.RestoreIfStripped(read.Value);
        Assert.True(restored.MarksWereMissing);
        var text = string.Join('\n', restored.Source.Lines.Select(l => l.Text));
        Assert.Contains("tỷ lệ hộ nghèo", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tỷ đồng", text);
        Assert.Contains("Phiêng Pằn", text);
        Assert.All(restored.Source.Lines.Where(l => l.Original is not null), l => Assert.NotEqual(l.Original, l.Text));
        Assert.False(ToneMarkDetector.LooksStripped(restored.Source.Lines.Select(l => l.Text)));
    }
}
