using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Tests.Text;

public sealed class LetterRunsTests
{
    private static List<string> Runs(string text)
    {
        var runs = new List<string>();
        foreach (var run in new LetterRuns(text))
            runs.Add(text[run]);
        return runs;
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("  12,5% ", "")]
    [InlineData("Tỷ lệ hộ nghèo", "Tỷ|lệ|hộ|nghèo")]
    [InlineData("(1) Thu nhập: 45,5 triệu/người.", "Thu|nhập|triệu|người")]
    [InlineData("Ty 1€ ho ngh\u00e9o", "Ty|ho|ngh\u00e9o")]
    public void A_word_is_a_run_of_letters(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|').ToList(), Runs(text));
}
