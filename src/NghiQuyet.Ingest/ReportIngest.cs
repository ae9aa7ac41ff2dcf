using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;
using NghiQuyet.Ingest.Ocr;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest;

/// <summary>
/// The one entry point from a file to its extraction: read → extract what <see cref="RestorableDocument.ForExtraction"/>
/// decides → restore the names reported. The whole text is restored (once) only when someone reads
/// <see cref="IngestedReport.Source"/>. Used by the CLI, storage and web.
/// </summary>
public static class ReportIngest
{
    public static Result<IngestedReport> ExtractFile(string path, IProgress<string>? progress = null)
    {
        // Bounded: extract /dev/zero or a 5 GB file ends with a message, not out of memory.
        var read = BoundedFile.Read(path);
        if (!read.Success)
            return Result<IngestedReport>.Fail(read.Error);
        var bytes = read.Value;
        return Extract(Path.GetFileName(path), bytes, progress);
    }

    public static Result<IngestedReport> Extract(string fileName, byte[] bytes, IProgress<string>? progress = null) =>
        Extract(fileName, bytes, ScansByTesseract, progress);

    /// <param name="ocr">What reads a scan: the web defers it to a background job (and reads it there within its
    /// limits); the CLI reads it in place.</param>
    public static Result<IngestedReport> Extract(string fileName, byte[] bytes, OcrReader ocr, IProgress<string>? progress = null) =>
        DocumentReader.Read(fileName, bytes, progress, ocr).Bind(source => Extract(fileName, bytes, source));

    private static Result<IngestedReport> Extract(string fileName, byte[] bytes, SourceDocument read)
    {
        // The model (when the marks are missing) loads on another core while the extractor reads.
        var document = RestorableDocument.OfDefault(read);
        return ReportExtractor.Extract(document.ForExtraction)
            .Map(extraction => WithRestoredNames(extraction, document))
            .Map(extraction => new IngestedReport(fileName, bytes, document, extraction));
    }

    /// <summary>
    /// The text of a stored document as <see cref="Extract"/> saw it (read, then restored if its marks were missing), so
    /// that the line numbers the extraction gave point at the same lines; for showing the source beside its targets.
    /// </summary>
    public static Result<SourceDocument> ReadSource(string fileName, byte[] bytes, OcrReader ocr, IProgress<string>? progress = null) =>
        DocumentReader.Read(fileName, bytes, progress, ocr).Map(read => RestorableDocument.OfDefault(read).Restored);

    // Scans (a PDF without a text layer, page images) are read by Tesseract; the reader itself stays OCR-free.
    private static readonly OcrReader ScansByTesseract = (name, bytes, progress) => TesseractOcr.Read(name, bytes, progress);

    /// <summary>
    /// The names an OCR'd text's extraction reports, restored, so that a dashboard shows "Tỷ lệ hộ nghèo", not "Ty 1€ ho
    /// nghéo"; a restorer that cannot be loaded leaves them as read, and its message joins the document's warnings,
    /// which the extraction repeats first.
    /// </summary>
    private static ExtractionResult WithRestoredNames(ExtractionResult extraction, RestorableDocument document)
    {
        if (!document.MarksWereMissing)
            return extraction;
        var warnings = extraction.Warnings;
        if (document.RestorerError is { } error)
            warnings = [.. warnings.Take(document.Read.Warnings.Count), error, .. warnings.Skip(document.Read.Warnings.Count)];
        return extraction with
        {
            Document = extraction.Document with { Diacritics = Diacritics.Missing },
            Targets = [.. extraction.Targets.Select(t => t with { Name = document.RestoreName(t.Name) })],
            Results = [.. extraction.Results.Select(r => r with { Name = document.RestoreName(r.Name) })],
            Warnings = warnings,
        };
    }
}
