namespace NghiQuyet.Core.Domain;

public enum ResolutionStatus
{
    /// <summary>Imported, being checked and corrected.</summary>
    Draft,
    /// <summary>Checked and made official; figures are entered against it.</summary>
    Published,
}

public enum MeasurementStatus
{
    Draft,
    Submitted,
    Approved,
    Locked,
}
