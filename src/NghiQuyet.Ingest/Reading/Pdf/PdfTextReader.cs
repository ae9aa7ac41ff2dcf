using System.Text;
using NghiQuyet.Core;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NghiQuyet.Ingest.Reading.Pdf;

/// <summary>
/// A PDF's text layer → lines, page after page. Words are grouped into lines by their baseline and ordered left to
/// right. A line with two or more wide gaps (more than <see cref="CellGapEm"/> of the font size) is taken for a table row
/// and keeps its pieces as cells; other lines are joined with single spaces. Returns no lines when the PDF has no
/// text at all (a scan), which the caller turns into "needs OCR".
/// </summary>
internal static class PdfTextReader
{
    private const double CellGapEm = 1.2;
    private const double SameLineEm = 0.5;

    /// <summary>The text layer's lines (empty when there is none) and whether any page holds an image (a scan).</summary>
    public static (List<RawLine> Lines, bool HasImages) Read(byte[] bytes, IProgress<string>? progress)
    {
        var lines = new List<RawLine>();
        var anyText = false;
        var anyImage = false;
        using var document = PdfDocument.Open(bytes);
        var pageCount = document.NumberOfPages;
        for (var number = 1; number <= pageCount; number++)
        {
            var page = document.GetPage(number);
            var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            anyText |= words.Count > 0;
            if (words.Count == 0)
                anyImage |= page.GetImages().Any();
            foreach (var line in GroupLines(words))
                lines.Add(ToRawLine(line));
            progress?.Report(string.Format(Messages.PdfPageProgress, number, pageCount));
        }
        return (anyText ? lines : [], anyImage);
    }

    /// <summary>
    /// Whether the file parses without PdfPig's lenient repairs. A damaged file read leniently often shows empty pages;
    /// it must not be sent to OCR as if it were a scan.
    /// </summary>
    public static bool ParsesStrictly(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false });
            for (var number = 1; number <= document.NumberOfPages; number++)
                _ = document.GetPage(number).Letters.Count;
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static double Baseline(Word w) => w.Letters.Count > 0 ? w.Letters[0].StartBaseLine.Y : w.BoundingBox.Bottom;

    private static double Size(Word w)
    {
        var size = w.Letters.Count > 0 ? w.Letters[0].PointSize : 0;
        return size > 0 ? size : Math.Max(1, w.BoundingBox.Height);
    }

    private static IEnumerable<List<Word>> GroupLines(List<Word> words)
    {
        // PDF y grows upwards: a page reads from the highest baseline down.
        var ordered = words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        var currentBaseline = double.NaN;
        foreach (var word in ordered)
        {
            var baseline = Baseline(word);
            if (current.Count > 0 && Math.Abs(baseline - currentBaseline) > SameLineEm * Size(word))
            {
                yield return current;
                current = [];
            }
            if (current.Count == 0)
                currentBaseline = baseline;
            current.Add(word);
        }
        if (current.Count > 0)
            yield return current;
    }

    private static RawLine ToRawLine(List<Word> line)
    {
        line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var segments = new List<StringBuilder> { new(line[0].Text) };
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right;
            if (gap > CellGapEm * Size(line[i]))
                segments.Add(new StringBuilder(line[i].Text));
            else
                segments[^1].Append(' ').Append(line[i].Text);
        }
        var pieces = segments.Select(s => s.ToString()).ToList();
        return pieces.Count >= 3
            ? new RawLine(string.Join('\t', pieces), pieces)
            : new RawLine(string.Join(' ', pieces));
    }
}
