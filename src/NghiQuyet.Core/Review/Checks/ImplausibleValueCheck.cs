using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Review.Checks;

/// <summary>A share in % cannot be below 0 or above 100 — a typo, or a figure that is not the share it claims to be.</summary>
internal sealed class ImplausibleValueCheck : IReviewCheck
{
    public IEnumerable<ReviewFinding> Run(ReviewContext context)
    {
        foreach (var t in context.Targets)
        {
            if (t.Match.Indicator is not { IsShare: true } || MeasureUnits.Parse(t.Target.Unit).Family != UnitFamily.Percent
                || t.Target.Op is TargetOp.GrowthRate or TargetOp.IncreaseBy or TargetOp.DecreaseBy)
                continue;
            var bad = new[] { t.Target.Value, t.Target.ValueMax }.Any(v => v is < 0 or > 100);
            if (bad)
                yield return new ReviewFinding(FindingKinds.ImplausibleValue, t.Line, null,
                    string.Format(Messages.ReviewImplausibleShare, t.Target.Name, ReviewContext.Describe(t.Target)));
        }
        foreach (var r in context.Results)
        {
            if (r.Match.Indicator is not { IsShare: true } || MeasureUnits.Parse(r.Result.Unit).Family != UnitFamily.Percent)
                continue;
            var value = new[] { r.Result.Target, r.Result.Actual }.FirstOrDefault(v => v is < 0 or > 100);
            if (value is { } v)
                yield return new ReviewFinding(FindingKinds.ImplausibleValue, r.Result.Line, null,
                    string.Format(Messages.ReviewImplausibleShare, r.Result.Name, ReviewContext.WithUnit(v, "%")));
        }
    }
}
