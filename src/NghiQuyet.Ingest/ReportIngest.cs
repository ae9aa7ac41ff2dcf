using NghiQuyet.Core;
using NghiQuyet.Ingest.Extraction;
using NghiQuyet.Ingest.Ocr;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest;

/// <summary>The one entry point from a file to its extraction: read → restore tone marks if missing → extract. Used by the CLI, storage and web.</summary>
public static class ReportIngest
{
    // Scans (PDF without a text layer, page images) reach Tesseract through the reader's hook; the reader itself stays OCR-free.
    static ReportIngest() => DocumentReader.OcrFallback ??= (name, bytes, progress) => TesseractOcr.Read(name, bytes, progress);

    public static Result<IngestedReport> ExtractFile(string path, IProgress<string>? progress = null)
    {
        if (!File.Exists(path))
            return Result<IngestedReport>.Fail(string.Format(Messages.FileNotFound, path));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Result<IngestedReport>.Fail(string.Format(Messages.FileUnreadable, path, ex.Message));
        }
        return Extract(Path.GetFileName(path), bytes, progress);
    }

    public static Result<IngestedReport> Extract(string fileName, byte[] bytes, IProgress<string>? progress = null) =>
        DocumentReader.Read(fileName, bytes, progress)
            .Map(DocumentRestoration.RestoreIfStripped)
            .Bind(restored => ReportExtractor.Extract(restored.Source)
                .Map(extraction => restored.MarksWereMissing
                    ? extraction with { Document = extraction.Document with { Diacritics = Core.Extraction.Diacritics.Missing } }
                    : extraction)
                .Map(extraction => new IngestedReport(fileName, bytes, restored.Source, extraction)));
}
