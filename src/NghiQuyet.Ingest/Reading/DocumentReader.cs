using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Reading.Docx;
using NghiQuyet.Ingest.Reading.Encodings;
using NghiQuyet.Ingest.Reading.Pdf;
using UglyToad.PdfPig.Exceptions;

namespace NghiQuyet.Ingest.Reading;

/// <summary>
/// Bytes of any supported format → normalised <see cref="SourceDocument"/>. The format is found from the content
/// (zip with word/document.xml → .docx, %PDF → .pdf, else text in a detected encoding), never from the file name.
/// Every line goes through <see cref="VietnameseText.Normalize"/>. Bad input gives a one-line Vietnamese failure;
/// no exception escapes.
/// </summary>
public static class DocumentReader
{
    public const long MaxFileBytes = 30L * 1024 * 1024;

    /// <summary>Share of control characters above which "text" is taken for a binary file.</summary>
    private const double MaxControlShare = 0.01;

    /// <param name="ocr">
    /// Reads a PDF without a text layer or an image (the OCR feature passes Tesseract here); without it such files fail
    /// with <see cref="Messages.PdfNeedsOcr"/> / <see cref="Messages.ImageNeedsOcr"/>.
    /// </param>
    public static Result<SourceDocument> Read(string fileName, byte[] bytes, IProgress<string>? progress = null, OcrReader? ocr = null)
    {
        if (bytes is null || bytes.Length == 0)
            return Fail(Messages.EmptyFile, fileName);
        if (bytes.LongLength > MaxFileBytes)
            return Fail(Messages.FileTooLarge, fileName, Megabytes(bytes.LongLength), MaxFileBytes / (1024 * 1024));
        try
        {
            var kind = FormatSniffer.Sniff(bytes);
            progress?.Report(string.Format(Messages.ReadingProgress, fileName, kind switch
            {
                SniffedFormat.Zip => "docx",
                SniffedFormat.Pdf => "pdf",
                SniffedFormat.Text => "txt",
                _ => "?",
            }));
            return kind switch
            {
                SniffedFormat.Zip => ReadDocx(fileName, bytes),
                SniffedFormat.Pdf => ReadPdf(fileName, bytes, progress, ocr),
                SniffedFormat.Image => ocr is not null ? ocr(fileName, bytes, progress) : Fail(Messages.ImageNeedsOcr, fileName),
                SniffedFormat.OleWord => Fail(Messages.LegacyWordDoc, fileName),
                SniffedFormat.Rtf => Fail(Messages.UnknownFormat, fileName, "RTF"),
                _ => ReadText(fileName, bytes),
            };
        }
        catch (Exception ex)
        {
            // Last line of defence: a library failing in a way not foreseen above still gives one clear line.
            return Fail(Messages.FileUnreadable, fileName, ex.Message.ReplaceLineEndings(" "));
        }
    }

    private static Result<SourceDocument> ReadText(string fileName, byte[] bytes)
    {
        var decoded = TextDecoding.Decode(bytes);
        if (LooksBinary(decoded.Text))
            return Fail(Messages.BinaryFile, fileName);
        var text = VietnameseText.Normalize(decoded.Text);
        // Line N of the file stays line N: split on '\n' only (old Mac files with bare CR are the one exception).
        var separator = text.Contains('\n') || !text.Contains('\r') ? '\n' : '\r';
        var parts = text.Split(separator);
        var lines = new List<SourceLine>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
            lines.Add(new SourceLine(i + 1, parts[i].TrimEnd('\r', ' ')));
        return Finish(fileName, "txt", lines, decoded.Encoding);
    }

    private static Result<SourceDocument> ReadDocx(string fileName, byte[] bytes)
    {
        switch (ZipGuard.Check(bytes))
        {
            case ZipCheck.TooLarge:
                return Fail(Messages.ZipTooLarge, fileName, ZipGuard.MaxUncompressedBytes / (1024 * 1024), ZipGuard.MaxEntries);
            case ZipCheck.Corrupt:
                return Fail(Messages.DocxCorrupt, fileName);
            case ZipCheck.NotDocx:
                return Fail(Messages.ZipNotDocx, fileName);
        }
        List<RawLine>? raw;
        string? legacy;
        try
        {
            (raw, legacy) = DocxReader.Read(bytes);
        }
        catch (Exception ex) when (ex is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException
                                       or IOException or System.Xml.XmlException or InvalidOperationException
                                       or ArgumentException or FormatException)
        {
            return Fail(Messages.DocxCorrupt, fileName);
        }
        if (raw is null)
            return Fail(Messages.DocxCorrupt, fileName);
        return FinishRaw(fileName, "docx", raw, legacy);
    }

