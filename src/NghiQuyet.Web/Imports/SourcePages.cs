using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Imports;

/// <summary>
/// A long document's lines cut into pages for the review page, which must stay under 200 KB whatever the report's
/// length. A page ends after <c>maxLines</c> lines or once its lines' estimated HTML weight passes <c>maxBytes</c>
/// (the default encoder writes each Vietnamese letter outside Latin-1 as an 8-byte <c>&amp;#x1EA1;</c> reference, and a
/// restored OCR line carries its original in <c>title</c> too), so a page of long lines is simply shorter.
/// A page is named by the number of its first line (<c>?from=N</c>) so links stay valid while the cut rule is tuned.
/// </summary>
public sealed class SourcePages
{
    public const int DefaultLines = 300;
    public const int DefaultBytes = 90_000;
    private const int LineMarkup = 40;

    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly List<(int Start, int End)> _pages = [];
    private readonly Dictionary<int, int> _pageOfLine = [];

    private SourcePages(IReadOnlyList<SourceLine> lines, int maxLines, int maxBytes)
    {
        _lines = lines;
        var start = 0;
        var weight = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var w = Weight(lines[i]);
            if (i > start && (i - start >= maxLines || weight + w > maxBytes))
            {
                _pages.Add((start, i));
                (start, weight) = (i, 0);
            }
            weight += w;
            _pageOfLine[lines[i].Number] = _pages.Count;
        }
        if (lines.Count > 0)
            _pages.Add((start, lines.Count));
    }

    public static SourcePages Of(IReadOnlyList<SourceLine> lines, int maxLines = DefaultLines, int maxBytes = DefaultBytes) =>
        new(lines, Math.Max(1, maxLines), maxBytes);

    public int Count => _pages.Count;

    /// <summary>The number of the page's first line: its name in <c>?from=</c>.</summary>
    public int FirstLine(int page) => _lines[_pages[page].Start].Number;

    public int LastLine(int page) => _lines[_pages[page].End - 1].Number;

    /// <summary>The page's lines (none for an empty document).</summary>
    public IEnumerable<SourceLine> Lines(int page)
    {
        if (_pages.Count == 0)
            yield break;
        var (start, end) = _pages[page];
        for (var i = start; i < end; i++)
            yield return _lines[i];
    }

    /// <summary>The page holding the line numbered <paramref name="line"/>, or null (a hand-added target's line 0).</summary>
    public int? PageOf(int line) => _pageOfLine.TryGetValue(line, out var page) ? page : null;

    /// <summary>The page a <c>?from=</c> asks for: the one holding that line, else the first.</summary>
    public int Select(int? from) => from is { } f && PageOf(f) is { } page ? page : 0;

    private static int Weight(SourceLine line) => LineMarkup + Encoded(line.Text) + (line.Original is { } o ? Encoded(o) + 10 : 0);

    private static int Encoded(string text)
    {
        var n = 0;
        foreach (var c in text)
            n += c < 0x80 ? 1 : 8;
        return n;
    }
}
