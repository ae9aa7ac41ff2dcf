using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static NghiQuyet.Web.Tests.Imports.ImportClient;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>
/// "Every page weighs under 200 KB without images": the corpus' reports (read from ../shared, never copied) imported
/// through the page, then every page of their review fetched and weighed; every source line is on exactly one page and
/// every target's link leads to the page that holds its line.
/// </summary>
public sealed partial class ReviewWeightTests(ImportAppFactory factory, ITestOutputHelper output) : IClassFixture<ImportAppFactory>
{
    private const int Limit = 200 * 1024;

    [GeneratedRegex("href=\"/Imports/[0-9a-f-]+\\?from=(\\d+)(?:#[^\"]*)?\"")]
    private static partial Regex PageLink();

    [GeneratedRegex("<li id=\"L(\\d+)\"")]
    private static partial Regex LineAnchor();

    [NghiQuyet.Testing.SharedDataTheory]
    [InlineData("muong-lam.txt")]
    [InlineData("bac-yen.txt")]
    [InlineData("phieng-pan-ocr.txt")]
    public async Task Every_page_of_a_reports_review_weighs_under_200_KB_and_holds_each_line_once(string report)
    {
        var bytes = await File.ReadAllBytesAsync(NghiQuyet.Testing.SharedData.File("corpus", report));
        var lineCount = System.Text.Encoding.UTF8.GetString(bytes).TrimEnd('\n', '\r').Split('\n').Length;
        var client = await factory.SignedInAsync("admin");
        var id = await ImportAsync(client, report, bytes);
        var url = $"/Imports/{id}";

        var first = await client.GetByteArrayAsync(url);
        var firstHtml = System.Text.Encoding.UTF8.GetString(first);
        var starts = PageLink().Matches(firstHtml).Select(m => int.Parse(m.Groups[1].Value)).Append(1).Distinct().Order().ToList();
        var pages = new Dictionary<int, string>();
        foreach (var from in starts)
        {
            var body = from == 1 ? first : await client.GetByteArrayAsync($"{url}?from={from}");
            output.WriteLine($"{report} ?from={from}: {body.Length:N0} bytes ({body.Length / 1024.0:0.0} KB)");
            Assert.True(body.Length < Limit, $"{report} ?from={from} weighs {body.Length:N0} bytes");
            pages[from] = System.Text.Encoding.UTF8.GetString(body);
            if (starts.Count > 1)
                Assert.Matches($"<a href=\"{url}\\?from={from}#h-src\" aria-current=\"page\">", pages[from]);
            if (from > 1)
                Assert.Contains($"<ol class=\"lines\" start=\"{from}\">", pages[from]);
        }

        var anchors = pages.SelectMany(p => LineAnchor().Matches(p.Value).Select(m => (Line: int.Parse(m.Groups[1].Value), Page: p.Key))).ToList();
        Assert.Equal(anchors.Count, anchors.Select(a => a.Line).Distinct().Count());
        Assert.True(anchors.Count >= lineCount - 5, $"{anchors.Count} lines shown of about {lineCount}");
        var pageOf = anchors.ToDictionary(a => a.Line, a => a.Page);

        var targets = Query(factory, db => db.Targets.Where(t => t.ResolutionId == id && t.Line > 0).Select(t => t.Line).ToList());
        Assert.NotEmpty(targets);
        Assert.True(starts.Count > 1, $"{report}: {lineCount} lines on one page");
        foreach (var line in targets)
        {
            var page = pageOf[line];
            var href = page == 1 ? $"#L{line}" : $"{url}?from={page}#L{line}";
            Assert.Contains($"<a href=\"{href}\">dòng {line}</a>", firstHtml);
            Assert.Matches($"<li id=\"L{line}\"[^>]* class=\"hit", pages[page]);
        }
    }
}
