using NghiQuyet.Core.Catalog;

namespace NghiQuyet.Core.Review.Checks;

/// <summary>
/// The text and the appendix table (Biểu 03) must give the same figure for the same indicator. An appendix target
/// whose catalog indicator the text also sets, but with no text target of that indicator at the same figure (units of
/// one family brought to one scale), is a mismatch; the finding points at the text line and the appendix line.
/// </summary>
internal sealed class FigureMismatchCheck : IReviewCheck
{
    public IEnumerable<ReviewFinding> Run(ReviewContext context)
    {
        var body = context.BodyTargets.Where(t => t.Key is not null).ToLookup(t => t.Key!);
        foreach (var appendix in context.AppendixTargets.Where(t => t.Key is not null && t.Target.Value is not null))
        {
            var same = body[appendix.Key!].Where(t => t.Target.Value is not null).ToList();
            if (same.Count == 0 || same.Any(t => SameFigure(t, appendix)))
                continue;
            var text = same.OrderBy(t => Math.Abs(t.Line - appendix.Line)).First();
            yield return new ReviewFinding(FindingKinds.FigureMismatch, text.Line, appendix.Line,
                string.Format(Messages.ReviewFigureMismatch, appendix.DisplayName,
                    ReviewContext.Describe(text.Target), text.Line,
                    ReviewContext.Describe(appendix.Target), appendix.Line));
        }
    }

    private static bool SameFigure(ReviewedTarget a, ReviewedTarget b)
    {
        var ua = MeasureUnits.Parse(a.Target.Unit);
        var ub = MeasureUnits.Parse(b.Target.Unit);
        var scale = ua.IsKnown && ub.IsKnown && ua.Family == ub.Family ? ub.Scale / ua.Scale : 1m;
        return Same(a.Target.Value, b.Target.Value, scale) && Same(a.Target.ValueMax ?? a.Target.Value, b.Target.ValueMax ?? b.Target.Value, scale);
    }

    private static bool Same(decimal? a, decimal? b, decimal scale) =>
        a is { } x && b is { } y && Math.Abs((double)x - (double)y * (double)scale) <= 1e-9 * Math.Max(Math.Abs((double)x), 1);
}
