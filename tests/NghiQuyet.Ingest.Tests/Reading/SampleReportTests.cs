using System.Text;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Testing;

namespace NghiQuyet.Ingest.Tests.Reading;

public class SampleReportTests
{
    [SharedDataTheory]
    [InlineData("muong-lam.txt")]
    [InlineData("bac-yen.txt")]
    [InlineData("phieng-pan-ocr.txt")]
    public void Sample_reports_keep_their_line_numbers_and_come_out_nfc(string file)
    {
        var bytes = File.ReadAllBytes(SharedData.File("corpus", file));
        var raw = Encoding.UTF8.GetString(bytes).Split('\n');
        var result = DocumentReader.Read(file, bytes);
        Assert.True(result.Success, result.Error);
        var doc = result.Value;
        Assert.Equal("UTF-8", doc.Encoding);
        Assert.Equal(raw.Length, doc.Lines.Count);
        for (var i = 0; i < raw.Length; i++)
        {
            var line = doc.Lines[i];
            Assert.Equal(i + 1, line.Number);
            Assert.True(line.Text.IsNormalized(NormalizationForm.FormC), $"line {line.Number} is not NFC");
            Assert.DoesNotContain('\u00A0', line.Text);
            // Same words on the same line: only marks, spaces and tone placement may differ.
            Assert.Equal(VietnameseFold.Fold(raw[i]), VietnameseFold.Fold(line.Text));
        }
    }
}
