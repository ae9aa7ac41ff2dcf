using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core;

/// <summary>
/// The one place where the domain's terms become words: a target as the resolution states it ("≥ 60 triệu đồng",
/// "tăng bình quân 9,9%/năm"), a verdict, a trajectory, a group, a status, an audit action. The web, the command line
/// and the reviewer all phrase through here, so that the same target reads the same wherever it is shown.
/// </summary>
public static class DomainWords
{
    /// <summary>The op before a target's figure ("≥", "tăng bình quân"); empty for "=" and a range, which print the figure alone.</summary>
    /// <param name="strictInWords">In a sentence, "trên"/"dưới" rather than "&gt;"/"&lt;", as reports write a strict bound.</param>
    public static string Op(TargetOp op, bool strictInWords = false) => op switch
    {
        TargetOp.AtLeast => Messages.OpAtLeast,
        TargetOp.MoreThan => strictInWords ? Messages.OpMoreThanWords : Messages.OpMoreThan,
        TargetOp.AtMost => Messages.OpAtMost,
        TargetOp.LessThan => strictInWords ? Messages.OpLessThanWords : Messages.OpLessThan,
        TargetOp.GrowthRate => Messages.OpGrowthRate,
        TargetOp.IncreaseBy => Messages.OpIncreaseBy,
        TargetOp.DecreaseBy => Messages.OpDecreaseBy,
        TargetOp.Maintain => Messages.OpMaintain,
        TargetOp.Achieve => Messages.OpAchieve,
        _ => "",
    };

    /// <summary>
    /// A target as a reader writes it: "≥ 90%", "9.589–10.000 tấn", "5–7%/năm", "tăng 70%", "duy trì". Without a
    /// value, the op alone. Figures are written as given (round them first where the page shows fewer decimals).
    /// </summary>
    public static string Target(TargetOp op, decimal? value, decimal? valueMax, string? unit, bool strictInWords = false)
    {
        var word = Op(op, strictInWords);
        if (value is not { } v)
            return word;
        var figure = valueMax is { } max ? $"{VietnameseNumber.Format(v)}–{WithUnit(max, unit)}" : WithUnit(v, unit);
        return word.Length == 0 ? figure : word + " " + figure;
    }

    public static string Target(ExtractedTarget t, bool strictInWords = false) => Target(t.Op, t.Value, t.ValueMax, t.Unit, strictInWords);

    /// <summary>A target's terms as a reader writes them.</summary>
    public static string Target(TargetTerms t, bool strictInWords = false) => Target(t.Op, t.Value, t.ValueMax, t.Unit, strictInWords);

    /// <summary>The target in force as the resolution (or its correction) states it.</summary>
    public static string Target(Target t) => Target(t.EffectiveOp, t.EffectiveValue, t.EffectiveValueMax, t.EffectiveUnit);

    /// <summary>"36,5%", "5%/năm", "9.589 tấn", or the bare number where there is no unit.</summary>
    public static string WithUnit(decimal value, string? unit)
    {
        var n = VietnameseNumber.Format(value);
        if (string.IsNullOrWhiteSpace(unit))
            return n;
        unit = unit.Trim();
        return unit.StartsWith('%') ? n + unit : n + " " + unit;
    }

    /// <summary>The op as a choice in a form, in the words of the resolutions ("từ … trở lên (≥)").</summary>
    public static string OpChoice(TargetOp op) => op switch
    {
        TargetOp.AtLeast => Messages.OpChoiceAtLeast,
        TargetOp.MoreThan => Messages.OpChoiceMoreThan,
        TargetOp.AtMost => Messages.OpChoiceAtMost,
        TargetOp.LessThan => Messages.OpChoiceLessThan,
        TargetOp.Range => Messages.OpChoiceRange,
        TargetOp.GrowthRate => Messages.OpChoiceGrowthRate,
        TargetOp.IncreaseBy => Messages.OpChoiceIncreaseBy,
        TargetOp.DecreaseBy => Messages.OpChoiceDecreaseBy,
        TargetOp.Maintain => Messages.OpChoiceMaintain,
        TargetOp.Achieve => Messages.OpChoiceAchieve,
        _ => Messages.OpChoiceEqual,
    };

