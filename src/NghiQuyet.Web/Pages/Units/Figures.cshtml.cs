using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Text;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;

namespace NghiQuyet.Web.Pages.Units;

/// <summary>
/// One form per unit and year with every target: save as draft, submit to the province, approve or return with a
/// comment (province), unlock approved figures with a reason (province, administrator). All or nothing: one bad
/// figure and nothing of the form is written. Comments and reasons are kept in the audit trail (AuditNote), and the
/// latest one is shown to the commune while its figures are drafts again.
/// </summary>
public sealed class FiguresModel(NghiQuyetDbContext db, ProgressService reports, OrganizationEvaluator evaluator, UnitAccess access, ICurrentUser currentUser, TimeProvider time) : PageModel
{
    /// <summary>Room for a comment, a reason or a note (the audit and measurement note columns hold 2,000).</summary>
    public const int MaxText = 1000;

    public sealed class Row
    {
        public Guid TargetId { get; set; }
        public string? Value { get; set; }
        public string? Numerator { get; set; }
        public string? Denominator { get; set; }
        public string? Note { get; set; }
        public int? Version { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    /// <summary>The province's comment when returning figures (required).</summary>
    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>The submitted targets to return; none chosen = all of the year's submitted figures.</summary>
    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    [BindProperty]
    public string? UnlockReason { get; set; }

    /// <summary>Targets that are shares in % (numerator and denominator inputs are shown only for these).</summary>
    public IReadOnlySet<Guid> Shares { get; private set; } = new HashSet<Guid>();

    /// <summary>The latest return comment or unlock reason of figures that are drafts again, newest first.</summary>
    public IReadOnlyList<string> Remarks { get; private set; } = [];

    public Organization Unit { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<Target> Targets { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Measurement> Existing { get; private set; } = new Dictionary<Guid, Measurement>();
    public bool CanApprove { get; private set; }
    public int Submitted => Existing.Values.Count(m => m.Status == MeasurementStatus.Submitted);
    public int Closed => Existing.Values.Count(m => m.Status is MeasurementStatus.Approved or MeasurementStatus.Locked);
    public bool CanEnter { get; private set; }
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int year) =>
        await LoadAsync(code, year, UnitAction.View) ?? FillRows();

    public async Task<IActionResult> OnPostSaveAsync(string code, int year) =>
        await LoadAsync(code, year, UnitAction.Enter) ?? Write(year, submit: false);

    public async Task<IActionResult> OnPostSubmitAsync(string code, int year) =>
        await LoadAsync(code, year, UnitAction.Enter) ?? Write(year, submit: true);

    public async Task<IActionResult> OnPostApproveAsync(string code, int year)
    {
        Rows = []; // this form posts no figures; whatever came is not shown back
        var refused = await LoadAsync(code, year, UnitAction.Approve);
        if (refused is not null)
            return refused;
        var actor = Actors.Of(User);
        var now = time.GetUtcNow();
        using var transaction = db.Database.BeginTransaction();
        foreach (var m in Existing.Values.Where(m => m.Status == MeasurementStatus.Submitted))
        {
            var tracked = db.Measurements.First(x => x.Id == m.Id);
            var approved = tracked.Approve(actor, now);
            if (!approved.Success)
            {
                db.ChangeTracker.Clear();
                Error = approved.Error;
                return FillRows();
            }
        }
        db.SaveChanges();
        transaction.Commit();
        return Reload(string.Format(Messages.FiguresApproved, year));
    }

    public async Task<IActionResult> OnPostReturnAsync(string code, int year)
    {
        Rows = []; // this form posts no figures; whatever came is not shown back
        var refused = await LoadAsync(code, year, UnitAction.Approve);
        if (refused is not null)
            return refused;
        var known = Targets.Select(t => t.Id).ToHashSet();
        if (Selected.Any(id => !known.Contains(id)) || ModelState[nameof(Selected)]?.Errors.Count > 0)
            return BadRequest(); // a crafted row choice must not fall back to "all rows"
        if (string.IsNullOrWhiteSpace(Comment) || Comment.Length > MaxText)
        {
            ModelState.AddModelError(nameof(Comment), string.IsNullOrWhiteSpace(Comment) ? Messages.ReturnCommentRequired : string.Format(Messages.WorkflowTextTooLong, MaxText));
            return FillRows();
        }
        var chosen = Existing.Values.Where(m => m.Status == MeasurementStatus.Submitted && (Selected.Count == 0 || Selected.Contains(m.TargetId)))
            .Select(m => m.Id).ToList();
        if (chosen.Count == 0)
        {
            Error = Messages.NothingToReturn;
            return FillRows();
        }
        return Transition(chosen, m => m.Return(Actors.Of(User), Comment, time.GetUtcNow()), Comment.Trim(),
            string.Format(Messages.FiguresReturned, chosen.Count, year));
    }

    public async Task<IActionResult> OnPostUnlockAsync(string code, int year)
    {
        Rows = []; // this form posts no figures; whatever came is not shown back
        var refused = await LoadAsync(code, year, UnitAction.Approve);
        if (refused is not null)
            return refused;
        if (string.IsNullOrWhiteSpace(UnlockReason) || UnlockReason.Length > MaxText)
        {
            ModelState.AddModelError(nameof(UnlockReason), string.IsNullOrWhiteSpace(UnlockReason) ? Messages.UnlockReasonRequired : string.Format(Messages.WorkflowTextTooLong, MaxText));
            return FillRows();
        }
        var chosen = Existing.Values.Where(m => m.Status is MeasurementStatus.Approved or MeasurementStatus.Locked).Select(m => m.Id).ToList();
        if (chosen.Count == 0)
        {
            Error = Messages.NothingToUnlock;
            return FillRows();
        }
        return Transition(chosen, m => m.Unlock(Actors.Of(User), UnlockReason, time.GetUtcNow()), UnlockReason.Trim(),
            string.Format(Messages.FiguresUnlocked, chosen.Count, year));
    }

    /// <summary>One state change for several figures, in one save whose audit entries carry <paramref name="why"/>.</summary>
    private IActionResult Transition(List<Guid> ids, Func<Measurement, Result<Measurement>> change, string why, string notice)
    {
        using var transaction = db.Database.BeginTransaction();
        foreach (var m in db.Measurements.Where(x => ids.Contains(x.Id)).ToList())
        {
            var changed = change(m);
            if (!changed.Success)
            {
                db.ChangeTracker.Clear();
                Error = changed.Error;
                return FillRows();
            }
        }
        db.AuditNote = why;
        db.SaveChanges();
        transaction.Commit();
        return Reload(notice);
    }

    /// <summary>Finds the unit, checks the action, loads targets and this year's figures; a result means "stop here".</summary>
    private async Task<IActionResult?> LoadAsync(string code, int year, UnitAction action)
    {
        var scope = reports.Scope(code);
        if (scope is null || year is < 2000 or > 2100)
            return NotFound();
        if (!await access.AllowsAsync(scope, action) || !await access.AllowsAsync(scope, UnitAction.View))
            return Forbid();
        CanEnter = await access.AllowsAsync(scope, UnitAction.Enter);
        CanApprove = await access.AllowsAsync(scope, UnitAction.Approve);
        if (action == UnitAction.View && !CanEnter && !CanApprove)
            return Forbid();
        Unit = db.Organizations.AsNoTracking().First(o => o.Code == code);
        Year = year;
        var current = new ResolutionStore(db).Current(code);
        if (!current.Success)
            return NotFound();
        Targets = current.Value.Resolution.Targets.OrderBy(t => t.Position).ToList();
        var ids = Targets.Select(t => t.Id).ToList();
        Existing = db.Measurements.AsNoTracking().Where(m => ids.Contains(m.TargetId) && m.Year == year).ToDictionary(m => m.TargetId);
        Shares = Targets.Where(t => evaluator.Spec(t.Terms).IsShare).Select(t => t.Id).ToHashSet();
        Remarks = RemarksOf(Existing.Values.Where(m => m.Status == MeasurementStatus.Draft).Select(m => m.Id).ToList());
        return null;
    }

    /// <summary>For each draft figure, the latest reasoned change (a return or an unlock) from the audit trail.</summary>
    private List<string> RemarksOf(List<Guid> drafts)
    {
        if (drafts.Count == 0)
            return [];
        var reasoned = db.AuditEntries.AsNoTracking()
            .Where(a => drafts.Contains(a.EntityId) && a.Action == AuditAction.Update && a.Note != null)
            .ToList();
        return reasoned.GroupBy(a => a.EntityId).Select(g => g.OrderByDescending(a => a.At).First())
            .OrderByDescending(a => a.At)
            .Select(a => string.Format(WasApproved(a.Before) ? Messages.FiguresUnlockedBy : Messages.FiguresReturnedBy, a.UserName, Format.Time(a.At), a.Note))
            .Distinct()
            .ToList();
    }

    private static bool WasApproved(string? before)
    {
        try
        {
            return before is not null && JsonNode.Parse(before)?["ApprovedBy"] is JsonValue v && v.TryGetValue<string>(out var by) && by.Length > 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private PageResult FillRows()
    {
        Notice ??= TempData["Notice"] as string;
        if (Rows.Count == 0)
            Rows = Targets.Select(t => Existing.TryGetValue(t.Id, out var m)
                ? new Row { TargetId = t.Id, Value = Format.Number(m.Value), Numerator = m.Numerator is { } n ? Format.Number(n) : null,
                    Denominator = m.Denominator is { } d ? Format.Number(d) : null, Note = m.Note, Version = m.Version }
                : new Row { TargetId = t.Id }).ToList();
        return Page();
    }

    private IActionResult Write(int year, bool submit)
    {
        var known = Targets.Select(t => t.Id).ToHashSet();
        if (Rows.Any(r => !known.Contains(r.TargetId)))
            return BadRequest();
        var figures = new List<(Row Row, MeasurementFigure Figure)>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (Existing.TryGetValue(row.TargetId, out var stored) && stored.Status != MeasurementStatus.Draft)
            {
                // Submitted, approved and locked figures are shown read-only; a change posted anyway is refused, field by field.
                var message = stored.Status == MeasurementStatus.Submitted
                    ? string.Format(Messages.MeasurementNotDraft, Measurement.StatusName(stored.Status))
                    : string.Format(Messages.FigureLockedField, Measurement.StatusName(stored.Status));
                if (!Same(row.Value, stored.Value))
                    ModelState.AddModelError($"Rows[{i}].Value", message);
                if (!Same(row.Numerator, stored.Numerator))
                    ModelState.AddModelError($"Rows[{i}].Numerator", message);
                if (!Same(row.Denominator, stored.Denominator))
                    ModelState.AddModelError($"Rows[{i}].Denominator", message);
                if (row.Note is not null && (string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim()) != stored.Note)
                    ModelState.AddModelError($"Rows[{i}].Note", message);
                continue;
            }
            if (!Shares.Contains(row.TargetId) && (!string.IsNullOrWhiteSpace(row.Numerator) || !string.IsNullOrWhiteSpace(row.Denominator)))
            {
                ModelState.AddModelError($"Rows[{i}].Numerator", Messages.NumeratorOnlyForShares);
                continue;
            }
            if (string.IsNullOrWhiteSpace(row.Value) && string.IsNullOrWhiteSpace(row.Numerator) && string.IsNullOrWhiteSpace(row.Denominator))
                continue;
            var unreadable = ModelState.ErrorCount;
            var value = ModelState.ReadNumber(row.Value, $"Rows[{i}].Value");
            var numerator = ModelState.ReadNumber(row.Numerator, $"Rows[{i}].Numerator");
            var denominator = ModelState.ReadNumber(row.Denominator, $"Rows[{i}].Denominator");
            if (row.Note?.Length > MaxText)
                ModelState.AddModelError($"Rows[{i}].Note", string.Format(Messages.WorkflowTextTooLong, MaxText));
            var figure = new MeasurementFigure(value, numerator, denominator, string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim());
            if (ModelState.ErrorCount > unreadable)
                continue; // the unreadable number's own message says it; a consistency check on the rest would mislead
            var check = Measurement.Check(figure, Targets.First(t => t.Id == row.TargetId));
            if (!check.Success)
                ModelState.AddModelError($"Rows[{i}].Value", check.Error);
            figures.Add((row, figure));
        }
        if (!ModelState.IsValid)
        {
            Error = Messages.FiguresNotSaved;
            return FillRows();
        }

        var service = new MeasurementService(db, currentUser, time);
        var actor = Actors.Of(User);
        var refusedBefore = Refusals();
        using var transaction = db.Database.BeginTransaction();
        foreach (var (row, figure) in figures)
        {
            var recorded = service.Record(row.TargetId, year, figure, actor, row.Version);
            if (!recorded.Success)
                return Refuse(recorded.Error, transaction, refusedBefore);
        }
        if (submit)
        {
            var ids = known.ToList();
            var now = time.GetUtcNow();
            foreach (var m in db.Measurements.Where(m => ids.Contains(m.TargetId) && m.Year == year && m.Status == MeasurementStatus.Draft).ToList())
            {
                var submitted = m.Submit(actor, now);
                if (!submitted.Success)
                    return Refuse(submitted.Error);
            }
            db.SaveChanges();
        }
        transaction.Commit();
        return Reload(string.Format(submit ? Messages.FigureSubmitted : Messages.FigureSaved, year));
    }

    private PageResult Refuse(string message)
    {
        db.ChangeTracker.Clear();
        Error = message;
        return Page();
    }

    /// <summary>
    /// Nothing of the form is kept, but a stale edit's refusal stays in the audit trail: the storage layer wrote it
    /// inside this form's transaction, which is rolled back here, so it is written again afterwards.
    /// </summary>
    private PageResult Refuse(string message, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, HashSet<Guid> refusedBefore)
    {
        var refusals = Refusals(refusedBefore);
        transaction.Rollback();
        db.ChangeTracker.Clear();
        foreach (var r in refusals)
            db.AuditEntries.Add(new AuditEntry(r.At, r.UserName, r.Action, r.Entity, r.EntityId, r.Before, r.After, r.Note));
        if (refusals.Count > 0)
            db.SaveChanges();
        return Refuse(message);
    }

    /// <summary>The ids of this user's refusals on the year's stored figures (the only ones a stale edit can hit).</summary>
    private HashSet<Guid> Refusals()
    {
        var ids = Existing.Values.Select(m => m.Id).ToList();
        var user = currentUser.UserName;
        return db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Refused && a.UserName == user && ids.Contains(a.EntityId))
            .Select(a => a.Id).ToHashSet();
    }

    private List<AuditEntry> Refusals(HashSet<Guid> before)
    {
        var ids = Existing.Values.Select(m => m.Id).ToList();
        var user = currentUser.UserName;
        return db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Refused && a.UserName == user && ids.Contains(a.EntityId))
            .ToList().Where(a => !before.Contains(a.Id)).ToList();
    }

    private RedirectToPageResult Reload(string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage(new { code = Unit.Code, year = Year });
    }

    /// <summary>Whether a posted field (blank = not posted) matches the stored figure as the form shows it.</summary>
    private static bool Same(string? posted, decimal? stored)
    {
        if (string.IsNullOrWhiteSpace(posted))
            return true;
        return VietnameseNumber.Parse(posted.Trim()) is { } v && stored is { } s && Math.Round(v, 2) == Math.Round(s, 2);
    }

}
