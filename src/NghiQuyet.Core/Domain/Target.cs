using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Time;

namespace NghiQuyet.Core.Domain;

/// <summary>
/// One figure of the resolution's targets. The extracted values never change; a user's correction is kept beside them
/// (who, when) and wins wherever the target is read.
/// </summary>
public class Target : IAudited, IVersioned
{
    private readonly List<TargetRevision> _revisions = [];

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

    /// <summary>Primary key.</summary>
    public Guid Id { get; private set; }
    /// <summary>The resolution the target belongs to.</summary>
    public Guid ResolutionId { get; private set; }
    /// <summary>1-based order in the document.</summary>
    public int Position { get; private set; }
    /// <summary>The item's label as printed: "(7)" → "7".</summary>
    public string? Item { get; private set; }
    /// <summary>The section of the targets it stands in (economy, society …).</summary>
    public TargetGroup Group { get; private set; }
    /// <summary>The indicator's name as extracted.</summary>
    public string Name { get; private set; }
    /// <summary>How the figure is set (at least, range, growth rate …), as extracted.</summary>
    public TargetOp Op { get; private set; }
    /// <summary>The figure as extracted; the lower bound of a range.</summary>
    public decimal? Value { get; private set; }
    /// <summary>The upper bound of a range.</summary>
    public decimal? ValueMax { get; private set; }
    /// <summary>The unit as extracted.</summary>
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
    /// <summary>The name as a person corrected it.</summary>
    public string? CorrectedName { get; private set; }
    /// <summary>The op as corrected.</summary>
    public TargetOp? CorrectedOp { get; private set; }
    /// <summary>The figure as corrected.</summary>
    public decimal? CorrectedValue { get; private set; }
    /// <summary>The range's upper bound as corrected.</summary>
    public decimal? CorrectedValueMax { get; private set; }
    /// <summary>The unit as corrected.</summary>
    public string? CorrectedUnit { get; private set; }
    /// <summary>The deadline year as corrected.</summary>
    public int? CorrectedYear { get; private set; }
    /// <summary>Who corrected the target.</summary>
    public string? CorrectedBy { get; private set; }
    /// <summary>When it was corrected.</summary>
    public DateTimeOffset? CorrectedAt { get; private set; }
    /// <summary>Concurrency token: a stale edit is refused.</summary>
    public int Version { get; set; }

    /// <summary>Changes asked for after publication, approved or not, in the order asked for.</summary>
    public IReadOnlyList<TargetRevision> Revisions => _revisions;

    /// <summary>What a user says the target really is, replacing the extracted name, op, values, unit and year.</summary>
    public TargetTerms? Correction => IsCorrected
        ? new TargetTerms(CorrectedName!, CorrectedOp!.Value, CorrectedValue, CorrectedValueMax, CorrectedUnit, CorrectedYear!.Value)
        : null;

    /// <summary>The terms as the document printed them.</summary>
    public TargetTerms Extracted => new(Name, Op, Value, ValueMax, Unit, Year);

    /// <summary>The terms in force while a draft and as adopted: the correction where there is one, else the extracted ones.</summary>
    public TargetTerms Terms => Correction ?? Extracted;

    /// <summary>The name in force.</summary>
    public string EffectiveName => IsCorrected ? CorrectedName! : Name;
    /// <summary>The op in force.</summary>
    public TargetOp EffectiveOp => IsCorrected ? CorrectedOp!.Value : Op;
    /// <summary>The figure in force.</summary>
    public decimal? EffectiveValue => IsCorrected ? CorrectedValue : Value;
    /// <summary>The range's upper bound in force.</summary>
    public decimal? EffectiveValueMax => IsCorrected ? CorrectedValueMax : ValueMax;
    /// <summary>The unit in force.</summary>
    public string? EffectiveUnit => IsCorrected ? CorrectedUnit : Unit;
    /// <summary>The deadline year in force.</summary>
    public int EffectiveYear => IsCorrected ? CorrectedYear!.Value : Year;

    /// <summary>Only through <see cref="Resolution.CorrectTarget"/>, which refuses it once the resolution is published.</summary>
    internal Result<Target> Correct(TargetTerms correction, Actor actor, DateTimeOffset now)
    {
        if (!actor.CanEnter)
            return Result<Target>.Fail(string.Format(Messages.NotAllowed, actor.UserName, Messages.ActionCorrect));
        if (Invalid(correction) is { } invalid)
            return Result<Target>.Fail(invalid);
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

    internal static string? Invalid(TargetTerms change) =>
        change.Op == TargetOp.Range && (change.Value is null || change.ValueMax is null || change.Value > change.ValueMax) ? Messages.RangeNeedsBounds
        : string.IsNullOrWhiteSpace(change.Name) ? Messages.TargetNameRequired
        : null;

    /// <summary>Only through <see cref="Resolution.RequestRevision"/> (published resolutions only).</summary>
    internal Result<TargetRevision> RequestRevision(TargetTerms change, int fromYear, string reason, Actor actor, DateTimeOffset now)
    {
        if (Invalid(change) is { } invalid)
            return Result<TargetRevision>.Fail(invalid);
        if (string.IsNullOrWhiteSpace(reason))
            return Result<TargetRevision>.Fail(Messages.TargetEditReasonRequired);
        if (_revisions.FirstOrDefault(r => r.Status == RevisionStatus.Requested) is { } pending)
            return Result<TargetRevision>.Fail(string.Format(Messages.RevisionPending, pending.Number));
        // A revision changes how the years still to come are judged, never the years already past.
        var first = VietnamClock.InVietnam(now).Year;
        if (fromYear < first || fromYear > change.Year)
            return Result<TargetRevision>.Fail(string.Format(Messages.RevisionFromYearInvalid, first, change.Year));
        var number = _revisions.Count == 0 ? 1 : _revisions.Max(r => r.Number) + 1;
        var revision = new TargetRevision(Id, number, fromYear, change, reason, actor.UserName, now);
        _revisions.Add(revision);
        return Result<TargetRevision>.Ok(revision);
    }

    /// <summary>The target as adopted (with any correction made while a draft), then each approved revision from its year.</summary>
    public IReadOnlyList<TargetVersion> Versions() =>
        _revisions.Where(r => r.Status == RevisionStatus.Approved)
            .OrderBy(r => r.FromYear).ThenBy(r => r.Number)
            .Select(r => new TargetVersion(r.FromYear, r.Terms))
            .Prepend(new TargetVersion(int.MinValue, Terms))
            .ToList();

    /// <summary>The version against which the figures of <paramref name="year"/> are judged.</summary>
    public TargetTerms InForce(int year) => TargetVersion.InForce(Versions(), year);

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

}
