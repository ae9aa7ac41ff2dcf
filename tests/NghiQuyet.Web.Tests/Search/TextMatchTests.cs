using System.Text;
using NghiQuyet.Web.Search;

namespace NghiQuyet.Web.Tests.Search;

public sealed class TextMatchTests
{
    [Theory]
    [InlineData("Tỷ lệ hộ nghèo theo chuẩn", "ho ngheo", "hộ nghèo")]
    [InlineData("Tỷ lệ HỘ NGHÈO", "Hộ nghèo", "HỘ NGHÈO")]
    [InlineData("Đường giao thông", "duong", "Đường")]
    [InlineData("hộ   nghèo  đa chiều", "ho ngheo", "hộ   nghèo")]
    [InlineData("Tỷ lệ che phủ rừng", "phu rung", "phủ rừng")]
    public void Marks_the_original_characters_of_a_tone_insensitive_hit(string text, string query, string marked)
    {
        var hit = TextMatch.Find(text, TextMatch.Query(query));
        Assert.NotNull(hit);
        Assert.Equal(marked, hit.Match);
        Assert.Equal(text, hit.Before + hit.Match + hit.After);
    }

    [Fact]
    public void Decomposed_text_keeps_its_combining_marks_inside_the_hit()
    {
        var text = "Giảm hộ nghèo".Normalize(NormalizationForm.FormD);
        var hit = TextMatch.Find(text, TextMatch.Query("ho ngheo"));
        Assert.NotNull(hit);
        Assert.Equal("hộ nghèo", hit.Match.Normalize(NormalizationForm.FormC));
        Assert.Equal("", hit.After);
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo", "ho ngheo x")]
    [InlineData("", "ho")]
    [InlineData("Tỷ lệ", "")]
    public void No_hit_where_the_query_is_absent_or_empty(string text, string query) =>
        Assert.Null(TextMatch.Find(text, TextMatch.Query(query)));
}
