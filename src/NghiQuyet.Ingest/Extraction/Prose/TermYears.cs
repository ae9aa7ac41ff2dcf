namespace NghiQuyet.Ingest.Extraction.Prose;

/// <summary>
/// The new term as the document gives it ("nhiệm kỳ 2025 - 2030", "2026 - 2031"): a year up to <see cref="From"/> is the
/// past, a later one is the new term. Taken from the header; where the text names no term, the term whose congresses
/// the text's own dates belong to is assumed.
/// </summary>
public readonly record struct TermYears(int From, int To)
{
    public bool IsPast(int year) => year <= From;

    public bool IsNew(int year) => year > From && year <= To + 15;
}
