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
        new EqualRecognizer(),
    ]);

    public IReadOnlyList<ITargetPhraseRecognizer> Recognizers => recognizers;

    public PhraseMatch Recognize(in FigureContext context)
    {
        foreach (var recognizer in recognizers)
        {
            if (recognizer.Recognize(context) is { } match)
                return match;
        }
        return new PhraseMatch(TargetOp.Equal);
    }
}
