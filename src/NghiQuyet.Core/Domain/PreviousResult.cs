using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Domain;

/// <summary>
/// A row of the previous term's assessment tables. Where a table is about one of the old communes the unit was merged
/// from ("Biểu 01: xã Đứa Mòn"), the row is tied to that predecessor.
/// </summary>
public class PreviousResult
{
    private PreviousResult()
    {
        Name = string.Empty;
    }

    internal PreviousResult(Guid resolutionId, int position, PreviousTermResult row, Predecessor? formerUnit, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ResolutionId = resolutionId;
        Position = position;
        Table = row.Table;
        Name = row.Name;
        Unit = row.Unit;
        TargetValue = row.Target;
        Actual = row.Actual;
        Verdict = row.Verdict;
        Line = row.Line;
        FormerUnitCode = formerUnit?.Code;
        FormerUnitName = formerUnit?.FullName;
    }

    /// <summary>Primary key.</summary>
    public Guid Id { get; private set; }
    /// <summary>The resolution whose report holds the table.</summary>
    public Guid ResolutionId { get; private set; }
    /// <summary>1-based order in the document.</summary>
    public int Position { get; private set; }
    /// <summary>"Biểu 01".</summary>
    public string? Table { get; private set; }
    /// <summary>The indicator's name as printed.</summary>
    public string Name { get; private set; }
    /// <summary>The unit as printed.</summary>
    public string? Unit { get; private set; }
    /// <summary>The previous resolution's target figure.</summary>
    public decimal? TargetValue { get; private set; }
    /// <summary>The figure reached at the end of the term.</summary>
    public decimal? Actual { get; private set; }
    /// <summary>The verdict the table printed ("Vượt", "Đạt", "Không đạt").</summary>
    public PrintedVerdict? Verdict { get; private set; }
    /// <summary>1-based line in the source document.</summary>
    public int Line { get; private set; }
    /// <summary>Code of the old commune the row speaks of, when the table says so.</summary>
    public string? FormerUnitCode { get; private set; }
    /// <summary>Full name of that old commune.</summary>
    public string? FormerUnitName { get; private set; }

    /// <summary>The row in the extraction contract's shape.</summary>
    public PreviousTermResult ToExtracted() => new(Table, Name, Unit, TargetValue, Actual, Verdict, Line);
}
