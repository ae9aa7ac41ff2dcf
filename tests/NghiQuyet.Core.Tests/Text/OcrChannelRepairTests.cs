using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Tests.Text;

/// <summary>The learned channel and the syllable grammar undo OCR damage; the words here are written for the test.</summary>
public class OcrChannelRepairTests
{
    [Theory]
    [InlineData("s6", "so")]       // ố read as 6
    [InlineData("1a", "la")]       // l read as 1
    [InlineData("x4", "xa")]       // ã read as 4
    [InlineData("lwong", "luong")] // ư read as w
    [InlineData("dugc", "duoc")]   // ơ read as g
    [InlineData("ciia", "cua")]    // ủ read as ii
    [InlineData("chirc", "chuc")]  // ứ read as ir
    [InlineData("qudc", "quoc")]   // ố read as d
    [InlineData("pang", "dang")]   // Đ read as P
    [InlineData("nudc", "nuoc")]   // ớ read as d
    [InlineData("d6eng", "dong")]  // ồ read as 6 + é
    [InlineData("ting", "tung")]   // "ing" is no Vietnamese rhyme; the channel reads i for u (4 %) more than for ă (0.5 %)
    [InlineData("nhirng", "nhung")] // ữ read as ir
    public void Repairs_damaged_syllables(string damaged, string repaired) =>
        Assert.Equal(repaired, OcrChannel.Shipped.RepairFolded(damaged));

    [Theory]
    [InlineData("tinh")]
    [InlineData("nghieng")]
    [InlineData("gdp")]
    [InlineData("htx")]
    [InlineData("m2")]
    [InlineData("2030")]
    [InlineData("phieng")]
    public void Leaves_sound_words_numbers_and_abbreviations(string word) =>
        Assert.Equal(word, OcrChannel.Shipped.RepairFolded(word));

    [Theory]
    [InlineData("Thyc hién", "Thực hiện")]
    [InlineData("Pon vi tinh", "Đơn vị tính")]
    [InlineData("Ghi cht", "Ghi chú", false)]
    [InlineData("Muc tiéu", "Mục tiêu")]
    [InlineData("Ty 1é", "Tỷ lệ")]
    public void Skeletons_match_across_lookalikes(string ocr, string clean, bool same = true) =>
        Assert.Equal(same, OcrChannel.Same(ocr, clean));

    [Fact]
    public void The_shipped_table_is_what_train_lm_writes_for_the_channel_it_holds()
    {
        using var stream = typeof(OcrChannel).Assembly.GetManifestResourceStream("NghiQuyet.Core.Text.Model.ocr-channel.tsv");
        Assert.NotNull(stream);
        var shipped = new StreamReader(stream).ReadToEnd();
        var written = new StringWriter();
        OcrChannel.Shipped.WriteTable(written);
        Assert.Equal(shipped, written.ToString());
        Assert.True(OcrChannel.Shipped.EntryCount > 500, $"{OcrChannel.Shipped.EntryCount} entries");
    }
}
