namespace NghiQuyet.Core.Domain;

/// <summary>
/// A target's figure for one year. A percentage may carry its numerator and denominator so that a province can add
/// up its communes' counts instead of averaging their percentages. Moves draft → submitted → approved → locked, only
/// through the methods below, which check who may do what.
/// </summary>
public class Measurement : IAudited, IVersioned
{
    /// <summary>How far a typed percentage may stray from numerator/denominator×100 (rounding to one decimal).</summary>
    private const decimal PercentTolerance = 0.05m;

    private Measurement()
    {
        EnteredBy = UpdatedBy = string.Empty;
    }

    private Measurement(Guid targetId, int year, MeasurementFigure figure, Actor actor, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TargetId = targetId;
        Year = year;
        Apply(figure);
        Status = MeasurementStatus.Draft;
        EnteredBy = UpdatedBy = actor.UserName;
        EnteredAt = UpdatedAt = now;
    }

    /// <summary>Primary key.</summary>
    public Guid Id { get; private set; }
    /// <summary>The target this figure is for.</summary>
    public Guid TargetId { get; private set; }
    /// <summary>The year the figure describes.</summary>
    public int Year { get; private set; }
    /// <summary>The figure, in the target's unit.</summary>
    public decimal Value { get; private set; }
    /// <summary>For a share: its numerator (the counted part), when given.</summary>
    public decimal? Numerator { get; private set; }
    /// <summary>For a share: its denominator (the whole), when given.</summary>
    public decimal? Denominator { get; private set; }
    /// <summary>The author's own note on the figure.</summary>
    public string? Note { get; private set; }
    /// <summary>Where the figure comes from ("Báo cáo KT-XH 6 tháng 2026").</summary>
    public string? Source { get; private set; }
    /// <summary>Where the figure stands: draft, submitted, approved or locked.</summary>
    public MeasurementStatus Status { get; private set; }
    /// <summary>Who first entered the figure.</summary>
    public string EnteredBy { get; private set; }
    /// <summary>When it was first entered.</summary>
    public DateTimeOffset EnteredAt { get; private set; }
    /// <summary>Who last changed it.</summary>
    public string UpdatedBy { get; private set; }
    /// <summary>When it was last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Who submitted it for approval.</summary>
    public string? SubmittedBy { get; private set; }
    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>Who approved it.</summary>
    public string? ApprovedBy { get; private set; }
    /// <summary>When it was approved.</summary>
    public DateTimeOffset? ApprovedAt { get; private set; }
    /// <summary>Who locked it.</summary>
    public string? LockedBy { get; private set; }
    /// <summary>When it was locked.</summary>
    public DateTimeOffset? LockedAt { get; private set; }
    /// <summary>Concurrency token: a stale edit is refused.</summary>
    public int Version { get; set; }

    /// <summary>A new draft figure for a year of the target, if the actor may enter figures, the year is plausible and the figure lies in its target's range.</summary>
    public static Result<Measurement> Record(Target target, int year, MeasurementFigure figure, Actor actor, DateTimeOffset now)
    {
        if (!actor.CanEnter)
            return Result<Measurement>.Fail(string.Format(Messages.NotAllowed, actor.UserName, Messages.ActionEnter));
        if (year is < 2000 or > 2100)
            return Result<Measurement>.Fail(string.Format(Messages.YearOutOfRange, year));
        return Check(figure, target).Map(f => new Measurement(target.Id, year, f, actor, now));
    }

    /// <summary>Changes the figure of a draft, within the range of its target's unit.</summary>
    public Result<Measurement> Update(Target target, MeasurementFigure figure, Actor actor, DateTimeOffset now)
    {
        var inRange = Check(figure, target);
        return inRange.Success ? Update(inRange.Value, actor, now) : Result<Measurement>.Fail(inRange.Error);
    }

