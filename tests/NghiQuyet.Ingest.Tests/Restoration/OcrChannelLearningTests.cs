using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Tests.Restoration;

public class OcrChannelLearningTests
{
    private static readonly string[] Sentences =
    [
        "Đảng bộ xã lãnh đạo thực hiện thắng lợi các chỉ tiêu phát triển kinh tế xã hội",
        "Tỷ lệ hộ nghèo giảm bình quân hằng năm trên bốn phần trăm theo chuẩn mới",
        "Tổng sản phẩm trên địa bàn tăng trưởng ổn định, đời sống người dân được cải thiện",
        "Tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với hệ thống chính trị ở cơ sở",
    ];

    private static OcrChannel LearnFromDegradedFixtures()
    {
        var noise = new OcrNoise(3) { GlyphRate = 0.3 };
        var pairs = new List<(string, string)>();
        for (var round = 0; round < 200; round++)
            foreach (var s in Sentences)
            {
                var noisy = noise.Degrade(s);
                var clean = s.Split(' ');
                var observed = noisy.Split(' ');
                for (var i = 0; i < clean.Length; i++)
                    pairs.Add((clean[i].Trim(',').ToLowerInvariant(), observed[i].Trim(',').ToLowerInvariant()));
            }
        return OcrChannel.Learn(pairs);
    }

    [Fact]
    public void Learned_channel_prefers_the_confusions_it_saw()
    {
        var channel = LearnFromDegradedFixtures();
        // "ổ"/"ộ" often became "6" in the degraded pairs, never "x".
        Assert.True(channel.Log10('ộ', "6") > channel.Log10('ộ', "x") + 1);
        Assert.True(channel.Log10('ư', "ir") > channel.Log10('ư', "xy") + 1);
        Assert.True(channel.Score("d6i", "đổi") > channel.Score("d6i", "dai"));
        Assert.True(channel.Score("duoc", "được") > channel.Score("duoc", "đuốt"));
    }

    [Fact]
    public void Readings_recover_the_plain_spelling_of_a_damaged_word()
    {
        var channel = LearnFromDegradedFixtures();
        Assert.Contains("doi", channel.Readings("d6i"));
        Assert.Contains("thu", channel.Readings("thir"));
        Assert.Contains("la", channel.Readings("1a"));
    }

    [Fact]
    public void Untrained_channel_keeps_letters_and_drops_marks_cheaply()
    {
        var channel = new OcrChannel();
        Assert.True(channel.Score("nam", "năm") > channel.Score("nam", "nem"));
        Assert.Equal(0, channel.EntryCount);
    }
}
