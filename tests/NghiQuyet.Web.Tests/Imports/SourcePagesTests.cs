using System.Net;
using NghiQuyet.Core.Text;
using NghiQuyet.Web.Imports;
using static NghiQuyet.Web.Tests.Imports.ImportClient;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>How the review page cuts a document into pages, and what an odd <c>?from=</c> gets.</summary>
public sealed class SourcePagesTests(ImportAppFactory factory) : IClassFixture<ImportAppFactory>
{
    private static List<SourceLine> Lines(int count, string text = "Chỉ tiêu", int startAt = 1) =>
        Enumerable.Range(startAt, count).Select(n => new SourceLine(n, $"{text} {n}", null, null)).ToList();

    [Fact]
    public void Pages_hold_at_most_the_line_count_and_every_line_once()
    {
        var pages = SourcePages.Of(Lines(650), maxLines: 300);
        Assert.Equal(3, pages.Count);
        Assert.Equal([1, 301, 601], Enumerable.Range(0, pages.Count).Select(pages.FirstLine));
        Assert.Equal(650, pages.LastLine(2));
        Assert.Equal(Enumerable.Range(1, 650), Enumerable.Range(0, pages.Count).SelectMany(pages.Lines).Select(l => l.Number));
        Assert.Equal((1, 2, null), (pages.PageOf(301), pages.PageOf(650), pages.PageOf(0)));
    }

    [Fact]
    public void Heavy_lines_make_shorter_pages_and_a_restored_lines_original_counts_too()
    {
        var plain = SourcePages.Of(Lines(100, "Tỷ lệ hộ nghèo giảm bình quân mỗi năm"), maxLines: 300, maxBytes: 5_000);
        Assert.True(plain.Count > 1);
        var restored = SourcePages.Of(Lines(100, "Tỷ lệ hộ nghèo giảm bình quân mỗi năm").Select(l => l with { Original = "Ty le ho ngheo giam binh quan moi nam" }).ToList(), maxLines: 300, maxBytes: 5_000);
        Assert.True(restored.Count > plain.Count);
        // A single line heavier than the budget still gets a page of its own rather than being lost.
        var huge = SourcePages.Of([new SourceLine(1, new string('ạ', 2_000), null, null), new SourceLine(2, "x", null, null)], maxBytes: 1_000);
        Assert.Equal((2, 1, 2), (huge.Count, huge.FirstLine(0), huge.FirstLine(1)));
    }

    [Fact]
    public void From_picks_the_page_holding_that_line_and_anything_else_the_first()
    {
        var pages = SourcePages.Of(Lines(20, startAt: 5), maxLines: 10);
        Assert.Equal((0, 1, 1, 0, 0), (pages.Select(null), pages.Select(15), pages.Select(24), pages.Select(3), pages.Select(999)));
        Assert.Equal(0, SourcePages.Of([]).Count);
        Assert.Empty(SourcePages.Of([]).Lines(0));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("999999")]
    [InlineData("99999999999999")]
    public async Task An_odd_from_shows_the_first_page_not_an_error(string from)
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var id = await ImportAsync(client, "bao-cao.txt", ReportFixtures.Text(TestData.OwnCommune, $" from {from}"));
        var response = await client.GetAsync($"/Imports/{id}?from={from}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<li id=\"L1\">", await HtmlAsync(response));
    }
}
