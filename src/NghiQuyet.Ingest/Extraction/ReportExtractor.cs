using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction;

/// <summary>A <see cref="SourceDocument"/> → <c>nq-extract/1</c>. (Skeleton: to be built.)</summary>
public static class ReportExtractor
{
    public static Result<ExtractionResult> Extract(SourceDocument source) =>
        Result<ExtractionResult>.Fail(string.Format(Messages.NotAReport, source.Name));
}
