namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// One row of a targets-to-2030 table (Biểu 03 and the like), cells as printed; turning <see cref="Expression"/> into
/// figures is the targets extractor's business.
/// </summary>
/// <param name="Item">The row's number as printed ("7"); rows without their own number inherit the one above.</param>
/// <param name="GroupHeading">The roman-numbered group row the item stands under ("Chỉ tiêu về kinh tế").</param>
/// <param name="Name">The indicator, its wrapped lines joined.</param>
/// <param name="Unit">The unit column as printed ("Tỷ đồng", "Tr.đ/người/năm"), null where empty.</param>
/// <param name="Expression">The target cell only ("Duy trì 758 ha, trồng mới 50 ha/năm", "≥ 17/19", "&lt; 10").</param>
/// <param name="Line">1-based source line where the target cell starts (for a one-figure cell, the figure's line).</param>
public sealed record TableTargetRow(string? Item, string? GroupHeading, string Name, string? Unit, string Expression, int Line)
{
    /// <summary>
    /// The note column ("Ghi chú") as printed, null where empty. It is kept apart from <see cref="Expression"/> because it
    /// mixes qualifiers ("Hàng năm", "Trong nhiệm kỳ") with secondary figures ("Trong đó ≥ 20% hoàn thành xuất sắc");
    /// the targets extractor decides whether a figure in it is a target of its own.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>Line of <see cref="Note"/>'s first text.</summary>
    public int? NoteLine { get; init; }

    /// <summary>
    /// <see cref="Expression"/> as it stood line by line, so that a second figure in a wrapped cell
    /// ("Duy trì 758 ha, trồng" / "mới 50 ha/năm") can be given its own line.
    /// </summary>
    public IReadOnlyList<TextAtLine> ExpressionLines { get; init; } = [];

    /// <summary>Table caption label as printed ("Biểu 03"), null where none was found.</summary>
    public string? Table { get; init; }
}

/// <summary>A piece of a cell and the 1-based source line it stands on.</summary>
public sealed record TextAtLine(int Line, string Text);