    private static Result<SourceDocument> ReadPdf(string fileName, byte[] bytes, IProgress<string>? progress, OcrReader? ocr)
    {
        List<RawLine> raw;
        bool hasImages;
        try
        {
            (raw, hasImages) = PdfTextReader.Read(bytes, progress);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Fail(Messages.PdfEncrypted, fileName);
        }
        catch (Exception)
        {
            // PdfPig reports damage with many exception types (format, stack depth, font, index …): all mean "corrupt".
            return Fail(Messages.PdfCorrupt, fileName);
        }
        if (raw.Count == 0 && !hasImages && !PdfTextReader.ParsesStrictly(bytes))
            return Fail(Messages.PdfCorrupt, fileName);
        if (raw.Count == 0 || !HasUsableText(raw))
            return ocr is not null ? ocr(fileName, bytes, progress) : Fail(Messages.PdfNeedsOcr, fileName);
        return FinishRaw(fileName, "pdf", raw, null);
    }

    /// <summary>Numbers and normalises reader lines; Unicode that is really TCVN3/VNI in a Western font is repaired first.</summary>
    private static Result<SourceDocument> FinishRaw(string fileName, string format, List<RawLine> raw, string? legacyEncoding)
    {
        var encoding = legacyEncoding;
        if (legacyEncoding is null && raw.Count > 0)
        {
            // Repair as one text so that scoring sees enough words; tabs and newlines survive the legacy decoders.
            var joined = string.Join('\n', raw.Select(l => l.Text));
            var repaired = TextDecoding.RepairLegacy(joined, "Unicode");
            if (!ReferenceEquals(repaired.Text, joined) && repaired.Encoding != "Unicode")
            {
                encoding = repaired.Encoding;
                var texts = repaired.Text.Split('\n');
                raw = raw.Select((l, i) => l.Cells is null
                    ? new RawLine(texts[i])
                    : new RawLine(texts[i], texts[i].Split('\t'))).ToList();
            }
        }
        var lines = new List<SourceLine>(raw.Count);
        foreach (var line in raw)
        {
            var number = lines.Count + 1;
            if (line.Cells is null)
            {
                lines.Add(new SourceLine(number, VietnameseText.Normalize(line.Text).TrimEnd()));
                continue;
            }
            var cells = line.Cells.Select(c => VietnameseText.Normalize(c).Trim()).ToArray();
            lines.Add(new SourceLine(number, string.Join('\t', cells), cells));
        }
        return Finish(fileName, format, lines, encoding);
    }

    private static Result<SourceDocument> Finish(string fileName, string format, List<SourceLine> lines, string? encoding)
    {
        if (lines.All(l => string.IsNullOrWhiteSpace(l.Text)))
            return Fail(Messages.NoText, fileName);
        var warnings = new List<string>();
        if (encoding is TextDecoding.Tcvn3 or TextDecoding.Vni or TextDecoding.Windows1258)
            warnings.Add(string.Format(Messages.LegacyEncodingConverted, fileName, encoding));
        else if (encoding == TextDecoding.Utf8DoubleEncoded)
            warnings.Add(string.Format(Messages.DoubleEncodedRepaired, fileName));
        else if (encoding == TextDecoding.Utf8Damaged)
            warnings.Add(string.Format(Messages.Utf8Damaged, fileName, lines.Where(l => l.Text.Contains('\uFFFD')).Select(l => l.Number).FirstOrDefault()));
        return Result<SourceDocument>.Ok(new SourceDocument(fileName, format, lines) { Encoding = encoding, Warnings = warnings });
    }

    /// <summary>
    /// A text layer of unmapped glyphs (fonts without a Unicode map give private-use characters or U+FFFD) is no text
    /// layer: such a PDF needs OCR as much as a scan does.
    /// </summary>
    private static bool HasUsableText(List<RawLine> lines)
    {
        long visible = 0, unmapped = 0;
        foreach (var line in lines)
        {
            foreach (var c in line.Text)
            {
                if (char.IsWhiteSpace(c))
                    continue;
                visible++;
                if (c is >= '\uE000' and <= '\uF8FF' or '\uFFFD')
                    unmapped++;
            }
        }
        return visible > 0 && unmapped < visible * 0.3;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        if (sample.IsEmpty)
            return false;
        var controls = 0;
        foreach (var c in sample)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u001A'))
                controls++;
        }
        return controls > MaxControlShare * sample.Length;
    }

    private static string Megabytes(long bytes) => VietnameseNumber.Format(Math.Round(bytes / (1024m * 1024m), 1));

    private static Result<SourceDocument> Fail(string message, params object[] args) =>
        Result<SourceDocument>.Fail(string.Format(message, args));
}
