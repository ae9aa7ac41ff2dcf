namespace NghiQuyet.Core.Review;

/// <summary>One check a careful reviewer makes on a draft. Checks are independent and run in a pipeline.</summary>
public interface IReviewCheck
{
    /// <summary>The check's findings on the draft, if any.</summary>
    IEnumerable<ReviewFinding> Run(ReviewContext context);
}