    /// <summary>Changes the figure of a draft (a submitted one must be returned first); only the general range is checked.</summary>
    public Result<Measurement> Update(MeasurementFigure figure, Actor actor, DateTimeOffset now)
    {
        if (!actor.CanEnter)
            return Fail(Messages.NotAllowed, actor.UserName, Messages.ActionEnter);
        if (Status != MeasurementStatus.Draft)
            return Fail(Messages.MeasurementNotDraft, StatusName(Status));
        var checkedFigure = Check(figure);
        if (!checkedFigure.Success)
            return Result<Measurement>.Fail(checkedFigure.Error);
        Apply(checkedFigure.Value);
        Touch(actor, now);
        return Result<Measurement>.Ok(this);
    }

    /// <summary>Sends the author's draft for approval.</summary>
    public Result<Measurement> Submit(Actor actor, DateTimeOffset now)
    {
        if (!actor.CanEnter)
            return Fail(Messages.NotAllowed, actor.UserName, Messages.ActionSubmit);
        if (Status != MeasurementStatus.Draft)
            return Fail(Messages.MeasurementNotDraft, StatusName(Status));
        Status = MeasurementStatus.Submitted;
        SubmittedBy = actor.UserName;
        SubmittedAt = now;
        Touch(actor, now);
        return Result<Measurement>.Ok(this);
    }

    /// <summary>Four eyes: the one who submitted a figure does not approve it.</summary>
    public Result<Measurement> Approve(Actor actor, DateTimeOffset now)
    {
        if (!actor.CanApprove)
            return Fail(Messages.NotAllowed, actor.UserName, Messages.ActionApprove);
        if (Status != MeasurementStatus.Submitted)
            return Fail(Messages.MeasurementNotSubmitted, StatusName(Status));
        if (string.Equals(actor.UserName, SubmittedBy, StringComparison.OrdinalIgnoreCase))
            return Fail(Messages.ApproveOwnSubmission, actor.UserName);
        Status = MeasurementStatus.Approved;
        ApprovedBy = actor.UserName;
        ApprovedAt = now;
        Touch(actor, now);
        return Result<Measurement>.Ok(this);
    }

    /// <summary>
    /// Sends a submitted figure back to its author for correction. The comment is required but is not kept here:
    /// <see cref="Note"/> is the author's own note on the figure, and overwriting it would lose it. The caller puts
    /// the comment into the audit entry of this change (storage's AuditNote), where the author reads it.
    /// </summary>
    public Result<Measurement> Return(Actor actor, string reason, DateTimeOffset now)
    {
        if (!actor.CanApprove)
            return Fail(Messages.NotAllowed, actor.UserName, Messages.ActionReturn);
        if (string.IsNullOrWhiteSpace(reason))
            return Fail(Messages.ReturnCommentRequired);
        if (Status != MeasurementStatus.Submitted)
            return Fail(Messages.MeasurementNotSubmitted, StatusName(Status));
        Status = MeasurementStatus.Draft;
        SubmittedBy = null;
        SubmittedAt = null;
        Touch(actor, now);
        return Result<Measurement>.Ok(this);
    }

    /// <summary>
    /// Reopens an approved or locked figure for correction: back to a draft, approval and lock cleared. Only an
    /// approver or administrator, and only with a reason (which, like a return comment, goes to the audit entry).
    /// </summary>
    public Result<Measurement> Unlock(Actor actor, string reason, DateTimeOffset now)
    {
        if (!actor.CanApprove)
            return Fail(Messages.NotAllowed, actor.UserName, Messages.ActionUnlock);
        if (string.IsNullOrWhiteSpace(reason))
            return Fail(Messages.UnlockReasonRequired);
        if (Status is not (MeasurementStatus.Approved or MeasurementStatus.Locked))
            return Fail(Messages.MeasurementNotLocked, StatusName(Status));
        Status = MeasurementStatus.Draft;
        SubmittedBy = null;
        SubmittedAt = null;
        ApprovedBy = null;
        ApprovedAt = null;
        LockedBy = null;
        LockedAt = null;
        Touch(actor, now);
        return Result<Measurement>.Ok(this);
    }

