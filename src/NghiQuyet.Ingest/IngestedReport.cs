using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest;

/// <summary>A report read end to end: its original bytes (kept for the archive), its text, and what was extracted.</summary>
public sealed record IngestedReport(string FileName, byte[] OriginalBytes, ExtractionResult Extraction)
{
    private readonly Func<SourceDocument> _source = null!;

    public IngestedReport(string fileName, byte[] originalBytes, SourceDocument source, ExtractionResult extraction)
        : this(fileName, originalBytes, extraction) => _source = () => source;

    /// <summary>
    /// A report whose text is restored only when someone reads <see cref="Source"/>: restoring the tone marks of a whole
    /// OCR'd report is most of reading it, and a command that only prints the extraction never shows that text.
    /// </summary>
    internal IngestedReport(string fileName, byte[] originalBytes, RestorableDocument document, ExtractionResult extraction)
        : this(fileName, originalBytes, extraction) => _source = () => document.Restored;

    /// <summary>The text as read (restored where its marks were missing); its line numbers are the extraction's.</summary>
    public SourceDocument Source => _source();
}
