using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Tables;

namespace NghiQuyet.Ingest.Extraction;

/// <summary>What the tables of a report hold: previous-term results and rows of a targets table.</summary>
public sealed record TableContent(IReadOnlyList<PreviousTermResult> Results, IReadOnlyList<TableTargetRow> TargetRows, IReadOnlyList<string> Warnings);

/// <summary>The seam to the table reader (Extraction/Tables).</summary>
public static class TableSources
{
    public static TableContent Read(SourceDocument source)
    {
        var warnings = new List<string>();
        var tables = DocumentTables.Of(source);
        var results = AssessmentTables.Read(tables, warnings);
        return new TableContent(results, TargetTables.Read(tables), warnings);
    }
}
