using System.Text;
using NghiQuyet.Ingest.Reading;

namespace NghiQuyet.Ingest.Tests.Reading;

public class EncodingDetectionTests
{
    private static string Joined(string[] lines) => string.Join("\n", lines);

    private static void AssertReads(byte[] bytes, string expectedEncoding, string[] expectedLines)
    {
        // A misleading name on purpose: the format and encoding come from the bytes.
        var result = DocumentReader.Read("bao-cao.docx", bytes);
        Assert.True(result.Success, result.Error);
        Assert.Equal("txt", result.Value.Format);
        Assert.Equal(expectedEncoding, result.Value.Encoding);
        Assert.Equal(expectedLines, result.Value.Lines.Select(l => l.Text).ToArray());
        Assert.Equal(Enumerable.Range(1, expectedLines.Length), result.Value.Lines.Select(l => l.Number));
    }

    [Fact]
    public void Tcvn3_bytes_are_detected_and_converted()
    {
        var lines = LegacyEncoders.LowerCaseLines;
        AssertReads(LegacyEncoders.EncodeTcvn3(Joined(lines)), "TCVN3", lines);
    }

    [Fact]
    public void Vni_bytes_are_detected_and_converted()
    {
        var lines = LegacyEncoders.AllLines;
        AssertReads(LegacyEncoders.EncodeVni(Joined(lines)), "VNI", lines);
    }

    [Fact]
    public void Windows1258_bytes_are_detected_and_composed_to_nfc()
    {
        var lines = LegacyEncoders.AllLines;
        AssertReads(LegacyEncoders.EncodeWindows1258(Joined(lines)), "Windows-1258", lines);
    }

    [Fact]
    public void Known_tcvn3_and_vni_spellings_decode_to_the_national_motto()
    {
        // How these encodings look in a Western font, as seen in old government files.
        var tcvn3 = Encoding.Latin1.GetBytes("Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nNhµ n­íc");
        var vni = Encoding.Latin1.GetBytes("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nNhaø nöôùc");
        string[] expected = ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc", "Nhà nước"];
        AssertReads(tcvn3, "TCVN3", expected);
        AssertReads(vni, "VNI", expected);
    }

    [Fact]
    public void Tcvn3_headings_typed_in_the_capital_font_come_out_in_capitals()
    {
        // In .VnTimeH the capitals "Á", "Í", "Ị" sit on the bytes of "á", "í", "ị".
        var bytes = Encoding.Latin1.GetBytes("B¸O C¸O CHÝNH TRÞ\nVµ ®¶ng bé x· M\u00ADêng LÇm\n§¶ng bé");
        AssertReads(bytes, "TCVN3", ["BÁO CÁO CHÍNH TRỊ", "Và đảng bộ xã Mường Lầm", "Đảng bộ"]);
    }

    [Fact]
    public void Tcvn3_typed_in_a_western_font_and_saved_as_utf8_is_repaired()
    {
        var lines = LegacyEncoders.LowerCaseLines;
        var asShown = Encoding.Latin1.GetString(LegacyEncoders.EncodeTcvn3(Joined(lines)));
        AssertReads(Encoding.UTF8.GetBytes(asShown), "TCVN3", lines);
    }

    [Fact]
    public void Vni_typed_in_a_western_font_and_saved_as_utf8_is_repaired()
    {
        var lines = LegacyEncoders.AllLines;
        var asShown = Encoding.Latin1.GetString(LegacyEncoders.EncodeVni(Joined(lines)));
        AssertReads(Encoding.UTF8.GetBytes(asShown), "VNI", lines);
    }

    [Fact]
    public void Utf8_read_as_windows1252_and_saved_again_is_repaired()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lines = LegacyEncoders.AllLines;
        var mojibake = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(Joined(lines)));
        Assert.Contains("PhÃ", Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes("Phát")));
        var result = DocumentReader.Read("x.txt", Encoding.UTF8.GetBytes(mojibake));
        Assert.True(result.Success, result.Error);
        Assert.Equal("UTF-8 (double-encoded)", result.Value.Encoding);
        Assert.Equal(lines, result.Value.Lines.Select(l => l.Text));
        Assert.Single(result.Value.Warnings);
    }

    [Fact]
    public void Utf8_without_bom_decomposed_input_comes_out_nfc()
    {
        var lines = LegacyEncoders.AllLines;
        var nfd = Joined(lines).Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Joined(lines), nfd);
        AssertReads(new UTF8Encoding(false).GetBytes(nfd), "UTF-8", lines);
    }

    [Fact]
    public void Utf8_with_a_damaged_byte_stays_utf8_with_a_warning()
    {
        var lines = LegacyEncoders.AllLines;
        var bytes = Encoding.UTF8.GetBytes(Joined(lines));
        var second = Array.IndexOf(bytes, (byte)'\n') + 1;
        bytes[second] = 0xFF; // first byte of line 2 ("Tỷ lệ …")
        var result = DocumentReader.Read("x.txt", bytes);
        Assert.True(result.Success, result.Error);
        Assert.Equal("UTF-8 (damaged bytes)", result.Value.Encoding);
        Assert.Equal(lines[0], result.Value.Lines[0].Text);
        Assert.Equal("\uFFFD" + lines[1][1..], result.Value.Lines[1].Text);
        Assert.Contains("dòng 2", Assert.Single(result.Value.Warnings));
    }

    [Fact]
    public void Utf8_with_bom()
    {
        var lines = LegacyEncoders.AllLines;
        AssertReads([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Joined(lines))], "UTF-8 (BOM)", lines);
    }

    [Fact]
    public void Utf16_little_and_big_endian_with_bom()
    {
        var lines = LegacyEncoders.AllLines;
        AssertReads([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Joined(lines))], "UTF-16LE", lines);
        AssertReads([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Joined(lines))], "UTF-16BE", lines);
    }

    [Fact]
    public void Utf16_little_endian_without_bom()
    {
        var lines = LegacyEncoders.AllLines;
        AssertReads(Encoding.Unicode.GetBytes(Joined(lines)), "UTF-16LE", lines);
    }

    [Fact]
    public void Plain_ascii_is_utf8()
    {
        AssertReads("Chi tieu 1: 100%\nChi tieu 2"u8.ToArray(), "UTF-8", ["Chi tieu 1: 100%", "Chi tieu 2"]);
    }

    [Fact]
    public void Line_numbers_follow_newlines_exactly()
    {
        // CRLF and LF mixed, blank lines, a trailing newline (an empty last line, as split on '\n' counts it),
        // a no-break space inside a line and trailing spaces.
        var text = "Dòng 1\r\n\r\nDòng\u00A03   \nDòng 4\n";
        AssertReads(Encoding.UTF8.GetBytes(text), "UTF-8", ["Dòng 1", "", "Dòng 3", "Dòng 4", ""]);
    }

    [Fact]
    public void A_line_separator_character_does_not_add_a_line()
    {
        var text = "Một\u2028hai\nba";
        AssertReads(Encoding.UTF8.GetBytes(text), "UTF-8", ["Một hai", "ba"]);
    }
}
