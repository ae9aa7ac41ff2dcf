using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Review.Checks;

/// <summary>
/// Each assessment row's printed verdict (Vượt / Đạt / Không đạt) against the verdict its figures give under the
/// indicator's direction (<see cref="PrintedVerdicts"/>): a contradiction, a modest "Đạt" for a figure well past
/// its target, or a verdict printed with no figure to support it.
/// </summary>
internal sealed class VerdictCheck : IReviewCheck
{
    public IEnumerable<ReviewFinding> Run(ReviewContext context)
    {
        var year = context.Header.Term?.From ?? 2025;
        foreach (var (row, match) in context.Results)
        {
            if (row.Verdict is not { } printed)
                continue;
            if (row.Target is null || row.Actual is null)
            {
                yield return new ReviewFinding(FindingKinds.MissingFigure, row.Line, null,
                    string.Format(Messages.ReviewMissingFigure, ReviewContext.VerdictName(printed), row.Name,
                        row.Target is null ? Messages.ReviewMissingTarget : Messages.ReviewMissingActual));
                continue;
            }
            var spec = PrintedVerdicts.SpecOf(row, match.Indicator, year);
            var engine = PrintedVerdicts.Evaluate(row, match.Indicator, year, context.Options);
            var target = ReviewContext.Describe(spec.Op, row.Target, null, row.Unit);
            var actual = ReviewContext.WithUnit(row.Actual.Value, row.Unit);
            switch (PrintedVerdicts.Compare(printed, engine))
            {
                case VerdictAgreement.Contradicts:
                    var direction = spec.Direction switch
                    {
                        IndicatorDirection.LowerIsBetter => Messages.DirectionLower,
                        IndicatorDirection.Band => Messages.DirectionBand,
                        _ => Messages.DirectionHigher,
                    };
                    yield return new ReviewFinding(FindingKinds.VerdictContradiction, row.Line, null,
                        string.Format(Messages.ReviewVerdictContradiction, ReviewContext.VerdictName(printed), row.Name,
                            target, actual, direction, ReviewContext.VerdictName(engine.Verdict)));
                    break;
                case VerdictAgreement.Understated:
                    yield return new ReviewFinding(FindingKinds.VerdictUnderstated, row.Line, null,
                        string.Format(Messages.ReviewVerdictUnderstated, row.Name, actual, target));
                    break;
            }
        }
    }
}
