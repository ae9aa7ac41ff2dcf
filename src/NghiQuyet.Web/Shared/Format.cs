using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Core.Time;

namespace NghiQuyet.Web.Shared;

/// <summary>How people in Vietnam read figures and dates: "9.589", "36,5%", "25/11/2026 13:05" (Vietnam time).</summary>
public static class Format
{
    public static string Number(decimal? value) => value is { } v ? VietnameseNumber.Format(Math.Round(v, 2)) : "—";

    public static string WithUnit(decimal? value, string? unit) =>
        value is null ? "—" : unit == "%" ? Number(value) + "%" : $"{Number(value)} {unit}".Trim();

    /// <summary>A confidence 0–1 as people read it: "0,55".</summary>
    public static string Confidence(double value) => VietnameseNumber.Format(Math.Round((decimal)value, 2));

    public static string Time(DateTimeOffset at) => VietnamClock.Format(at);

    public static string Date(DateTimeOffset at) => VietnamClock.InVietnam(at).ToString("dd/MM/yyyy");

    /// <summary>The ops a person may choose when correcting or adding a target, in the words of the resolutions.</summary>
    public static readonly IReadOnlyList<(TargetOp Op, string Label)> OpChoices =
        [.. new[] { TargetOp.AtLeast, TargetOp.MoreThan, TargetOp.AtMost, TargetOp.LessThan, TargetOp.Equal, TargetOp.Range,
            TargetOp.GrowthRate, TargetOp.IncreaseBy, TargetOp.DecreaseBy, TargetOp.Maintain, TargetOp.Achieve }
            .Select(op => (op, DomainWords.OpChoice(op)))];

    /// <summary>The target as the resolution states it: "≥ 60 triệu đồng/người/năm", "≤ 10%".</summary>
    public static string Target(Target t) => Target(t.EffectiveOp, t.EffectiveValue, t.EffectiveValueMax, t.EffectiveUnit);

    /// <summary>A version of a target (as adopted, or a revision).</summary>
    public static string Target(TargetTerms t) => Target(t.Op, t.Value, t.ValueMax, t.Unit);

    /// <summary>Figures rounded as the pages show them (two decimals), then phrased as everywhere else.</summary>
    public static string Target(TargetOp targetOp, decimal? targetValue, decimal? valueMax, string? targetUnit) =>
        DomainWords.Target(targetOp, Round(targetValue), Round(valueMax), targetUnit);

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2) : null;

    public static string RevisionStatus(RevisionStatus s) => DomainWords.Status(s);

    /// <summary>The previous term's verdict in the words reports print ("Vượt", "Đạt", "Không đạt").</summary>
    public static string Verdict(Core.Extraction.PrintedVerdict? verdict) => DomainWords.Verdict(verdict);

    public static string Status(MeasurementStatus s) => DomainWords.Status(s);

    public static string Action(AuditAction a) => DomainWords.Action(a);
}
