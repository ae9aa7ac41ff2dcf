using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;

namespace NghiQuyet.Web.Pages.Targets;

/// <summary>
/// A target: yearly figures against the target line and the projection, the audit history, its revisions, and (for
/// whoever may enter the unit's data) a form with a required reason, which goes into the audit entry: a correction
/// while the resolution is a draft, a revision request (from a year on, approved by the level above) once published.
/// </summary>
public sealed class IndexModel(ProgressService reports, UnitAccess access, NghiQuyetDbContext db, ICurrentUser currentUser, TimeProvider time) : PageModel
{
    public sealed class EditForm
    {
        public string? Name { get; set; }
        public string? Op { get; set; }
        public string? Value { get; set; }
        public string? ValueMax { get; set; }
        public string? Unit { get; set; }
        public string? Year { get; set; }
        public string? Reason { get; set; }
        public int? Version { get; set; }
        /// <summary>A revision's first year (published targets only).</summary>
        public string? FromYear { get; set; }
    }

    [BindProperty]
    public EditForm Edit { get; set; } = new();

    public TargetDetail Detail { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    /// <summary>May approve or turn down this unit's revision requests (the province for its communes, an administrator).</summary>
    public bool CanDecide { get; private set; }
    public bool IsPublished => Detail.Resolution.Status == ResolutionStatus.Published;
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var refused = await LoadAsync(id, UnitAction.View);
        if (refused is not null)
            return refused;
        Notice = TempData["Notice"] as string;
        FillForm();
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id)
    {
        var refused = await LoadAsync(id, UnitAction.Enter);
        if (refused is not null)
            return refused;
        var correction = Read();
        if (correction is null || !ModelState.IsValid)
        {
            Error = Messages.TargetEditNotSaved;
            return Page();
        }
        db.AuditNote = Edit.Reason!.Trim();
        var corrected = new TargetService(db, currentUser, time).Correct(id, correction, Actors.Of(User), Edit.Version);
        db.AuditNote = null;
        if (!corrected.Success)
        {
            Error = IsPublished ? Messages.TargetPublishedUseRevision : corrected.Error;
            Detail = reports.Target(id)!;
            return Page();
        }
        TempData["Notice"] = Messages.TargetCorrectedWithReason;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReviseAsync(Guid id)
    {
        var refused = await LoadAsync(id, UnitAction.Enter);
        if (refused is not null)
            return refused;
        var change = Read();
        var fromYear = ReadYear(Edit.FromYear, "Edit.FromYear", Messages.RevisionFromYearRequired);
        if (change is null || fromYear is null || !ModelState.IsValid)
        {
            Error = Messages.TargetEditNotSaved;
            return Page();
        }
        db.AuditNote = Edit.Reason!.Trim();
        var requested = new TargetService(db, currentUser, time).RequestRevision(id, change, fromYear.Value, Edit.Reason, Actors.Of(User));
        db.AuditNote = null;
        if (!requested.Success)
        {
            Error = requested.Error;
            return Page();
        }
        TempData["Notice"] = Messages.RevisionRequested;
        return RedirectToPage(new { id });
    }

    /// <summary>Approve (<paramref name="approve"/>) or turn down, with a note, the pending revision.</summary>
    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid revisionId, bool approve, string? note, int? version)
    {
        var refused = await LoadAsync(id, UnitAction.Approve);
        if (refused is not null)
            return refused;
        if (note?.Length > 1000)
        {
            Error = string.Format(Messages.WorkflowTextTooLong, 1000);
            return Page();
        }
        db.AuditNote = note;
        var decided = new TargetService(db, currentUser, time).DecideRevision(id, revisionId, approve, note, Actors.Of(User), version);
        db.AuditNote = null;
        if (!decided.Success)
        {
            Error = decided.Error;
            Detail = reports.Target(id)!;
            return Page();
        }
        TempData["Notice"] = approve ? string.Format(Messages.RevisionApproved, decided.Value.FromYear) : Messages.RevisionRejected;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, UnitAction action)
    {
        var detail = reports.Target(id);
        if (detail is null)
            return NotFound();
        var scope = new UnitScope(detail.Unit.Code, detail.Unit.ProvinceCode);
        if (!await access.AllowsAsync(scope, UnitAction.View) || !await access.AllowsAsync(scope, action))
            return Forbid();
        CanEdit = await access.AllowsAsync(scope, UnitAction.Enter);
        CanDecide = await access.AllowsAsync(scope, UnitAction.Approve);
        Detail = detail;
        return null;
    }

    private void FillForm()
    {
        var t = Detail.Line.Target;
        Edit = new EditForm
        {
            Name = t.EffectiveName,
            Op = t.EffectiveOp.ToString(),
            Value = t.EffectiveValue is { } v ? VietnameseNumber.Format(v) : null,
            ValueMax = t.EffectiveValueMax is { } m ? VietnameseNumber.Format(m) : null,
            Unit = t.EffectiveUnit,
            Year = t.EffectiveYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Version = t.Version,
            FromYear = IsPublished ? reports.CurrentYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    private int? ReadYear(string? text, string key, string message)
    {
        if (int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
            return year;
        ModelState.AddModelError(key, message);
        return null;
    }

    /// <summary>The posted correction, or null with a message next to each bad field.</summary>
    private TargetCorrection? Read()
    {
        if (string.IsNullOrWhiteSpace(Edit.Name))
            ModelState.AddModelError("Edit.Name", Messages.TargetNameRequired);
        else if (Edit.Name.Trim().Length > 1000)
            ModelState.AddModelError("Edit.Name", string.Format(Messages.WorkflowTextTooLong, 1000));
        if (Edit.Unit?.Trim().Length > 100)
            ModelState.AddModelError("Edit.Unit", string.Format(Messages.WorkflowTextTooLong, 100));
        if (!Enum.TryParse<TargetOp>(Edit.Op, ignoreCase: false, out var op) || !Enum.IsDefined(op) || int.TryParse(Edit.Op, out _))
            ModelState.AddModelError("Edit.Op", Messages.TargetEditOpInvalid);
        var value = ModelState.ReadNumber(Edit.Value, "Edit.Value");
        var max = ModelState.ReadNumber(Edit.ValueMax, "Edit.ValueMax");
        var year = ReadYear(Edit.Year, "Edit.Year", string.Format(Messages.TargetEditYearInvalid, Edit.Year?.Trim())) ?? 0;
        if (string.IsNullOrWhiteSpace(Edit.Reason))
            ModelState.AddModelError("Edit.Reason", Messages.TargetEditReasonRequired);
        else if (Edit.Reason.Length > 1000)
            ModelState.AddModelError("Edit.Reason", string.Format(Messages.WorkflowTextTooLong, 1000));
        if (op == TargetOp.Range && ModelState.IsValid && (value is null || max is null || value > max))
            ModelState.AddModelError("Edit.ValueMax", Messages.RangeNeedsBounds);
        if (!ModelState.IsValid)
            return null;
        return new TargetCorrection(Edit.Name!.Trim(), op, value, max,
            string.IsNullOrWhiteSpace(Edit.Unit) ? null : Edit.Unit.Trim(), year);
    }

}
