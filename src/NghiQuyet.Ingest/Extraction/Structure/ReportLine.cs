using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Structure;

/// <summary>A source line with its folded form and shape, as the structure reader sees it.</summary>
public sealed record ReportLine(int Number, MatchText Text, LineShape Shape, bool IsTableRow = false)
{
    public string Content => Text.Original[Shape.ContentStart..];
    public string FoldedContent => Text.Folded[Shape.ContentStart..];
}
