using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Domain;

/// <summary>
/// One figure of the resolution's targets. The extracted values never change; a user's correction is kept beside them
/// (who, when) and wins wherever the target is read.
/// </summary>
public class Target : IAudited, IVersioned
{
    private Target()
    {
        Name = string.Empty;
    }

    internal Target(Guid resolutionId, int position, ExtractedTarget extracted, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ResolutionId = resolutionId;
        Position = position;
        Item = extracted.Item;
        Group = extracted.Group;
        Name = extracted.Name;
        Op = extracted.Op;
        Value = extracted.Value;
        ValueMax = extracted.ValueMax;
        Unit = extracted.Unit;
        Year = extracted.Year;
        Line = extracted.Line;
        Confidence = extracted.Confidence;
        Cue = extracted.Cue;
    }

    public Guid Id { get; private set; }
    public Guid ResolutionId { get; private set; }
    /// <summary>1-based order in the document.</summary>
    public int Position { get; private set; }
    /// <summary>The item's label as printed: "(7)" → "7".</summary>
    public string? Item { get; private set; }
    public TargetGroup Group { get; private set; }
    public string Name { get; private set; }
    public TargetOp Op { get; private set; }
    public decimal? Value { get; private set; }
    public decimal? ValueMax { get; private set; }
    public string? Unit { get; private set; }
    /// <summary>Deadline year.</summary>
    public int Year { get; private set; }
    /// <summary>1-based line in the source document.</summary>
    public int Line { get; private set; }

    /// <summary>How sure the extractor was (0–1), null where a person typed the target; the review page shows doubtful ones first.</summary>
    public double? Confidence { get; private set; }

    /// <summary>What made the extractor take it ("heading-list", "prose:aim" …), null where a person typed it.</summary>
    public string? Cue { get; private set; }

    /// <summary>Read by the extractor with low confidence and not yet corrected by a person.</summary>
    public bool NeedsLook => !IsCorrected && Confidence < ExtractedTarget.LowConfidence;

    /// <summary>Kept as plain columns (not an owned type) so the audit trail sees a correction's before and after.</summary>
    public bool IsCorrected { get; private set; }
    public string? CorrectedName { get; private set; }
    public TargetOp? CorrectedOp { get; private set; }
    public decimal? CorrectedValue { get; private set; }
    public decimal? CorrectedValueMax { get; private set; }
    public string? CorrectedUnit { get; private set; }
    public int? CorrectedYear { get; private set; }
    public string? CorrectedBy { get; private set; }
    public DateTimeOffset? CorrectedAt { get; private set; }
    public int Version { get; set; }

    public TargetCorrection? Correction => IsCorrected
        ? new TargetCorrection(CorrectedName!, CorrectedOp!.Value, CorrectedValue, CorrectedValueMax, CorrectedUnit, CorrectedYear!.Value)
        : null;

    public string EffectiveName => IsCorrected ? CorrectedName! : Name;
    public TargetOp EffectiveOp => IsCorrected ? CorrectedOp!.Value : Op;
    public decimal? EffectiveValue => IsCorrected ? CorrectedValue : Value;
    public decimal? EffectiveValueMax => IsCorrected ? CorrectedValueMax : ValueMax;
    public string? EffectiveUnit => IsCorrected ? CorrectedUnit : Unit;
    public int EffectiveYear => IsCorrected ? CorrectedYear!.Value : Year;

    public Result<Target> Correct(TargetCorrection correction, Actor actor, DateTimeOffset now)
    {
        if (!actor.CanEnter)
            return Result<Target>.Fail(string.Format(Messages.NotAllowed, actor.UserName, Messages.ActionCorrect));
        if (correction.Op == TargetOp.Range && (correction.Value is null || correction.ValueMax is null || correction.Value > correction.ValueMax))
            return Result<Target>.Fail(Messages.RangeNeedsBounds);
        if (string.IsNullOrWhiteSpace(correction.Name))
            return Result<Target>.Fail(Messages.TargetNameRequired);
        IsCorrected = true;
        CorrectedName = correction.Name.Trim();
        CorrectedOp = correction.Op;
        CorrectedValue = correction.Value;
        CorrectedValueMax = correction.ValueMax;
        CorrectedUnit = correction.Unit;
        CorrectedYear = correction.Year;
        CorrectedBy = actor.UserName;
        CorrectedAt = now;
        return Result<Target>.Ok(this);
    }

    /// <summary>Back to what the document said.</summary>
    public void ClearCorrection()
    {
        IsCorrected = false;
        CorrectedName = CorrectedUnit = null;
        CorrectedOp = null;
        CorrectedValue = CorrectedValueMax = null;
        CorrectedYear = null;
        CorrectedBy = null;
        CorrectedAt = null;
    }

    public ExtractedTarget ToExtracted() =>
        new(Item, Group, EffectiveName, EffectiveOp, EffectiveValue, EffectiveValueMax, EffectiveUnit, EffectiveYear, Line)
        {
            Confidence = IsCorrected ? null : Confidence,
            Cue = Cue,
        };
}

/// <summary>What a user says the target really is, replacing the extracted name, op, values, unit and year.</summary>
public sealed record TargetCorrection(string Name, TargetOp Op, decimal? Value, decimal? ValueMax, string? Unit, int Year);
