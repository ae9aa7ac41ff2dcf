namespace NghiQuyet.Core.Review.Checks;

/// <summary>
/// An appendix table that sets a target the text does not (a catalog indicator no text target maps to) leaves the
/// resolution's two parts disagreeing about what was decided.
/// </summary>
internal sealed class AppendixOnlyCheck : IReviewCheck
{
    public IEnumerable<ReviewFinding> Run(ReviewContext context)
    {
        var bodyKeys = context.BodyTargets.Select(t => t.Key).Where(k => k is not null).ToHashSet();
        if (bodyKeys.Count == 0)
            yield break;
        foreach (var t in context.AppendixTargets.Where(t => t.Key is not null && !bodyKeys.Contains(t.Key)))
            yield return new ReviewFinding(FindingKinds.AppendixOnly, t.Line, null,
                string.Format(Messages.ReviewAppendixOnly, t.Target.Name, ReviewContext.Describe(t.Target)));
    }
}
