using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;

namespace NghiQuyet.Web.Pages.Units;

/// <summary>
/// One form per unit and year with every target: save as draft, submit to the province, approve or return with a
/// comment (province), unlock approved figures with a reason (province, administrator). The page checks who may do
/// what, binds the form and shows the outcome; the state changes are <see cref="FiguresWorkflow"/>'s.
/// </summary>
public sealed class FiguresModel(ProgressService reports, FiguresWorkflow workflow, UnitAccess access) : PageModel
{
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

    public FiguresYear Form { get; private set; } = null!;
    public Organization Unit => Form.Unit;
    public int Year => Form.Year;
    public IReadOnlyList<Target> Targets => Form.Targets;
    public IReadOnlyDictionary<Guid, Measurement> Existing => Form.Existing;
    /// <summary>Targets that are shares in % (numerator and denominator inputs are shown only for these).</summary>
    public IReadOnlySet<Guid> Shares => Form.Shares;

    /// <summary>The latest return comment or unlock reason of figures that are drafts again, newest first.</summary>
    public IReadOnlyList<string> Remarks { get; private set; } = [];

    public bool CanApprove { get; private set; }
    public int Submitted => Existing.Values.Count(m => m.Status == MeasurementStatus.Submitted);
    public int Closed => Existing.Values.Count(m => m.Status is MeasurementStatus.Approved or MeasurementStatus.Locked);
    public bool CanEnter { get; private set; }
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int year) =>
        await LoadAsync(code, year, UnitAction.View) ?? FillRows();

    public async Task<IActionResult> OnPostSaveAsync(string code, int year) =>
        await LoadAsync(code, year, UnitAction.Enter) ?? Write(submit: false);

    public async Task<IActionResult> OnPostSubmitAsync(string code, int year) =>
        await LoadAsync(code, year, UnitAction.Enter) ?? Write(submit: true);

    public async Task<IActionResult> OnPostApproveAsync(string code, int year)
    {
        Rows = []; // this form posts no figures; whatever came is not shown back
        return await LoadAsync(code, year, UnitAction.Approve) ?? Show(workflow.Approve(Form, Actors.Of(User)));
    }

    public async Task<IActionResult> OnPostReturnAsync(string code, int year)
    {
        Rows = []; // this form posts no figures; whatever came is not shown back
        var refused = await LoadAsync(code, year, UnitAction.Approve);
        if (refused is not null)
            return refused;
        if (Selected.Any(id => !Form.Has(id)) || ModelState[nameof(Selected)]?.Errors.Count > 0)
            return BadRequest(); // a crafted row choice must not fall back to "all rows"
        var comment = FiguresWorkflow.Reason(Comment, Messages.ReturnCommentRequired);
        if (!comment.Success)
            return FieldError(nameof(Comment), comment.Error);
        return Show(workflow.Return(Form, Selected, comment.Value, Actors.Of(User)));
    }

    public async Task<IActionResult> OnPostUnlockAsync(string code, int year)
    {
        Rows = []; // this form posts no figures; whatever came is not shown back
        var refused = await LoadAsync(code, year, UnitAction.Approve);
        if (refused is not null)
            return refused;
        var reason = FiguresWorkflow.Reason(UnlockReason, Messages.UnlockReasonRequired);
        if (!reason.Success)
            return FieldError(nameof(UnlockReason), reason.Error);
        return Show(workflow.Unlock(Form, reason.Value, Actors.Of(User)));
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
        var form = workflow.Open(code, year);
        if (!form.Success)
            return NotFound();
        Form = form.Value;
        Remarks = Form.Remarks
            .Select(r => string.Format(r.Reopened ? Messages.FiguresUnlockedBy : Messages.FiguresReturnedBy, r.UserName, Format.Time(r.At), r.Note))
            .Distinct()
            .ToList();
        return null;
    }

    private IActionResult Write(bool submit)
    {
        if (Rows.Any(r => !Form.Has(r.TargetId)))
            return BadRequest();
        var figures = FiguresWorkflow.Read(Form, Rows.Select(r => new PostedFigure(r.TargetId, r.Value, r.Numerator, r.Denominator, r.Note, r.Version)).ToList());
        foreach (var e in figures.Errors)
            ModelState.AddModelError($"Rows[{e.Row}].{e.Field}", e.Message);
        if (!ModelState.IsValid)
        {
            Error = Messages.FiguresNotSaved;
            return FillRows();
        }
        var saved = workflow.Save(Form, figures, submit, Actors.Of(User));
        if (saved.Success)
            return Reload(saved.Value);
        Error = saved.Error;
        return Page();
    }

    /// <summary>A state change's outcome: its notice after a redirect, or the refusal on the form.</summary>
    private IActionResult Show(Result<string> outcome)
    {
        if (outcome.Success)
            return Reload(outcome.Value);
        Error = outcome.Error;
        return FillRows();
    }

    private PageResult FieldError(string field, string message)
    {
        ModelState.AddModelError(field, message);
        return FillRows();
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

    private RedirectToPageResult Reload(string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage(new { code = Unit.Code, year = Year });
    }
}
