namespace NghiQuyet.Core.Evaluation;

/// <summary>
/// Arithmetic the evaluator does in double (powers, ratios of huge figures) and brings back to decimal only when it
/// fits: a figure can be anything a report prints, and the evaluator must never throw on it.
/// </summary>
internal static class Numbers
{
    private const double DecimalLimit = 7.9e28;

    public static decimal? ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < DecimalLimit ? (decimal)Math.Round(value, 10) : null;

    /// <summary>a and b equal up to a relative 1e-9: "36,8" and 36.8000000001 are one figure, whatever the scale.</summary>
    public static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));
}