    /// <summary>Locks an approved figure so that it no longer changes (administrators only).</summary>
    public Result<Measurement> Lock(Actor actor, DateTimeOffset now)
    {
        if (!actor.CanLock)
            return Fail(Messages.NotAllowed, actor.UserName, Messages.ActionLock);
        if (Status != MeasurementStatus.Approved)
            return Fail(Messages.MeasurementNotApproved, StatusName(Status));
        Status = MeasurementStatus.Locked;
        LockedBy = actor.UserName;
        LockedAt = now;
        Touch(actor, now);
        return Result<Measurement>.Ok(this);
    }

    /// <summary>The status as users read it, in Vietnamese.</summary>
    public static string StatusName(MeasurementStatus status) => DomainWords.Status(status);

    /// <summary><see cref="Check(MeasurementFigure)"/>, then the sane range of the target's unit (<see cref="FigureRange"/>).</summary>
    public static Result<MeasurementFigure> Check(MeasurementFigure figure, Target target)
    {
        // The unit's range first, so that a figure far out of range is refused naming its unit.
        var range = FigureRange.For(target);
        if (figure.Value is { } typed && !range.Contains(typed))
            return Result<MeasurementFigure>.Fail(range.Refusal(typed));
        var checkedFigure = Check(figure);
        if (!checkedFigure.Success)
            return checkedFigure;
        var value = checkedFigure.Value.Value!.Value;
        return range.Contains(value) ? checkedFigure : Result<MeasurementFigure>.Fail(range.Refusal(value));
    }

    /// <summary>
    /// Validates a figure; fills the value from numerator/denominator when only those are given. Every number must be
    /// inside <see cref="FigureRange.Any"/>, whatever the unit.
    /// </summary>
    public static Result<MeasurementFigure> Check(MeasurementFigure figure)
    {
        foreach (var number in new[] { figure.Value, figure.Numerator, figure.Denominator })
            if (number is { } n && !FigureRange.Any.Contains(n))
                return Result<MeasurementFigure>.Fail(FigureRange.Any.Refusal(n));
        if ((figure.Numerator is null) != (figure.Denominator is null))
            return Result<MeasurementFigure>.Fail(Messages.NumeratorDenominatorTogether);
        if (figure.Denominator is { } d)
        {
            if (d <= 0)
                return Result<MeasurementFigure>.Fail(Messages.DenominatorPositive);
            var n = figure.Numerator!.Value;
            if (n < 0 || n > d)
                return Result<MeasurementFigure>.Fail(Messages.NumeratorWithinDenominator);
            var percent = n / d * 100m;
            if (figure.Value is null)
                return Result<MeasurementFigure>.Ok(figure with { Value = Math.Round(percent, 2) });
            if (Math.Abs(figure.Value.Value - percent) > PercentTolerance)
                return Result<MeasurementFigure>.Fail(string.Format(Messages.PercentDisagrees,
                    Text.VietnameseNumber.Format(figure.Value.Value), Text.VietnameseNumber.Format(n),
                    Text.VietnameseNumber.Format(d), Text.VietnameseNumber.Format(percent)));
        }
        return figure.Value is null
            ? Result<MeasurementFigure>.Fail(Messages.ValueRequired)
            : Result<MeasurementFigure>.Ok(figure);
    }

    private void Apply(MeasurementFigure figure)
    {
        Value = figure.Value!.Value;
        Numerator = figure.Numerator;
        Denominator = figure.Denominator;
        Note = figure.Note;
        Source = figure.Source;
    }

    private void Touch(Actor actor, DateTimeOffset now)
    {
        UpdatedBy = actor.UserName;
        UpdatedAt = now;
    }

    private static Result<Measurement> Fail(string format, params object?[] args) =>
        Result<Measurement>.Fail(string.Format(format, args));
}

/// <summary>What a user types for a measurement.</summary>
public sealed record MeasurementFigure(decimal? Value, decimal? Numerator = null, decimal? Denominator = null, string? Note = null, string? Source = null);
