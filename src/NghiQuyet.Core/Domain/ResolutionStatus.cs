namespace NghiQuyet.Core.Domain;

/// <summary>Where a resolution stands.</summary>
public enum ResolutionStatus
{
    /// <summary>Imported, being checked and corrected.</summary>
    Draft,
    /// <summary>Checked and made official; figures are entered against it.</summary>
    Published,
}

/// <summary>Where a year's figure stands on its way to being final.</summary>
public enum MeasurementStatus
{
    /// <summary>Entered, still editable by its author.</summary>
    Draft,
    /// <summary>Sent for approval.</summary>
    Submitted,
    /// <summary>Approved by someone other than its author.</summary>
    Approved,
    /// <summary>Final; only an unlock with a reason reopens it.</summary>
    Locked,
}
