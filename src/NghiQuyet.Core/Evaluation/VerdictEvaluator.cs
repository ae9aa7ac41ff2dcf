using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Evaluation;

/// <summary>
/// The end-of-term verdict of a target from its figures: exceeded (Vượt), met (Đạt), not met (Không đạt), or not
/// assessable. The op is taken as written and the indicator's direction decides what a bare figure means. Never throws.
/// </summary>
internal static class VerdictEvaluator
{
    /// <param name="asOfYear">Only figures of this year or before count (null: all).</param>
    public static VerdictOutcome Evaluate(TargetSpec spec, IReadOnlyList<Figure> figures, Baseline? baseline = null,
        EvaluationOptions? options = null, int? asOfYear = null)
    {
        options ??= EvaluationOptions.Default;
        var points = Series.Of(figures, spec.IsShare, asOfYear);
        if (points.Count == 0)
            return VerdictOutcome.NotAssessable;
        var latest = points[^1];
        var margin = (double)options.ExceededMargin;

        // "Duy trì", "đạt chuẩn" with no figure: yes/no, a non-zero figure being "yes". "Đạt" looks at the latest
        // figure; "duy trì" must hold in every year reported. Neither can be exceeded.
        if (spec.IsYesNo)
        {
            var yes = spec.Op == TargetOp.Maintain ? points.All(p => p.Value != 0) : latest.Value != 0;
            return new VerdictOutcome(yes ? Verdict.Met : Verdict.NotMet, yes, false, latest.Value != 0 ? 1 : 0, VerdictBasis.YesNo);
        }
        if (spec.Value is not { } target)
            return VerdictOutcome.NotAssessable;
        var t = (double)target;
        var tMax = (double)(spec.ValueMax ?? target);
        var lowerIsBetter = spec.Direction == IndicatorDirection.LowerIsBetter;

        // "Tăng bình quân 9,9%/năm" (and "từ 5% đến 7%/năm"): the average annual rate computed from the yearly figures,
        // from the baseline (or the earliest figure) to the latest, compounded: ((x_t / x_0)^(1/years) − 1) × 100. For a
        // share in % the average is in percentage points per year ((x_t − x_0) / years), never a growth rate of a rate.
        // On a lower-is-better indicator the target is a reduction ("giảm bình quân 3%/năm"): its rate is compared.
        if (spec.IsAverageAnnualRate)
        {
            var start = StartPoint(points, baseline);
            if (start is null || latest.Year <= start.Value.Year)
                return VerdictOutcome.NotAssessable;
            var years = latest.Year - start.Value.Year;
            double rate;
            if (spec.IsShare)
                rate = (latest.Value - start.Value.Value) / years;
            else if (start.Value.Value <= 0 || latest.Value < 0)
                return VerdictOutcome.NotAssessable;
            else
                rate = (Math.Pow(latest.Value / start.Value.Value, 1.0 / years) - 1) * 100;
            if (lowerIsBetter)
                rate = -rate;
            var basis = spec.IsShare ? VerdictBasis.AverageAnnualPoints : VerdictBasis.AverageAnnualRate;
            return spec.Op == TargetOp.Range
                ? InRange(rate, t, tMax, IndicatorDirection.HigherIsBetter, basis)
                : AtLeast(rate, t, strict: false, margin, basis);
        }

        // "Tăng 70% so với năm 2025", "giảm 10% so với nhiệm kỳ trước": the change from the baseline figure (or the
        // earliest figure before the latest) to the latest, in % of the baseline, or in points for a share in %.
        if (spec.Op is TargetOp.IncreaseBy or TargetOp.DecreaseBy)
        {
            var start = StartPoint(points, baseline);
            if (start is null || (baseline is null && latest.Year <= start.Value.Year))
                return VerdictOutcome.NotAssessable;
            var b = start.Value.Value;
            double change;
            if (spec.IsShare)
                change = latest.Value - b;
            else if (b == 0)
                return VerdictOutcome.NotAssessable;
            else
                change = (latest.Value - b) / Math.Abs(b) * 100;
            if (spec.Op == TargetOp.DecreaseBy)
                change = -change;
            return AtLeast(change, t, strict: false, margin,
                spec.IsShare ? VerdictBasis.PointsSinceBaseline : VerdictBasis.ChangeSinceBaseline);
        }

        // "Duy trì 758 ha": the level must hold in every year reported; the verdict is the latest year's when it does.
        if (spec.Op == TargetOp.Maintain)
        {
            var worst = lowerIsBetter ? points.Max(p => p.Value) : points.Min(p => p.Value);
            var held = Level(spec.Op, worst, t, tMax, spec.Direction, margin);
            return held.Satisfied ? Level(spec.Op, latest.Value, t, tMax, spec.Direction, margin) : held;
        }
        return Level(spec.Op, latest.Value, t, tMax, spec.Direction, margin);
    }

