using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Ingest.Extraction.Targets.Phrases;

/// <summary>
/// The recognisers in the order they are tried: the first that matches decides the op. Specific before general:
/// "giảm tối thiểu 10%" is a decrease, not "at least"; "trên 90% … trở lên" is "more than".
/// </summary>
public sealed class TargetPhrasePipeline(IReadOnlyList<ITargetPhraseRecognizer> recognizers)
{
    public static readonly TargetPhrasePipeline Default = new(
    [
        new RangeRecognizer(),
        new GrowthRateRecognizer(),
        new IncreaseByRecognizer(),
        new DecreaseByRecognizer(),
        new LessThanRecognizer(),
        new AtMostRecognizer(),
        new MoreThanRecognizer(),
        new AtLeastRecognizer(),
        new MaintainRecognizer(),
        new RankRecognizer(),
        new EqualRecognizer(),
    ]);

    public IReadOnlyList<ITargetPhraseRecognizer> Recognizers => recognizers;

    public PhraseMatch Recognize(in FigureContext context)
    {
        foreach (var recognizer in recognizers)
        {
            if (recognizer.Recognize(context) is { } match)
                return PerYear(match, context);
        }
        return PerYear(new PhraseMatch(TargetOp.Equal), context);
    }

    /// <summary>
    /// A share said of a year is a yearly rate, "%/năm", whatever op the words give: "GRDP tăng từ 10% trở lên mỗi năm",
    /// "tăng trưởng kinh tế từ 11% trở lên", "tốc độ tăng trưởng GRDP trên 11,5%".
    /// </summary>
    private static PhraseMatch PerYear(PhraseMatch match, in FigureContext c)
    {
        if (match.Unit is not null || c.Figure.Unit != "%" || match.Op is TargetOp.IncreaseBy or TargetOp.DecreaseBy)
            return match;
        var after = c.After.AsSpan(Math.Min(match.AfterLength, c.After.Length)).ToString();
        return PhrasePatterns.YearlyAfter().IsMatch(after) || PhrasePatterns.GrowthSubject().IsMatch(PhrasePatterns.SinceLastFigure(c.Before))
            || PhrasePatterns.GrowthContext().IsMatch(PhrasePatterns.SinceLastFigure(c.Before))
            ? match with { Unit = "%/năm" }
            : match;
    }
}
