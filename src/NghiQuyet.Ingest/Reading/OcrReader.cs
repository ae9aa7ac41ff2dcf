using NghiQuyet.Core;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Reading;

/// <summary>
/// Reads a document that has no text layer (a scanned PDF, an image) by optical character recognition. Plugged into
/// into <see cref="DocumentReader.Read"/> by the OCR feature; the reader itself never runs OCR.
/// </summary>
public delegate Result<SourceDocument> OcrReader(string fileName, byte[] bytes, IProgress<string>? progress);
