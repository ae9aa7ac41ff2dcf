using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Identity;
using NghiQuyet.Web.Imports;

namespace NghiQuyet.Web.Pages.Imports;

/// <summary>
/// A scan being read in the background: page n of m, refreshed every few seconds, a cancel button while it runs, and
/// at the end the draft (or why there is none). Only the uploader (and an administrator) sees it; anyone else gets 404.
/// </summary>
public sealed class JobModel(ImportJobService jobs, ImportJobQueue queue) : PageModel
{
    public ImportJob Job { get; private set; } = null!;
    public string? Notice { get; private set; }

    /// <summary>What the page says about where the job stands.</summary>
    public string StatusText => Job.Status switch
    {
        ImportJobStatus.Queued => Messages.ImportJobWaiting,
        ImportJobStatus.Running when Job.Pages > 0 && Job.Page >= Job.Pages && Job.CancelRequested == false => string.Format(Messages.ImportJobExtracting, Job.Pages),
        ImportJobStatus.Running when Job.Pages > 0 => string.Format(Messages.ImportJobReading, Job.Page, Job.Pages),
        ImportJobStatus.Running => Messages.ImportJobStarting,
        ImportJobStatus.Succeeded => Job.Message ?? Messages.ImportJobDone,
        _ => Job.Message ?? "",
    };

    public IActionResult OnGet(Guid id)
    {
        if (Load(id) is { } refused)
            return refused;
        Notice = TempData["Notice"] as string;
        // No script: the page reloads itself while the job runs.
        if (!Job.IsFinished)
            Response.Headers["Refresh"] = "2";
        return Page();
    }

    public IActionResult OnPostCancel(Guid id)
    {
        if (Load(id) is { } refused)
            return refused;
        var cancelled = jobs.RequestCancel(id);
        if (cancelled.Success)
            queue.Interrupt(id);
        TempData["Notice"] = cancelled.Success ? Messages.ImportJobCancelRequested : cancelled.Error;
        return RedirectToPage(new { id });
    }

    private NotFoundResult? Load(Guid id)
    {
        var job = jobs.Find(id);
        if (job is null || (job.RequestedBy != User.Identity?.Name && !User.IsInRole(Roles.Administrator)))
            return NotFound();
        Job = job;
        return null;
    }
}
