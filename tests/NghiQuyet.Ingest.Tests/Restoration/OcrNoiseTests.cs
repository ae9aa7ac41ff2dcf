using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Tests.Restoration;

public class OcrNoiseTests
{
    private const string Clean = "Đảng bộ xã Mường Lầm lãnh đạo thực hiện đạt và vượt 18/20 chỉ tiêu nhiệm kỳ 2020 - 2025.";

    [Fact]
    public void StripMarks_removes_every_mark_and_keeps_everything_else() =>
        Assert.Equal("Dang bo xa Muong Lam lanh dao thuc hien dat va vuot 18/20 chi tieu nhiem ky 2020 - 2025.", VietnameseFold.StripMarks(Clean));

    [Fact]
    public void Degrade_is_deterministic_for_a_seed_and_keeps_words_and_numbers()
    {
        var a = new OcrNoise(5).Degrade(Clean);
        var b = new OcrNoise(5).Degrade(Clean);
        Assert.Equal(a, b);
        Assert.Equal(Clean.Split(' ').Length, a.Split(' ').Length);
        Assert.Contains("2020 - 2025.", a);
        Assert.True(ToneMarkDetector.LooksStripped([a]));
    }
}
