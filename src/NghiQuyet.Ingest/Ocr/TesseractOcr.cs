using System.Globalization;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Ocr;

/// <summary>
/// Reads a scan (a PDF without a text layer, or a PNG/JPEG/TIFF page): pages are rendered with poppler's pdftoppm and read
/// by Tesseract with its Vietnamese model, one page at a time with progress. Lines Tesseract is unsure of and that came
/// out without marks are cleaned by the <see cref="ToneRestorer"/>; the OCR text stays in <see cref="SourceLine.Original"/>.
/// </summary>
public static class TesseractOcr
{
    /// <summary>Mean word confidence (0–100) under which a line is offered to the restorer.</summary>
    public const double LowConfidence = 70;

    private static readonly TimeSpan PageTimeout = TimeSpan.FromMinutes(3);

    public static bool IsImage(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff";

    /// <summary>PNG, JPEG or TIFF by their first bytes.</summary>
    public static bool LooksLikeImage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8);

    /// <summary>Null when Tesseract with Vietnamese (and, for PDFs, poppler) can run here; else the message saying what to install.</summary>
    public static string? MissingTools(bool needPoppler)
    {
        var langs = ExternalTool.Run("tesseract", ["--list-langs"], TimeSpan.FromSeconds(30));
        if (!langs.Started)
            return string.Format(Messages.OcrToolMissing, "tesseract", "tesseract-ocr tesseract-ocr-vie");
        if (!(langs.StdOut + langs.StdErr).Split('\n').Any(l => l.Trim() == "vie"))
            return Messages.OcrVietnameseMissing;
        if (needPoppler && !ExternalTool.Run("pdftoppm", ["-v"], TimeSpan.FromSeconds(30)).Started)
            return string.Format(Messages.OcrToolMissing, "pdftoppm", "poppler-utils");
        return null;
    }

    public static Result<SourceDocument> Read(string path, IProgress<string>? progress = null)
    {
        if (!File.Exists(path))
            return Result<SourceDocument>.Fail(string.Format(Messages.FileNotFound, path));
        return Read(Path.GetFileName(path), File.ReadAllBytes(path), progress);
    }

    public static Result<SourceDocument> Read(string fileName, byte[] bytes, IProgress<string>? progress = null, ToneRestorer? restorer = null)
    {
        var isPdf = bytes.AsSpan().StartsWith("%PDF"u8);
        if (!isPdf && !IsImage(fileName) && !LooksLikeImage(bytes))
            return Result<SourceDocument>.Fail(string.Format(Messages.OcrUnsupported, fileName));
        if (MissingTools(isPdf) is { } missing)
            return Result<SourceDocument>.Fail(missing);

        var work = Directory.CreateTempSubdirectory("nq-ocr-");
        try
        {
            var input = Path.Combine(work.FullName, isPdf ? "input.pdf" : "input" + (IsImage(fileName) ? Path.GetExtension(fileName).ToLowerInvariant() : ".img"));
            File.WriteAllBytes(input, bytes);
            var pages = new List<string>();
            if (isPdf)
            {
                var count = PageCount(input);
                if (count is null)
                    return Result<SourceDocument>.Fail(string.Format(Messages.OcrFailed, fileName, "pdfinfo"));
                for (var page = 1; page <= count; page++)
                {
                    progress?.Report(string.Format(Messages.OcrPage, page, count));
                    var prefix = Path.Combine(work.FullName, $"page-{page}");
                    var render = ExternalTool.Run("pdftoppm",
                        ["-r", "300", "-gray", "-png", "-singlefile", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), input, prefix],
                        PageTimeout);
                    if (render.ExitCode != 0)
                        return Result<SourceDocument>.Fail(string.Format(Messages.OcrFailed, fileName, render.StdErr.Trim()));
                    pages.Add(prefix + ".png");
                }
            }
            else
            {
                progress?.Report(string.Format(Messages.OcrPage, 1, 1));
                pages.Add(input);
            }

            var words = new List<List<OcrLine>>();
            foreach (var (image, index) in pages.Select((p, i) => (p, i)))
            {
                if (isPdf && pages.Count > 1)
                    progress?.Report(string.Format(Messages.OcrPage, index + 1, pages.Count));
                var ocr = ExternalTool.Run("tesseract", [image, "stdout", "-l", "vie", "--psm", "3", "tsv"], PageTimeout);
                if (ocr.ExitCode != 0)
                    return Result<SourceDocument>.Fail(string.Format(Messages.OcrFailed, fileName, ocr.StdErr.Trim()));
                words.Add(ParseTsv(ocr.StdOut));
            }
            return BuildDocument(fileName, words, restorer);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static int? PageCount(string pdf)
    {
        var info = ExternalTool.Run("pdfinfo", [pdf], TimeSpan.FromSeconds(60));
        if (info.ExitCode != 0)
            return null;
        foreach (var line in info.StdOut.Split('\n'))
            if (line.StartsWith("Pages:", StringComparison.Ordinal)
                && int.TryParse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture, out var n))
                return n;
        return null;
    }