    /// <summary>The end-of-term verdict the figures give.</summary>
    public static string Verdict(Verdict verdict) => verdict switch
    {
        Evaluation.Verdict.Exceeded => Messages.VerdictExceeded,
        Evaluation.Verdict.Met => Messages.VerdictMet,
        Evaluation.Verdict.NotMet => Messages.VerdictNotMet,
        _ => Messages.VerdictNotAssessable,
    };

    /// <summary>The previous term's verdict in the words reports print ("Vượt", "Đạt", "Không đạt"); empty when none is printed.</summary>
    public static string Verdict(PrintedVerdict? verdict) => verdict switch
    {
        PrintedVerdict.Exceeded => Messages.VerdictExceeded,
        PrintedVerdict.Met => Messages.VerdictMet,
        PrintedVerdict.NotMet => Messages.VerdictNotMet,
        _ => "",
    };

    public static string Trajectory(TrajectoryStatus status) => status switch
    {
        TrajectoryStatus.Achieved => Messages.TrajectoryAchieved,
        TrajectoryStatus.OnTrack => Messages.TrajectoryOnTrack,
        TrajectoryStatus.AccelerationNeeded => Messages.TrajectoryAccelerationNeeded,
        TrajectoryStatus.LimitedProgress => Messages.TrajectoryLimitedProgress,
        TrajectoryStatus.Deterioration => Messages.TrajectoryDeterioration,
        TrajectoryStatus.NotApplicable => Messages.TrajectoryNotApplicable,
        _ => Messages.TrajectoryNotYetAssessable,
    };

    /// <summary>The group's heading, as the resolutions' "chỉ tiêu chủ yếu" sections are titled.</summary>
    public static string Group(TargetGroup group) => group switch
    {
        TargetGroup.Economy => Messages.GroupEconomy,
        TargetGroup.Society => Messages.GroupSociety,
        TargetGroup.Environment => Messages.GroupEnvironment,
        TargetGroup.DefenseSecurity => Messages.GroupDefenseSecurity,
        TargetGroup.PartyBuilding => Messages.GroupPartyBuilding,
        _ => Messages.GroupOther,
    };

    /// <summary>The groups in the order resolutions list them.</summary>
    public static readonly IReadOnlyList<TargetGroup> Groups =
        [TargetGroup.Economy, TargetGroup.Society, TargetGroup.Environment, TargetGroup.DefenseSecurity, TargetGroup.PartyBuilding, TargetGroup.Other];

    public static string Status(MeasurementStatus status) => status switch
    {
        MeasurementStatus.Draft => Messages.StatusDraft,
        MeasurementStatus.Submitted => Messages.StatusSubmitted,
        MeasurementStatus.Approved => Messages.StatusApproved,
        MeasurementStatus.Locked => Messages.StatusLocked,
        _ => status.ToString(),
    };

    public static string Status(ResolutionStatus status) =>
        status == ResolutionStatus.Published ? Messages.ResolutionPublished : Messages.ResolutionDraft;

    /// <summary>The status as a label on its own: "Dự thảo", "Đã ban hành".</summary>
    public static string StatusTitle(ResolutionStatus status)
    {
        var words = Status(status);
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Status(RevisionStatus status) => status switch
    {
        RevisionStatus.Approved => Messages.RevisionStatusApproved,
        RevisionStatus.Rejected => Messages.RevisionStatusRejected,
        _ => Messages.RevisionStatusRequested,
    };

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Insert => Messages.AuditInsert,
        AuditAction.Update => Messages.AuditUpdate,
        AuditAction.Delete => Messages.AuditDelete,
        AuditAction.Refused => Messages.AuditRefused,
        _ => action.ToString(),
    };
}
