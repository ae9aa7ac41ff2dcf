using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;
using NghiQuyet.Ingest.Ocr;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest;

/// <summary>The one entry point from a file to its extraction: read → restore tone marks if missing → extract. Used by the CLI, storage and web.</summary>
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

    private static Result<IngestedReport> Extract(string fileName, byte[] bytes, SourceDocument source)
    {
        if (!DocumentRestoration.LooksStripped(source))
            return ExtractRestored(new RestoredDocument(source, false)).Map(extraction => new IngestedReport(fileName, bytes, source, extraction));
        if (source.Lines.Any(l => l.Cells is not null))
        {
            // Cells restored with their line are what the extractor reads of a table: the text is restored first.
            var restored = DocumentRestoration.RestoreIfStripped(source);
            return ExtractRestored(restored).Map(extraction => new IngestedReport(fileName, bytes, restored.Source, extraction));
        }
        // Text without marks and without cells: the extractor reads it as scanned, so the restorer is only needed for the
        // names it reports. The model is loaded while the extractor reads, and the whole text is restored only when
        // someone reads the report's Source; both give exactly what restoring first gives.
        var restorer = Task.Run(ToneRestorer.TryDefault);
        var extraction = ReportExtractor.Extract(AsScanned(source));
        var loaded = restorer.GetAwaiter().GetResult();
        if (!loaded.Success)
        {
            // The restorer's message belongs in the document's warnings, which the extraction repeats.
            var unrestored = DocumentRestoration.RestoreIfStripped(source, () => loaded);
            return ExtractRestored(unrestored).Map(e => new IngestedReport(fileName, bytes, unrestored.Source, e));
        }
        return extraction.Map(e => new IngestedReport(fileName, bytes,
            () => DocumentRestoration.RestoreIfStripped(source, () => loaded).Source, WithRestoredNames(e, loaded)));
    }

    /// <summary>
    /// The text of a stored document as <see cref="Extract"/> saw it (read, then restored if its marks were missing), so
    /// that the line numbers the extraction gave point at the same lines; for showing the source beside its targets.
    /// </summary>
    public static Result<SourceDocument> ReadSource(string fileName, byte[] bytes, IProgress<string>? progress = null) =>
        DocumentReader.Read(fileName, bytes, progress, ScansByTesseract)
            .Map(DocumentRestoration.RestoreIfStripped)
            .Map(restored => restored.Source);

    // Scans (a PDF without a text layer, page images) are read by Tesseract; the reader itself stays OCR-free.
    private static readonly OcrReader ScansByTesseract = (name, bytes, progress) => TesseractOcr.Read(name, bytes, progress);

    /// <summary>
    /// The extractor's OCR-tolerant recognisers read the text as OCR left it (its structure, figures and units come out
    /// right there, where a restoration slip could hide a heading or a figure); the names it reports are then restored,
    /// so that a dashboard shows "Tỷ lệ hộ nghèo", not "Ty 1€ ho nghéo".
    /// </summary>
    private static Result<ExtractionResult> ExtractRestored(RestoredDocument restored)
    {
        if (!restored.MarksWereMissing)
            return ReportExtractor.Extract(restored.Source);
        return ReportExtractor.Extract(AsScanned(restored.Source)).Map(extraction => WithRestoredNames(extraction, ToneRestorer.TryDefault()));
    }

    private static SourceDocument AsScanned(SourceDocument source) => source with
    {
        Lines = [.. source.Lines.Select(l => l.Original is null ? l : l with { Text = l.Original, Original = null })],
    };

    private static ExtractionResult WithRestoredNames(ExtractionResult extraction, Result<ToneRestorer> restorer)
    {
        // Each distinct name is restored once (a name is decoded on its own, so its restoration is the same each time).
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        string Restore(string name)
        {
            if (!byName.TryGetValue(name, out var restored))
                byName[name] = restored = restorer.Success ? restorer.Value.RestoreLine(name) : name;
            return restored;
        }
        return extraction with
        {
            Document = extraction.Document with { Diacritics = Diacritics.Missing },
            Targets = [.. extraction.Targets.Select(t => t with { Name = Restore(t.Name) })],
            Results = [.. extraction.Results.Select(r => r with { Name = Restore(r.Name) })],
        };
    }
}
