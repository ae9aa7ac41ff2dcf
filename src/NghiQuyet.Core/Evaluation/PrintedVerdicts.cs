using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Evaluation;

/// <summary>How a printed verdict stands against the one the figures give.</summary>
internal enum VerdictAgreement
{
    Agrees,
    /// <summary>"Đạt" printed where the figures exceed the target by more than the margin: modest, not wrong.</summary>
    Understated,
    /// <summary>A verdict the figures and the indicator's direction contradict ("Vượt" for a rise in a lower-is-better share).</summary>
    Contradicts,
    NotAssessable,
}

/// <summary>
/// The previous term's assessment rows (Biểu 01/02): the row's target read as a <see cref="TargetSpec"/>, its achieved
/// figure evaluated, and the printed verdict compared with the engine's.
/// </summary>
internal static partial class PrintedVerdicts
{
    [System.Text.RegularExpressions.GeneratedRegex(@" duoi \d+([,.]\d+)? ?%")]
    private static partial System.Text.RegularExpressions.Regex BelowFigure();

    /// <summary>
    /// The row's target. A row has a target figure and a name but no op: the op is read from the name's words
    /// ("xuống dưới 12%", "dưới" → &lt;; "trở lên", "tối thiểu", "ít nhất" → ≥; "không quá", "tối đa" → ≤), else a
    /// bare figure, whose meaning the indicator's direction gives. The row's year is the term's last (the one figure).
    /// </summary>
    public static TargetSpec SpecOf(PreviousTermResult row, Indicator? indicator, int year)
    {
        var name = " " + VietnameseFold.Fold(row.Name) + " ";
        // "dưới 12%" but not "trẻ em dưới 1 tuổi": only "dưới" before a percentage is an op.
        var op = BelowFigure().IsMatch(name) ? TargetOp.LessThan
            : name.Contains(" khong qua ") || name.Contains(" toi da ") ? TargetOp.AtMost
            : name.Contains(" tro len ") || name.Contains(" toi thieu ") || name.Contains(" it nhat ") ? TargetOp.AtLeast
            : TargetOp.Equal;
        var share = indicator?.IsShare ?? row.Unit?.Trim() == "%";
        return new TargetSpec(op, row.Target, null, row.Unit, year,
            indicator?.Direction ?? TargetSpec.ImpliedDirection(op), indicator?.Key, share && indicator?.Unit != "%/năm");
    }

    public static VerdictOutcome Evaluate(PreviousTermResult row, Indicator? indicator, int year = 2025, EvaluationOptions? options = null)
    {
        var spec = SpecOf(row, indicator, year);
        return row.Actual is { } actual
            ? VerdictEvaluator.Evaluate(spec, [new Figure(year, actual)], null, options)
            : VerdictOutcome.NotAssessable;
    }

    /// <summary>
    /// A printed "Không đạt" agrees when the target is not reached; "Đạt" when it is (past it by more than the margin is
    /// <see cref="VerdictAgreement.Understated"/>); "Vượt" when the figure is strictly past the target in the better
    /// direction. Anything else contradicts.
    /// </summary>
    public static VerdictAgreement Compare(PrintedVerdict printed, VerdictOutcome engine)
    {
        if (engine.Verdict == Verdict.NotAssessable)
            return VerdictAgreement.NotAssessable;
        return printed switch
        {
            PrintedVerdict.NotMet => engine.Satisfied ? VerdictAgreement.Contradicts : VerdictAgreement.Agrees,
            PrintedVerdict.Met => !engine.Satisfied ? VerdictAgreement.Contradicts
                : engine.Verdict == Verdict.Exceeded ? VerdictAgreement.Understated : VerdictAgreement.Agrees,
            _ => engine.Satisfied && engine.BeyondTarget ? VerdictAgreement.Agrees : VerdictAgreement.Contradicts,
        };
    }
}
