using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Tests.Restoration;

/// <summary>The shipped model on sentences written for these tests in the style of a commune report.</summary>
public class ToneRestorerTests
{
    private static readonly ToneRestorer Restorer = ToneRestorer.Default;

    [Theory]
    [InlineData("Ty le ho ngheo giam con 8,5%.", "Tỷ lệ hộ nghèo giảm còn 8,5%.")]
    [InlineData("Dang bo xa lanh dao thuc hien dat va vuot cac chi tieu.", "Đảng bộ xã lãnh đạo thực hiện đạt và vượt các chỉ tiêu.")]
    [InlineData("Tong thu ngan sach nha nuoc tren dia ban dat 12,4 ty dong.", "Tổng thu ngân sách nhà nước trên địa bàn đạt 12,4 tỷ đồng.")]
    [InlineData("DAI HOI DAI BIEU DANG BO XA LAN THU NHAT", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẦN THỨ NHẤT")]
    public void Restores_stripped_report_sentences(string input, string expected) =>
        Assert.Equal(expected, Restorer.Restore(input));

    [Theory]
    [InlineData("Ty 1€ ho nghéo con dudi 20%", "Tỷ lệ hộ nghèo còn dưới 20%")]
    [InlineData("Pang bo xa 1an thir nhat", "Đảng bộ xã lần thứ nhất")]
    [InlineData("tiép tuc d6i moi phuong thirc 1anh dao", "tiếp tục đổi mới phương thức lãnh đạo")]
    public void Restores_ocr_damage(string input, string expected) =>
        Assert.Equal(expected, Restorer.Restore(input));

    /// <summary>What Tesseract's English model does to print (measured on pages typeset by scripts/ocr): é kept for
    /// ê, 6 for ô, 4 for ã, "1a" for là, c read as e, a mark put on the e of "khoẻ".</summary>
    [Theory]
    [InlineData("Pang b6 x4 tiép tuc lanh dao phat trién kinh té - x4 hdi", "Đảng bộ xã tiếp tục lãnh đạo phát triển kinh tế - xã hội")]
    [InlineData("chat lugng cham séc sirc khoé nhan dan dugc nang 1én", "chất lượng chăm sóc sức khoẻ nhân dân được nâng lên")]
    [InlineData("nhiém vu trong tam 1a phat trién nong nghiép hang héa", "nhiệm vụ trọng tâm là phát triển nông nghiệp hàng hóa")]
    public void Restores_what_tesseract_reads_from_print(string input, string expected) =>
        Assert.Equal(expected, Restorer.Restore(input));

    [Theory]
    [InlineData("khoé", "khỏe", "khoẻ")]
    [InlineData("hoà", "hòa", "hoà")]
    [InlineData("hoa", "hòa", "hòa")]
    [InlineData("thuý", "thủy", "thuỷ")]
    [InlineData("tién", "tiến", "tiến")]
    public void Keeps_the_mark_where_the_ocr_put_it(string observed, string restored, string expected) =>
        Assert.Equal(expected, ToneRestorer.KeepMarkPosition(observed, restored));

    [Fact]
    public void Keeps_lines_paragraphs_numbers_and_punctuation()
    {
        const string input = "Nhiem ky 2020 - 2025, xa da hoan thanh\n18/20 chi tieu (dat 90%).\n\nII. NHIEM VU\n\r\nGiai doan toi tiep tuc phat trien.";
        var output = Restorer.Restore(input);
        Assert.Equal(input.Split('\n').Length, output.Split('\n').Length);
        Assert.Equal(["", "\r"], output.Split('\n').Where(l => l.Trim().Length == 0).ToArray());
        Assert.StartsWith("Nhiệm kỳ 2020 - 2025, xã đã hoàn thành\n18/20 chỉ tiêu (đạt 90%).", output);
        Assert.Contains("II. NHIỆM VỤ", output);
    }

    [Fact]
    public void Leaves_correct_text_untouched_even_when_unusual()
    {
        // Old-style tone placement, not NFC, and a word the model would not choose: all stay byte for byte.
        var input = "Hoà bình, thuỷ lợi và các chỉ tiêu đều đạt.\n\nCăn cứ Nghị quyết số 60-NQ/TW.".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(input, Restorer.Restore(input));
    }

    [Theory]
    [InlineData("The quick brown fox jumps over the lazy dog near the river bank.")]
    [InlineData("UBND HĐND KT-XH GRDP 2025")]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Leaves_non_vietnamese_text_untouched(string input) =>
        Assert.Equal(input, Restorer.Restore(input));

    [Fact]
    public void Survives_a_huge_single_line()
    {
        var line = string.Concat(Enumerable.Repeat("ty le ho ngheo giam nhanh ", 20_000));
        var output = Restorer.Restore(line);
        Assert.Equal(line.Length, output.Length);
        Assert.StartsWith("tỷ lệ hộ nghèo giảm nhanh", output);
    }

    [Fact]
    public void Restoring_is_idempotent()
    {
        var once = Restorer.Restore("Nang cao chat luong hoat dong cua he thong chinh tri co so.");
        Assert.Equal(once, Restorer.Restore(once));
    }
}