    /// <summary>One recognised line: its text, mean word confidence, and the paragraph it belongs to.</summary>
    internal sealed record OcrLine(string Paragraph, string Text, double Confidence);

    /// <summary>Tesseract TSV (level, page, block, par, line, word, left, top, width, height, conf, text) → lines.</summary>
    internal static List<OcrLine> ParseTsv(string tsv)
    {
        var lines = new List<OcrLine>();
        string? currentKey = null, currentPar = null;
        var text = new StringBuilder();
        double confSum = 0;
        var confN = 0;
        void Flush()
        {
            if (currentKey is not null && text.Length > 0)
                lines.Add(new OcrLine(currentPar!, SafeText.Nfc(text.ToString()), confN == 0 ? 0 : confSum / confN));
            text.Clear();
            confSum = 0;
            confN = 0;
        }
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != "5")
                continue;
            var par = $"{f[1]}.{f[2]}.{f[3]}";
            var key = $"{par}.{f[4]}";
            if (key != currentKey)
            {
                Flush();
                currentKey = key;
                currentPar = par;
            }
            var word = f[11].Trim();
            if (word.Length == 0)
                continue;
            if (text.Length > 0)
                text.Append(' ');
            text.Append(word);
            if (double.TryParse(f[10], CultureInfo.InvariantCulture, out var conf) && conf >= 0)
            {
                confSum += conf;
                confN++;
            }
        }
        Flush();
        return lines;
    }

    private static Result<SourceDocument> BuildDocument(string fileName, List<List<OcrLine>> pages, ToneRestorer? restorer)
    {
        var lines = new List<SourceLine>();
        var warnings = new List<string>();
        ToneRestorer? cleaner = restorer;
        if (cleaner is null)
        {
            var loaded = ToneRestorer.TryDefault();
            if (loaded.Success)
                cleaner = loaded.Value;
            else
                warnings.Add(loaded.Error);
        }
        foreach (var page in pages)
        {
            if (lines.Count > 0)
                lines.Add(new SourceLine(lines.Count + 1, ""));
            string? paragraph = null;
            foreach (var line in page)
            {
                if (paragraph is not null && line.Paragraph != paragraph)
                    lines.Add(new SourceLine(lines.Count + 1, ""));
                paragraph = line.Paragraph;
                var text = line.Text;
                string? original = null;
                if (cleaner is not null && line.Confidence < LowConfidence && cleaner.ShouldRestore([text], documentStripped: true))
                {
                    var restored = cleaner.RestoreLine(text);
                    if (restored != text)
                        (original, text) = (text, restored);
                }
                lines.Add(new SourceLine(lines.Count + 1, text, Original: original));
            }
        }
        if (lines.All(l => l.Text.Trim().Length == 0))
            return Result<SourceDocument>.Fail(string.Format(Messages.OcrNoText, fileName));
        return Result<SourceDocument>.Ok(new SourceDocument(fileName, "ocr", lines) { Warnings = warnings });
    }
}
