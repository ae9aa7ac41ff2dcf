using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Tests.Text;

/// <summary>The kernel's one syllable parser: what the restorer and the encoding detector both rely on.</summary>
public class SyllableParserTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("hoá", "hóa")]
    [InlineData("uỷ", "ủy")]
    [InlineData("hòa", "hòa")]
    [InlineData("người", "người")]
    [InlineData("quốc", "quốc")]
    [InlineData("gì", "gì")]
    [InlineData("khuya", "khuya")]
    [InlineData("nghiêng", "nghiêng")]
    [InlineData("giếng", "giếng")]
    [InlineData("british", "british")]
    public void Canonical_puts_the_tone_where_most_of_the_corpus_does(string input, string expected) =>
        Assert.Equal(expected, VietnameseSyllable.Canonical(input));

    [Theory]
    [InlineData("được", true)]
    [InlineData("phiêng", true)]
    [InlineData("pằn", true)]
    [InlineData("giữ", true)]
    [InlineData("quyết", true)]
    [InlineData("khuỷu", true)]
    [InlineData("xoong", true)]
    [InlineData("đắk", true)]
    [InlineData("lắk", true)]
    [InlineData("ea", true)]
    [InlineData("giếng", true)] // g + iêng: "gi" + "êng" is no rhyme
    [InlineData("gì", true)]
    [InlineData("khuya", true)]
    [InlineData("nghiêng", true)]
    [InlineData("quốc", true)]
    [InlineData("british", false)]
    [InlineData("the", true)]
    [InlineData("cát", true)]
    [InlineData("càt", false)] // a stop coda takes only sắc or nặng
    [InlineData("ubnd", false)]
    [InlineData("hoàà", false)]
    public void IsSyllable_follows_the_phonotactics(string input, bool expected) =>
        Assert.Equal(expected, VietnameseSyllable.IsSyllable(input));

    [Fact]
    public void Inventory_is_generated_from_onsets_rhymes_and_tones_and_is_consistent_with_the_parser()
    {
        var inventory = VietnameseSyllable.Inventory().ToHashSet();
        // Common syllables of a report all belong to it.
        foreach (var s in "tỷ lệ hộ nghèo còn dưới đảng bộ lần thứ nhất phiêng pằn mường lầm chiềng khuyến nguyện quyền giữ gìn".Split(' '))
            Assert.Contains(s, inventory);
        Assert.InRange(inventory.Count, 10_000, 40_000);
        Assert.All(inventory.Take(5000), s => Assert.True(VietnameseSyllable.IsSyllable(s), s));
    }

    [Theory]
    [InlineData('ộ', 'o')]
    [InlineData('Đ', 'd')]
    [InlineData('ư', 'u')]
    [InlineData('x', 'x')]
    public void The_fold_removes_every_mark_one_letter_for_one(char input, char expected) =>
        Assert.Equal(expected, VietnameseFold.FoldChar(input));

    [Theory]
    [InlineData("Đắk Lắk")]
    [InlineData("Phiêng Pằn")]
    [InlineData("khuya")]
    [InlineData("nghiêng")]
    [InlineData("quốc")]
    [InlineData("gì")]
    [InlineData("Ea Súp")]
    public void The_official_spelling_of_unit_names_parses(string words) =>
        Assert.All(words.Split(' '), w => Assert.True(VietnameseSyllable.IsValid(w), w));
}
