namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>
/// A figure found in a clause: the span [Start, End) from its first digit to the end of its unit, its value (the lower
/// bound of a range, the numerator of "17/19"), the upper bound of a range, and its unit in canonical form (or as printed).
/// </summary>
public sealed record Figure(int Start, int End, decimal Value, decimal? ValueMax, string? Unit, bool IsCountUnit)
{
    /// <summary>The unit is not in the vocabulary and was kept as printed (the reader warns about it).</summary>
    public bool UnknownUnit { get; init; }
}
