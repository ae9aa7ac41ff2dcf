namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// A table that prints achieved over target as a percentage ("Tỷ lệ (%) so với NQ") checks its own figures: where a scan
/// lost a decimal comma ("47,5" read "475"), the ratio no longer agrees, and the one power of ten that makes it agree
/// puts the comma back. Figures that agree, or that no single power of ten reconciles, are left as printed.
/// </summary>
internal static class RatioCheck
{
    private const decimal Tolerance = 0.02m;

    public static (decimal? Target, decimal? Actual) Restore(decimal? target, decimal? actual, decimal? ratio)
    {
        if (target is not { } t || actual is not { } a || ratio is not { } r || t <= 0 || a <= 0 || r <= 0)
            return (target, actual);
        if (Agrees(t, a, r))
            return (target, actual);
        foreach (var scale in new[] { 10m, 100m })
        {
            // Only a figure without a decimal part can have lost its comma.
            if (a == decimal.Truncate(a) && Agrees(t, a / scale, r))
                return (target, a / scale);
            if (t == decimal.Truncate(t) && Agrees(t / scale, a, r))
                return (t / scale, actual);
        }
        return (target, actual);
    }

    private static bool Agrees(decimal target, decimal actual, decimal ratio)
    {
        var computed = actual / target * 100m;
        return Math.Abs(computed - ratio) <= Tolerance * ratio + 0.1m;
    }
}
