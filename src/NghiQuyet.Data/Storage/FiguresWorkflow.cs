using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Data.Storage;

/// <summary>A unit's figures of one year with every target of its current resolution, as the form shows them.</summary>
/// <param name="Existing">The stored figures, by target.</param>
/// <param name="Shares">Targets that are shares in % (only these take a numerator and a denominator).</param>
/// <param name="Remarks">For figures that are drafts again, the latest return comment or unlock reason, newest first.</param>
public sealed record FiguresYear(Organization Unit, int Year, IReadOnlyList<Target> Targets, IReadOnlyDictionary<Guid, Measurement> Existing,
    IReadOnlySet<Guid> Shares, IReadOnlyList<ReasonedChange> Remarks)
{
    public bool Has(Guid targetId) => Targets.Any(t => t.Id == targetId);
}

/// <summary>One row of the form as posted: numbers as typed the Vietnamese way, blank = not given.</summary>
/// <param name="Version">The version of the stored figure the user saw; null = they saw none.</param>
public sealed record PostedFigure(Guid TargetId, string? Value, string? Numerator, string? Denominator, string? Note, int? Version);

public enum FigureField
{
    Value,
    Numerator,
    Denominator,
    Note,
}

/// <summary>Why a field of the form's row <paramref name="Row"/> (0-based, in the order posted) cannot be saved.</summary>
public sealed record FigureFieldError(int Row, FigureField Field, string Message);

/// <summary>A figure read from the form, ready to be recorded.</summary>
public sealed record FigureEntry(Guid TargetId, MeasurementFigure Figure, int? Version);

/// <summary>The form read against the stored figures: what would be recorded, or, field by field, why not.</summary>
public sealed record FigureEntries(IReadOnlyList<FigureEntry> Entries, IReadOnlyList<FigureFieldError> Errors);

/// <summary>
/// A unit's figures of a year through their states: save as draft, submit to the province, approve or return with a
/// comment (province), unlock approved figures with a reason (province, administrator). Each action is one
/// transaction, all or nothing: one bad figure and nothing of the form is written. Comments and reasons go to the
/// audit trail (AuditNote), from where the commune reads them. Who may act is the caller's check; the figures'
/// own methods check it again.
/// </summary>
public sealed class FiguresWorkflow(NghiQuyetDbContext db, ICurrentUser user, TimeProvider time, OrganizationEvaluator evaluator)
{
    /// <summary>Room for a comment, a reason or a note (the audit and measurement note columns hold 2,000).</summary>
    public const int MaxText = 1000;

    /// <summary>The unit's targets and figures of <paramref name="year"/>; fails where the unit or its resolution is missing.</summary>
    public Result<FiguresYear> Open(string code, int year)
    {
        var unit = db.Organizations.AsNoTracking().FirstOrDefault(o => o.Code == code);
        if (unit is null)
            return Result<FiguresYear>.Fail(string.Format(Messages.UnitNotFound, code));
        var current = new ResolutionStore(db).Current(code);
        if (!current.Success)
            return Result<FiguresYear>.Fail(current.Error);
        var targets = current.Value.Resolution.Targets.OrderBy(t => t.Position).ToList();
        var ids = targets.Select(t => t.Id).ToList();
        var existing = db.Measurements.AsNoTracking().Where(m => ids.Contains(m.TargetId) && m.Year == year).ToDictionary(m => m.TargetId);
        var shares = targets.Where(t => evaluator.Spec(t.Terms).IsShare).Select(t => t.Id).ToHashSet();
        var drafts = existing.Values.Where(m => m.Status == MeasurementStatus.Draft).Select(m => m.Id).ToList();
        return Result<FiguresYear>.Ok(new FiguresYear(unit, year, targets, existing, shares, new AuditTrail(db).LatestReasons(drafts)));
    }

