using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>One data row put back together, cells by column, whichever way the table reached us.</summary>
internal sealed record TableRow(
    string? Item,
    string? Group,
    string Name,
    string? Unit,
    IReadOnlyDictionary<ColumnKind, TextAtLine> Cells,
    PrintedVerdict? Verdict,
    int Line)
{
    public string? Cell(ColumnKind kind) => Cells.TryGetValue(kind, out var c) ? c.Text : null;
}
