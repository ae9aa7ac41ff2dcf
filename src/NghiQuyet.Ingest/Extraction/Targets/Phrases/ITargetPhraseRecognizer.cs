using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Ingest.Extraction.Targets.Phrases;

/// <summary>
/// Where a figure stands in its clause, in folded text: <see cref="Before"/> runs from the start of the clause to the
/// figure, <see cref="After"/> from the end of the figure (its unit) to the end of the clause.
/// </summary>
public readonly record struct FigureContext(Figure Figure, string Before, string After);

/// <summary>
/// What a recogniser read: the op, a unit that replaces the figure's ("%" → "%/năm" for a growth rate), and how many
/// characters at the end of Before / start of After the phrase took (so the indicator's name leaves them out).
/// </summary>
public readonly record struct PhraseMatch(TargetOp Op, int BeforeLength = 0, int AfterLength = 0, string? Unit = null);

/// <summary>One way Vietnamese reports state a target ("từ 90% trở lên", "dưới 10%", "tăng bình quân hằng năm 9,9%").</summary>
public interface ITargetPhraseRecognizer
{
    PhraseMatch? Recognize(in FigureContext context);
}
