using System.Globalization;
using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>
/// Clean lines and what real Tesseract (English model) read from them when they were printed, as written by
/// <c>scripts/ocr/make_pairs.py</c>: one pair per row, <c>clean TAB ocr TAB settings</c>. The channel learns from the
/// training pairs; the held-out pairs measure restoration of real OCR.
/// </summary>
public sealed record OcrLinePair(string Clean, string Ocr, string Settings)
{
    /// <summary>The pairs of a .tsv file, or of every .tsv file under a directory (ordinal order).</summary>
    public static IEnumerable<OcrLinePair> Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [path];
        foreach (var file in files)
            foreach (var row in File.ReadLines(file, Encoding.UTF8))
            {
                if (row.Length == 0 || row[0] == '#')
                    continue;
                var fields = row.Split('\t');
                if (fields.Length < 2)
                    continue;
                yield return new OcrLinePair(Core.Text.UnicodeForms.FormC(fields[0]), Core.Text.UnicodeForms.FormC(fields[1]), fields.Length > 2 ? fields[2] : "");
            }
    }

    /// <summary>
    /// (clean syllable, observed word) pairs, both lower case, of a line pair whose word tokens correspond one to one
    /// (Tesseract keeps word boundaries on most printed lines; the others are skipped rather than guessed).
    /// </summary>
    public IEnumerable<(string Clean, string Observed)> SyllablePairs()
    {
        var clean = Words(Clean);
        var observed = Words(Ocr);
        if (clean.Count != observed.Count)
            yield break;
        for (var i = 0; i < clean.Count; i++)
            if (VietnameseSyllable.IsSyllable(clean[i]))
                yield return (clean[i], observed[i]);
    }

    internal static List<string> Words(string line) =>
        SyllableTokenizer.Tokenize(line)
            .Where(t => t.Kind == TokenKind.Word)
            .Select(t => line.Substring(t.Start, t.Length).ToLower(CultureInfo.InvariantCulture))
            .ToList();
}