    /// <summary>A comment or reason as it is kept: required, trimmed, at most <see cref="MaxText"/> characters.</summary>
    public static Result<string> Reason(string? text, string required)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Result<string>.Fail(required);
        return text.Length > MaxText ? Result<string>.Fail(string.Format(Messages.WorkflowTextTooLong, MaxText)) : Result<string>.Ok(text.Trim());
    }

    /// <summary>
    /// Reads the posted rows. A figure that is no longer a draft is shown read-only, so a change posted to it anyway
    /// is refused field by field; a blank row is skipped; the rest must be readable numbers consistent with the target.
    /// </summary>
    public static FigureEntries Read(FiguresYear year, IReadOnlyList<PostedFigure> rows)
    {
        var entries = new List<FigureEntry>();
        var errors = new List<FigureFieldError>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            void Refuse(FigureField field, string message) => errors.Add(new FigureFieldError(i, field, message));
            if (year.Existing.TryGetValue(row.TargetId, out var stored) && stored.Status != MeasurementStatus.Draft)
            {
                var message = stored.Status == MeasurementStatus.Submitted
                    ? string.Format(Messages.MeasurementNotDraft, Measurement.StatusName(stored.Status))
                    : string.Format(Messages.FigureLockedField, Measurement.StatusName(stored.Status));
                if (!Same(row.Value, stored.Value))
                    Refuse(FigureField.Value, message);
                if (!Same(row.Numerator, stored.Numerator))
                    Refuse(FigureField.Numerator, message);
                if (!Same(row.Denominator, stored.Denominator))
                    Refuse(FigureField.Denominator, message);
                if (row.Note is not null && NoteOf(row.Note) != stored.Note)
                    Refuse(FigureField.Note, message);
                continue;
            }
            if (!year.Shares.Contains(row.TargetId) && (!string.IsNullOrWhiteSpace(row.Numerator) || !string.IsNullOrWhiteSpace(row.Denominator)))
            {
                Refuse(FigureField.Numerator, Messages.NumeratorOnlyForShares);
                continue;
            }
            if (string.IsNullOrWhiteSpace(row.Value) && string.IsNullOrWhiteSpace(row.Numerator) && string.IsNullOrWhiteSpace(row.Denominator))
                continue;
            var unreadable = errors.Count;
            decimal? Number(string? text, FigureField field)
            {
                var read = VietnameseNumber.Read(text);
                if (!read.Success)
                    Refuse(field, read.Error);
                return read.Value;
            }
            var value = Number(row.Value, FigureField.Value);
            var numerator = Number(row.Numerator, FigureField.Numerator);
            var denominator = Number(row.Denominator, FigureField.Denominator);
            if (row.Note?.Length > MaxText)
                Refuse(FigureField.Note, string.Format(Messages.WorkflowTextTooLong, MaxText));
            if (errors.Count > unreadable)
                continue; // the unreadable number's own message says it; a consistency check on the rest would mislead
            var figure = new MeasurementFigure(value, numerator, denominator, NoteOf(row.Note));
            var check = Measurement.Check(figure, year.Targets.First(t => t.Id == row.TargetId));
            if (!check.Success)
                Refuse(FigureField.Value, check.Error);
            entries.Add(new FigureEntry(row.TargetId, figure, row.Version));
        }
        return new FigureEntries(entries, errors);
    }

    /// <summary>Records the read figures as drafts and, with <paramref name="submit"/>, submits every draft of the year.</summary>
    /// <returns>The notice to show, or why nothing was written.</returns>
    public Result<string> Save(FiguresYear year, FigureEntries figures, bool submit, Actor actor)
    {
        if (figures.Errors.Count > 0)
            return Result<string>.Fail(Messages.FiguresNotSaved);
        var measurements = new MeasurementService(db, user, time);
        var stored = year.Existing.Values.Select(m => m.Id).ToList();
        var refusedBefore = new AuditTrail(db).Refusals(user.UserName, stored).Select(a => a.Id).ToHashSet();
        using var transaction = db.Database.BeginTransaction();
        foreach (var entry in figures.Entries)
        {
            var recorded = measurements.Record(entry.TargetId, year.Year, entry.Figure, actor, entry.Version);
            if (!recorded.Success)
                return RollBackKeepingRefusals(recorded.Error, transaction, stored, refusedBefore);
        }
        if (submit)
        {
            var ids = year.Targets.Select(t => t.Id).ToList();
            var now = time.GetUtcNow();
            foreach (var m in db.Measurements.Where(m => ids.Contains(m.TargetId) && m.Year == year.Year && m.Status == MeasurementStatus.Draft).ToList())
            {
                var submitted = m.Submit(actor, now);
                if (!submitted.Success)
                    return Refused(submitted.Error);
            }
            db.SaveChanges();
        }
        transaction.Commit();
        return Result<string>.Ok(string.Format(submit ? Messages.FigureSubmitted : Messages.FigureSaved, year.Year));
    }

    /// <summary>Approves every submitted figure of the year (four eyes: not one's own submission).</summary>
    public Result<string> Approve(FiguresYear year, Actor actor)
    {
        var submitted = year.Existing.Values.Where(m => m.Status == MeasurementStatus.Submitted).Select(m => m.Id).ToList();
        var now = time.GetUtcNow();
        return Transition(submitted, m => m.Approve(actor, now), why: null, string.Format(Messages.FiguresApproved, year.Year));
    }

    /// <summary>Sends submitted figures back to the commune; <paramref name="selected"/> targets only, none = all of them.</summary>
    public Result<string> Return(FiguresYear year, IReadOnlyCollection<Guid> selected, string? comment, Actor actor)
    {
        var why = Reason(comment, Messages.ReturnCommentRequired);
        if (!why.Success)
            return why;
        var chosen = year.Existing.Values
            .Where(m => m.Status == MeasurementStatus.Submitted && (selected.Count == 0 || selected.Contains(m.TargetId)))
            .Select(m => m.Id).ToList();
        if (chosen.Count == 0)
            return Result<string>.Fail(Messages.NothingToReturn);
        var now = time.GetUtcNow();
        return Transition(chosen, m => m.Return(actor, why.Value, now), why.Value, string.Format(Messages.FiguresReturned, chosen.Count, year.Year));
    }

    /// <summary>Reopens the year's approved and locked figures as drafts.</summary>
    public Result<string> Unlock(FiguresYear year, string? reason, Actor actor)
    {
        var why = Reason(reason, Messages.UnlockReasonRequired);
        if (!why.Success)
            return why;
        var chosen = year.Existing.Values.Where(m => m.Status is MeasurementStatus.Approved or MeasurementStatus.Locked).Select(m => m.Id).ToList();
        if (chosen.Count == 0)
            return Result<string>.Fail(Messages.NothingToUnlock);
        var now = time.GetUtcNow();
        return Transition(chosen, m => m.Unlock(actor, why.Value, now), why.Value, string.Format(Messages.FiguresUnlocked, chosen.Count, year.Year));
    }

    /// <summary>One state change for several figures, in one save whose audit entries carry <paramref name="why"/>.</summary>
    private Result<string> Transition(List<Guid> ids, Func<Measurement, Result<Measurement>> change, string? why, string notice)
    {
        using var transaction = db.Database.BeginTransaction();
        foreach (var m in db.Measurements.Where(x => ids.Contains(x.Id)).ToList())
        {
            var changed = change(m);
            if (!changed.Success)
                return Refused(changed.Error);
        }
        db.AuditNote = why;
        db.SaveChanges();
        transaction.Commit();
        return Result<string>.Ok(notice);
    }

    private Result<string> Refused(string message)
    {
        db.ChangeTracker.Clear();
        return Result<string>.Fail(message);
    }

    /// <summary>
    /// Nothing of the form is kept, but a stale edit's refusal stays in the audit trail: the storage layer wrote it
    /// inside this form's transaction, which is rolled back here, so it is written again afterwards.
    /// </summary>
    private Result<string> RollBackKeepingRefusals(string message, IDbContextTransaction transaction, List<Guid> stored, HashSet<Guid> refusedBefore)
    {
        var refusals = new AuditTrail(db).Refusals(user.UserName, stored).Where(a => !refusedBefore.Contains(a.Id)).ToList();
        transaction.Rollback();
        db.ChangeTracker.Clear();
        foreach (var r in refusals)
            db.AuditEntries.Add(new AuditEntry(r.At, r.UserName, r.Action, r.Entity, r.EntityId, r.Before, r.After, r.Note));
        if (refusals.Count > 0)
            db.SaveChanges();
        return Refused(message);
    }

    private static string? NoteOf(string? posted) => string.IsNullOrWhiteSpace(posted) ? null : posted.Trim();

    /// <summary>Whether a posted field (blank = not posted) matches the stored figure as the form shows it.</summary>
    private static bool Same(string? posted, decimal? stored)
    {
        if (string.IsNullOrWhiteSpace(posted))
            return true;
        return VietnameseNumber.Parse(posted.Trim()) is { } v && stored is { } s && Math.Round(v, 2) == Math.Round(s, 2);
    }
}
