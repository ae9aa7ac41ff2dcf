using System.Text;
using NghiQuyet.Core.Text;
using NghiQuyet.Testing;

namespace NghiQuyet.Core.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("văn hoá", "văn hóa")]
    [InlineData("sức khoẻ", "sức khỏe")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("VĂN HOÁ", "VĂN HÓA")]
    [InlineData("xoá đói", "xóa đói")]
    [InlineData("ma tuý", "ma túy")]
    [InlineData("hoà bình", "hòa bình")]
    public void Tone_goes_on_the_first_vowel_of_an_open_oa_oe_uy(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Theory]
    [InlineData("hoàn thành")]
    [InlineData("thuyết phục")]
    [InlineData("quý, quả, quỹ")]
    [InlineData("khuya")]
    [InlineData("ngoài")]
    [InlineData("hòa, khỏe, thủy")]
    [InlineData("toàn xã")]
    public void Other_tone_placements_are_left_alone(string text) =>
        Assert.Equal(text, VietnameseText.Normalize(text));

    [Fact]
    public void Decomposed_marks_are_composed()
    {
        var nfd = "Phát triển kinh tế - xã hội".Normalize(NormalizationForm.FormD);
        Assert.Equal("Phát triển kinh tế - xã hội", VietnameseText.Normalize(nfd));
    }

    [Fact]
    public void Odd_spaces_and_quotes_are_folded_but_curly_double_quotes_kept()
    {
        var input = "„Xã\u00A0nông\u2009thôn mới» và “An toàn về an ninh trật tự” ‚a‛\u200B";
        Assert.Equal("\"Xã nông thôn mới\" và “An toàn về an ninh trật tự” 'a'", VietnameseText.Normalize(input));
    }

    [Fact]
    public void Eth_left_by_converters_becomes_d_with_stroke() =>
        Assert.Equal("Đảng đoàn", VietnameseText.Normalize("\u00D0ảng \u00F0oàn"));

    [Fact]
    public void Newlines_and_their_count_are_kept()
    {
        var input = "một\u2028hai\r\n\nba\u000Bbốn\n";
        var output = VietnameseText.Normalize(input);
        Assert.Equal(input.Count(c => c == '\n'), output.Count(c => c == '\n'));
        Assert.Equal("một hai\r\n\nba bốn\n", output);
    }

    [Fact]
    public void Normalizing_is_idempotent_and_returns_clean_text_unchanged()
    {
        const string clean = "Tỷ lệ hộ nghèo giảm còn 3,5%; thu nhập bình quân đạt 65 triệu đồng/người/năm.";
        Assert.Same(clean, VietnameseText.Normalize(clean));
        var messy = "văn hoá\u00A0và thuỷ lợi".Normalize(NormalizationForm.FormD);
        var once = VietnameseText.Normalize(messy);
        Assert.Equal(once, VietnameseText.Normalize(once));
    }
}

public class VietnameseSyllableTests
{
    [Theory]
    [InlineData("nghiêng")]
    [InlineData("quốc")]
    [InlineData("giữa")]
    [InlineData("gìn")]
    [InlineData("được")]
    [InlineData("khuya")]
    [InlineData("thuyền")]
    [InlineData("Đảng")]
    [InlineData("tỷ")]
    [InlineData("hòa")]
    [InlineData("hoá")]
    public void Accepts_real_syllables(string word) => Assert.True(VietnameseSyllable.IsValid(word));

    [Theory]
    [InlineData("Ph¸t")]
    [InlineData("triÓn")]
    [InlineData("Vieät")]
    [InlineData("tât")] // a stop ending needs sắc or nặng
    [InlineData("ă")] // ă needs a final consonant
    [InlineData("qu")]
    [InlineData("xyz")]
    [InlineData("hoáà")]
    public void Rejects_non_syllables(string word) => Assert.False(VietnameseSyllable.IsValid(word));

    [Fact]
    public void Score_prefers_the_right_decoding()
    {
        var right = VietnameseSyllable.Score("Phát triển kinh tế - xã hội nhanh và bền vững");
        var wrong = VietnameseSyllable.Score("Ph¸t triÓn kinh tÕ - x· héi nhanh vµ bÒn v÷ng");
        Assert.Equal(1.0, right, 3);
        Assert.True(wrong < 0.6, $"wrong decoding scored {wrong}");
    }

    [SharedDataFact]
    public void Almost_every_word_of_real_tone_marked_text_is_a_valid_syllable()
    {
        // Resolutions text of 2025: what fails is abbreviations (UBND, HĐND), initials and loan words.
        var text = VietnameseText.Normalize(File.ReadAllText(SharedData.File("data", "vi-corpus", "resolutions_2025.txt")));
        var score = VietnameseSyllable.Score(text);
        Assert.True(score > 0.97, $"score {score:P2}");
    }

    [SharedDataFact]
    public void Ocr_text_without_tone_marks_scores_low()
    {
        var score = VietnameseSyllable.Score(File.ReadAllText(SharedData.File("corpus", "phieng-pan-ocr.txt")));
        Assert.True(score < 0.8, $"score {score:P2}");
    }
}
