using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest;

/// <summary>A report read end to end: its original bytes (kept for the archive), its text, and what was extracted.</summary>
public sealed record IngestedReport(string FileName, byte[] OriginalBytes, SourceDocument Source, ExtractionResult Extraction);