    /// <summary>
    /// A level target. A bare figure or "đạt 36,8%" ("=", and "achieve"/"maintain" with a figure) means at least 36,8
    /// on a higher-is-better indicator and at most on a lower-is-better one; within a band it means about that figure.
    /// "≥"/"trên" and "≤"/"dưới" are taken as written whatever the direction ("trên" and "dưới" strictly). A range
    /// "65–70" is met inside, exceeded past its better end. Exceeded: past the target by more than the margin
    /// ("dưới 10%" is met below 10 and exceeded well below it).
    /// </summary>
    private static VerdictOutcome Level(TargetOp op, double actual, double t, double tMax, IndicatorDirection direction, double margin)
    {
        switch (op)
        {
            case TargetOp.AtLeast: return AtLeast(actual, t, false, margin, VerdictBasis.Level);
            case TargetOp.MoreThan: return AtLeast(actual, t, true, margin, VerdictBasis.Level);
            case TargetOp.AtMost: return AtMost(actual, t, false, margin, VerdictBasis.Level);
            case TargetOp.LessThan: return AtMost(actual, t, true, margin, VerdictBasis.Level);
            case TargetOp.Range: return InRange(actual, Math.Min(t, tMax), Math.Max(t, tMax), direction, VerdictBasis.Level);
        }
        return direction switch
        {
            IndicatorDirection.LowerIsBetter => AtMost(actual, t, false, margin, VerdictBasis.Level),
            IndicatorDirection.Band => InRange(actual, t - Math.Abs(t) * margin, t + Math.Abs(t) * margin, direction, VerdictBasis.Level),
            _ => AtLeast(actual, t, false, margin, VerdictBasis.Level),
        };
    }

    private static VerdictOutcome AtLeast(double actual, double t, bool strict, double margin, VerdictBasis basis)
    {
        var same = Numbers.Same(actual, t);
        var beyond = actual > t && !same;
        var satisfied = strict ? beyond : actual >= t || same;
        var exceeded = actual > t + Math.Abs(t) * margin && !Numbers.Same(actual, t + Math.Abs(t) * margin);
        return Outcome(satisfied, beyond, exceeded, actual, basis);
    }

    private static VerdictOutcome AtMost(double actual, double t, bool strict, double margin, VerdictBasis basis)
    {
        var same = Numbers.Same(actual, t);
        var beyond = actual < t && !same;
        var satisfied = strict ? beyond : actual <= t || same;
        var exceeded = actual < t - Math.Abs(t) * margin && !Numbers.Same(actual, t - Math.Abs(t) * margin);
        return Outcome(satisfied, beyond, exceeded, actual, basis);
    }

    private static VerdictOutcome InRange(double actual, double low, double high, IndicatorDirection direction, VerdictBasis basis)
    {
        var aboveLow = actual >= low || Numbers.Same(actual, low);
        var belowHigh = actual <= high || Numbers.Same(actual, high);
        return direction switch
        {
            IndicatorDirection.Band => Outcome(aboveLow && belowHigh, false, false, actual, basis),
            IndicatorDirection.LowerIsBetter => Outcome(belowHigh, !aboveLow, !aboveLow, actual, basis),
            _ => Outcome(aboveLow, !belowHigh, !belowHigh, actual, basis),
        };
    }

    private static VerdictOutcome Outcome(bool satisfied, bool beyond, bool exceeded, double measured, VerdictBasis basis) =>
        new(!satisfied ? Verdict.NotMet : exceeded ? Verdict.Exceeded : Verdict.Met, satisfied, beyond && satisfied,
            Numbers.ToDecimal(measured), basis);

    private static (int Year, double Value)? StartPoint(List<(int Year, double Value)> points, Baseline? baseline)
    {
        if (baseline is not null)
            return (baseline.Year, (double)baseline.Value);
        return points.Count >= 1 ? points[0] : null;
    }
}

/// <summary>Figures made usable: with a value, up to the "as of" year, one per year (the last given wins), in order.</summary>
internal static class Series
{
    public static List<(int Year, double Value)> Of(IReadOnlyList<Figure>? figures, bool share, int? asOfYear)
    {
        var byYear = new SortedDictionary<int, double>();
        foreach (var f in figures ?? [])
        {
            if (f is null || (asOfYear is { } y && f.Year > y))
                continue;
            if (f.Effective(share) is { } v)
                byYear[f.Year] = (double)v;
        }
        return byYear.Select(kv => (kv.Key, kv.Value)).ToList();
    }
}
