using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
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
    /// <summary>The target's terms with the reason, as typed.</summary>
    public sealed class EditForm : TargetTermsFields
    {
        public string? Reason { get; set; }
        public int? Version { get; set; }
        /// <summary>A revision's first year (published targets only).</summary>
        public string? FromYear { get; set; }

        public static EditForm Of(Target target, string? fromYear)
        {
            var form = new EditForm { Version = target.Version, FromYear = fromYear };
            form.Fill(target);
            return form;
        }
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
        var fromYear = TargetTermsForm.ReadYear(Edit.FromYear);
        if (fromYear is null)
            ModelState.AddModelError("Edit.FromYear", Messages.RevisionFromYearRequired);
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

    private void FillForm() =>
        Edit = EditForm.Of(Detail.Line.Target, IsPublished ? reports.CurrentYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);

    /// <summary>The posted terms (<see cref="TargetTermsForm"/>) and reason, or null with a message next to each bad field.</summary>
    private TargetTerms? Read()
    {
        var terms = Edit.Read(ModelState, "Edit");
        if (string.IsNullOrWhiteSpace(Edit.Reason))
            ModelState.AddModelError("Edit.Reason", Messages.TargetEditReasonRequired);
        else if (Edit.Reason.Length > 1000)
            ModelState.AddModelError("Edit.Reason", string.Format(Messages.WorkflowTextTooLong, 1000));
        return ModelState.IsValid ? terms : null;
    }
}
