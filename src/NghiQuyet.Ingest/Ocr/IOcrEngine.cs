using NghiQuyet.Core;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Ocr;

/// <summary>
/// What reads a scan within limits, page by page: the site takes it as a service, so that a test can count how often
/// a scan is read (a review page or a re-upload must not read it again).
/// </summary>
public interface IOcrEngine
{
    /// <inheritdoc cref="TesseractOcr.Read(string, byte[], OcrLimits, IProgress{OcrProgress}?, CancellationToken, Restoration.ToneRestorer?)"/>
    Result<SourceDocument> Read(string fileName, byte[] bytes, OcrLimits limits, IProgress<OcrProgress>? progress, CancellationToken cancel);
}

/// <summary>The real engine: <see cref="TesseractOcr"/> (poppler renders, Tesseract reads, each under its limits).</summary>
public sealed class TesseractOcrEngine : IOcrEngine
{
    public static readonly TesseractOcrEngine Instance = new();

    private TesseractOcrEngine()
    {
    }

    public Result<SourceDocument> Read(string fileName, byte[] bytes, OcrLimits limits, IProgress<OcrProgress>? progress, CancellationToken cancel) =>
        TesseractOcr.Read(fileName, bytes, limits, progress, cancel);
}
