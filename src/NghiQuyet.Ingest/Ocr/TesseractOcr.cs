using System.Globalization;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Ocr;

/// <summary>
/// Reads a scan (a PDF without a text layer, or a PNG/JPEG/TIFF page): pages are rendered with poppler's pdftoppm and read
/// by Tesseract with its Vietnamese model, one page at a time with progress, within <see cref="OcrLimits"/>. Lines Tesseract is unsure of and that came
/// out without marks are cleaned by the <see cref="ToneRestorer"/>; the OCR text stays in <see cref="SourceLine.Original"/>.
/// </summary>
public static class TesseractOcr
{
    /// <summary>Mean word confidence (0–100) under which a line is offered to the restorer.</summary>
    public const double LowConfidence = 70;

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
        // Without prlimit a page could take all the machine's memory: no OCR rather than OCR without limits.
        if (!ExternalTool.Run("prlimit", ["--version"], TimeSpan.FromSeconds(30)).Started)
            return string.Format(Messages.OcrToolMissing, "prlimit", "util-linux");
        return null;
    }

    public static Result<SourceDocument> Read(string path, IProgress<string>? progress = null)
    {
        var read = Reading.BoundedFile.Read(path);
        return read.Success ? Read(Path.GetFileName(path), read.Value, progress) : Result<SourceDocument>.Fail(read.Error);
    }

    /// <summary>With the default limits, progress as sentences ("Đang nhận dạng chữ trang 3/12…").</summary>
    public static Result<SourceDocument> Read(string fileName, byte[] bytes, IProgress<string>? progress = null, ToneRestorer? restorer = null) =>
        Read(fileName, bytes, OcrLimits.Default,
            progress is null ? null : new Progress(p => progress.Report(string.Format(Messages.OcrPage, p.Page, p.Pages))),
            CancellationToken.None, restorer);

    /// <summary>
    /// Reads a scan within <paramref name="limits"/>: the page count and every page's size are checked before any page
    /// is rendered; then each page is rendered and read in turn (one page image on disk at a time), each child process
    /// capped in memory and time. Cancelling kills the running child and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static Result<SourceDocument> Read(string fileName, byte[] bytes, OcrLimits limits, IProgress<OcrProgress>? progress,
        CancellationToken cancel, ToneRestorer? restorer = null)
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
            var words = new List<List<OcrLine>>();
            if (!isPdf)
            {
                progress?.Report(new OcrProgress(1, 1));
                var read = ReadImage(fileName, input, 1, limits, cancel);
                if (!read.Success)
                    return Result<SourceDocument>.Fail(read.Error);
                words.Add(read.Value);
                return BuildDocument(fileName, words, restorer);
            }

            var sizes = PageSizes(input, limits, cancel);
            if (!sizes.Success)
                return Result<SourceDocument>.Fail(string.Format(Messages.OcrFailed, fileName, sizes.Error));
            var pages = sizes.Value;
            if (pages.Count > limits.MaxPages)
                return Result<SourceDocument>.Fail(string.Format(Messages.OcrTooManyPages, fileName, pages.Count, limits.MaxPages));
            var maxSide = limits.MaxPageSideCm / 2.54 * 72;
            for (var i = 0; i < pages.Count; i++)
            {
                var (w, h) = pages[i];
                if (Math.Max(w, h) > maxSide)
                    return Result<SourceDocument>.Fail(string.Format(Messages.OcrPageTooLarge, i + 1, fileName,
                        Centimetres(w), Centimetres(h), limits.MaxPageSideCm.ToString("0.#", Vietnamese)));
            }

            for (var page = 1; page <= pages.Count; page++)
            {
                cancel.ThrowIfCancellationRequested();
                progress?.Report(new OcrProgress(page, pages.Count));
                var (w, h) = pages[page - 1];
                var prefix = Path.Combine(work.FullName, "page");
                var number = page.ToString(CultureInfo.InvariantCulture);
                var render = ExternalTool.Run("pdftoppm",
                    ["-r", Resolution(w, h, limits).ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", "-f", number, "-l", number, input, prefix],
                    limits.Process, cancel);
                var image = prefix + ".png";
                if (render.OverLimit)
                    return Result<SourceDocument>.Fail(OverLimit(fileName, page, render, limits));
                if (render.ExitCode != 0 || !File.Exists(image))
                    return Result<SourceDocument>.Fail(string.Format(Messages.OcrFailed, fileName, render.StdErr.Trim()));
                var read = ReadImage(fileName, image, page, limits, cancel);
                File.Delete(image);
                if (!read.Success)
                    return Result<SourceDocument>.Fail(read.Error);
                words.Add(read.Value);
            }
            return BuildDocument(fileName, words, restorer);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static string Centimetres(double points) => (points / 72 * 2.54).ToString("0.#", Vietnamese);

    /// <summary>The configured resolution, lowered for a page that would otherwise exceed the pixel budget.</summary>
    internal static int Resolution(double widthPt, double heightPt, OcrLimits limits)
    {
        var inches = widthPt / 72 * (heightPt / 72);
        var fits = inches <= 0 ? limits.Dpi : (int)Math.Floor(Math.Sqrt(limits.MaxPixelsPerPage / inches));
        return Math.Clamp(fits, 50, limits.Dpi);
    }

    private static Result<List<OcrLine>> ReadImage(string fileName, string image, int page, OcrLimits limits, CancellationToken cancel)
    {
        var ocr = ExternalTool.Run("tesseract", [image, "stdout", "-l", "vie", "--psm", "3", "tsv"], limits.Process, cancel);
        if (ocr.OverLimit)
            return Result<List<OcrLine>>.Fail(OverLimit(fileName, page, ocr, limits));
        if (ocr.ExitCode != 0)
            return Result<List<OcrLine>>.Fail(string.Format(Messages.OcrFailed, fileName, ocr.StdErr.Trim()));
        return Result<List<OcrLine>>.Ok(ParseTsv(ocr.StdOut));
    }

    private static string OverLimit(string fileName, int page, ExternalTool.Outcome outcome, OcrLimits limits) =>
        string.Format(Messages.OcrPageOverLimit, page, fileName,
            outcome.TimedOut ? string.Format(Messages.OcrLimitTime, limits.WallSecondsPerPage)
            : string.Format(Messages.OcrLimitResources, limits.MemoryBytes / (1024 * 1024), limits.CpuSecondsPerPage));

    /// <summary>Every page's size in points ("Page    3 size: 595 x 842 pts"), from pdfinfo, before anything is rendered.</summary>
    private static Result<List<(double Width, double Height)>> PageSizes(string pdf, OcrLimits limits, CancellationToken cancel)
    {
        // pdfinfo reads no page: its own minute, whatever a page may take (a short page limit must not fail the probe).
        var probe = limits.Process with { Wall = TimeSpan.FromSeconds(60) };
        var count = ExternalTool.Run("pdfinfo", [pdf], probe, cancel);
        if (count.ExitCode != 0)
            return Result<List<(double, double)>>.Fail(count.TimedOut ? "pdfinfo: timeout" : "pdfinfo " + count.StdErr.Trim());
        int? pages = null;
        foreach (var line in count.StdOut.Split('\n'))
            if (line.StartsWith("Pages:", StringComparison.Ordinal) && int.TryParse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture, out var n))
                pages = n;
        if (pages is not { } total || total < 1)
            return Result<List<(double, double)>>.Fail("pdfinfo: Pages?");
        // Too many pages: refused on the count alone, without asking for each page's size.
        if (total > limits.MaxPages)
            return Result<List<(double, double)>>.Ok(Enumerable.Repeat((0.0, 0.0), total).ToList());
        var info = ExternalTool.Run("pdfinfo", ["-f", "1", "-l", total.ToString(CultureInfo.InvariantCulture), pdf], probe, cancel);
        if (info.ExitCode != 0)
            return Result<List<(double, double)>>.Fail("pdfinfo " + info.StdErr.Trim());
        var sizes = new List<(double, double)>();
        foreach (var line in info.StdOut.Split('\n'))
        {
            var m = System.Text.RegularExpressions.Regex.Match(line, @"^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts");
            if (m.Success)
                sizes.Add((double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
        }
        return sizes.Count == total ? Result<List<(double, double)>>.Ok(sizes) : Result<List<(double, double)>>.Fail("pdfinfo: page sizes?");
    }

    private sealed class Progress(Action<OcrProgress> report) : IProgress<OcrProgress>
    {
        public void Report(OcrProgress value) => report(value);
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
                lines.Add(new OcrLine(currentPar!, Core.Text.UnicodeForms.FormC(text.ToString()), confN == 0 ? 0 : confSum / confN));
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
