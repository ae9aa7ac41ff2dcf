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
        Row = null!;
    }

    internal PreviousResult(Guid resolutionId, int position, PreviousTermResult row, Predecessor? formerUnit, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ResolutionId = resolutionId;
        Position = position;
        Row = row;
        FormerUnitCode = formerUnit?.Code;
        FormerUnitName = formerUnit?.FullName;
    }

    /// <summary>Primary key.</summary>
    public Guid Id { get; private set; }
    /// <summary>The resolution whose report holds the table.</summary>
    public Guid ResolutionId { get; private set; }
    /// <summary>1-based order in the document.</summary>
    public int Position { get; private set; }
    /// <summary>The row as the table printed it (table caption, name, unit, target, actual, verdict, line): stored as
    /// plain columns, read by the review and the printed-verdict check as it is.</summary>
    public PreviousTermResult Row { get; private set; }
    /// <summary>Code of the old commune the row speaks of, when the table says so.</summary>
    public string? FormerUnitCode { get; private set; }
    /// <summary>Full name of that old commune.</summary>
    public string? FormerUnitName { get; private set; }
}
