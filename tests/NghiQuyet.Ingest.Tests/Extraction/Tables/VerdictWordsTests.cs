using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Tables;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

public class VerdictWordsTests
{
    [Theory]
    [InlineData("Vượt", PrintedVerdict.Exceeded)]
    [InlineData("Vượt chỉ tiêu", PrintedVerdict.Exceeded)]
    [InlineData("Hoàn thành vượt mức", PrintedVerdict.Exceeded)]
    [InlineData("Đạt", PrintedVerdict.Met)]
    [InlineData("Hoàn thành", PrintedVerdict.Met)]
    [InlineData("Không đạt", PrintedVerdict.NotMet)]
    [InlineData("K đạt", PrintedVerdict.NotMet)]
    [InlineData("K.đạt", PrintedVerdict.NotMet)]
    [InlineData("Chưa đạt", PrintedVerdict.NotMet)]
    [InlineData("Chưa hoàn thành", PrintedVerdict.NotMet)]
    [InlineData("vuot", PrintedVerdict.Exceeded)]
    [InlineData("dat", PrintedVerdict.Met)]
    [InlineData("Khong dat", PrintedVerdict.NotMet)]
    public void Reads_verdicts_as_printed(string cell, PrintedVerdict expected) => Assert.Equal(expected, VerdictWords.Whole(cell));

    [Theory]
    [InlineData("đất")]
    [InlineData("Vượt lũ")]
    [InlineData("")]
    [InlineData("95")]
    public void Other_words_are_no_verdict(string cell) => Assert.Null(VerdictWords.Whole(cell));
}
