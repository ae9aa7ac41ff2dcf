using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;

namespace NghiQuyet.Core.Review.Checks;

/// <summary>
/// A target's unit must measure what its indicator measures: a share in %, a count in units, money in đồng. Two kinds
/// of slip: a unit of another family than the catalog indicator's (for a confident match on the name alone), and the
/// same indicator given in units of different families in the text and the appendix. Relative targets ("tăng 19%")
/// carry the unit of the change and are left out.
/// </summary>
internal sealed class UnitMismatchCheck : IReviewCheck
{
    public IEnumerable<ReviewFinding> Run(ReviewContext context)
    {
        var levelTargets = context.Targets.Where(t => t.Key is not null && !TargetSpec.IsRelativeOp(t.Target.Op)
                                                      && MeasureUnits.Parse(t.Target.Unit).Family != UnitFamily.PercentPerYear).ToList();
        foreach (var t in levelTargets)
        {
            var indicator = t.Match.Indicator!;
            var nameOnly = context.Matcher.Match(t.Target.Name);
            if (nameOnly.Key != t.Key || nameOnly.Confidence < context.Matcher.Options.HighConfidence)
                continue;
            if (!MeasureUnits.AreCompatible(t.Target.Unit, indicator.Unit))
                yield return new ReviewFinding(FindingKinds.UnitMismatch, t.Line, null,
                    string.Format(Messages.ReviewUnitVsCatalog, t.Target.Name, t.Target.Unit, indicator.Name, indicator.Unit));
        }
        foreach (var appendix in levelTargets.Where(t => t.InAppendix))
        {
            var text = levelTargets.FirstOrDefault(t => !t.InAppendix && t.Key == appendix.Key
                                                        && !MeasureUnits.AreCompatible(t.Target.Unit, appendix.Target.Unit));
            if (text is not null)
                yield return new ReviewFinding(FindingKinds.UnitMismatch, appendix.Line, text.Line,
                    string.Format(Messages.ReviewUnitVsOther, appendix.DisplayName, appendix.Target.Unit, text.Target.Unit, text.Line));
        }
    }
}
