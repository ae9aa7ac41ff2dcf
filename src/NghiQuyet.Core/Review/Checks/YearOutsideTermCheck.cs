namespace NghiQuyet.Core.Review.Checks;

/// <summary>A target of the new term is due within it: a deadline before its start or after its end is a slip.</summary>
internal sealed class YearOutsideTermCheck : IReviewCheck
{
    public IEnumerable<ReviewFinding> Run(ReviewContext context)
    {
        if (context.Header.Term is not { } term)
            yield break;
        foreach (var t in context.Targets.Where(t => t.Target.Year < term.From || t.Target.Year > term.To))
            yield return new ReviewFinding(FindingKinds.YearOutsideTerm, t.Line, null,
                string.Format(Messages.ReviewYearOutsideTerm, t.Target.Name, t.Target.Year, term.From, term.To));
    }
}
