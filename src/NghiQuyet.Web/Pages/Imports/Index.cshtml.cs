using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Ingest;
using NghiQuyet.Ingest.Ocr;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Identity;
using NghiQuyet.Web.Imports;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;

namespace NghiQuyet.Web.Pages.Imports;

/// <summary>
/// Upload a political report (.txt, .docx, .pdf): the duplicate check on its bytes first; then a text layer is read,
/// extracted, its unit found, the user's right on it checked, and only then stored as a draft; a scan goes to a
/// background job (<see cref="ImportJobWorker"/>) and the user to its progress page. Any refusal stores nothing.
/// </summary>
[RequestSizeLimit(ImportLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportLimits.MaxRequestBytes)]
[UploadLimit]
public sealed class IndexModel(NghiQuyetDbContext db, ImportService importer, ImportJobService jobs, ImportJobQueue queue, OcrSettings ocr, TimeProvider time,
    ProgressService reports, UnitAccess access) : PageModel
{
    public sealed record DraftRow(Guid Id, string UnitName, string UnitCode, string FileName, DateTimeOffset CreatedAt, string CreatedBy);

    private static readonly string[] Extensions = [".txt", ".docx", ".pdf"];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Optional: the unit the report belongs to, when its header does not say it clearly.</summary>
    [BindProperty]
    public string? UnitCode { get; set; }

    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];
    public string? Error { get; private set; }
    public bool MayChooseUnit => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.ProvinceOfficer);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await MayImportAsync())
            return Forbid();
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await MayImportAsync())
            return Forbid();
        if (Upload is null || Upload.Length == 0)
            return await RefuseAsync(Messages.ImportNoFile);
        var fileName = Path.GetFileName(Upload.FileName);
        if (!Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()))
            return await RefuseAsync(string.Format(Messages.ImportWrongType, fileName));
        if (Upload.Length > DocumentReader.MaxFileBytes)
            return await RefuseAsync(string.Format(Messages.FileTooLarge, fileName, Upload.Length / (1024 * 1024), ImportLimits.MaxFileMegabytes));
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await Upload.CopyToAsync(buffer, HttpContext.RequestAborted);
            bytes = buffer.ToArray();
        }
        // A picture renamed to .pdf would otherwise go to OCR: the page takes reports, not photographs.
        if (TesseractOcr.LooksLikeImage(bytes))
            return await RefuseAsync(string.Format(Messages.ImportWrongType, fileName));

        // The same bytes already stored: found before anything is read, and named only to whoever may enter that
        // unit's data; to anyone else the answer says nothing of the unit, the resolution or when (defect 4).
        if (importer.Duplicate(SourceFile.HashOf(bytes)) is { } duplicate)
        {
            if (!await access.AllowsAsync(new UnitScope(duplicate.Organization.Code, duplicate.Organization.ProvinceCode), UnitAction.Enter))
                return await RefuseAsync(Messages.AlreadyImportedElsewhere);
            TempData["Notice"] = string.Format(Messages.AlreadyImportedHere, Format.Time(duplicate.ImportedAt), duplicate.Organization.FullName);
            return RedirectToPage("Review", new { id = duplicate.ResolutionId });
        }

        // Text layers (.txt, .docx, a PDF with text) are read here, in moments. A scan is not read in the request: it
        // becomes a background job, and the page that follows it shows its progress (defect 1).
        var code = string.IsNullOrWhiteSpace(UnitCode) ? null : UnitCode.Trim();
        var needsOcr = false;
        OcrReader later = (name, _, _) =>
        {
            needsOcr = true;
            return Result<Core.Text.SourceDocument>.Fail(string.Format(Messages.PdfNeedsOcr, name));
        };
        var ingested = await Task.Run(() => ReportIngest.Extract(fileName, bytes, later), HttpContext.RequestAborted);
        if (needsOcr)
        {
            var uploader = Uploader.Of(User);
            var job = jobs.Enqueue(new ImportJob(fileName, bytes, code, uploader.UserName, uploader.Role, uploader.Organization, time.GetUtcNow()),
                ocr.MaxJobsPerUser);
            if (!job.Success)
                return await RefuseAsync(job.Error);
            queue.Wake();
            TempData["Notice"] = string.Format(Messages.ImportJobQueued, fileName);
            return RedirectToPage("Job", new { id = job.Value.Id });
        }
        if (!ingested.Success)
            return await RefuseAsync(ingested.Error);
        var report = ingested.Value;

        var unit = Uploader.Of(User).UnitOf(importer, report.Extraction.Document, code);
        if (!unit.Success)
            return await RefuseAsync(unit.Error);
        if (!await access.AllowsAsync(new UnitScope(unit.Value.Code, unit.Value.ProvinceCode), UnitAction.Enter))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return await RefuseAsync(string.Format(Messages.ImportNotAllowed, unit.Value.FullName, unit.Value.Code));
        }

        Result<ImportOutcome> outcome;
        try
        {
            outcome = importer.Import(new ImportRequest(fileName, report.Source.Format, bytes, report.Extraction, report.Source), unit.Value);
        }
        catch (Exception ex) when (DbErrors.Describe(ex, db) is { } message)
        {
            return await RefuseAsync(message);
        }
        if (!outcome.Success)
            return await RefuseAsync(outcome.Error);
        var o = outcome.Value;
        // Stored by someone else between the check above and now: the same rule as above.
        if (o.AlreadyImported && !await access.AllowsAsync(new UnitScope(o.Organization.Code, o.Organization.ProvinceCode), UnitAction.Enter))
            return await RefuseAsync(Messages.AlreadyImportedElsewhere);
        TempData["Notice"] = o.AlreadyImported
            ? string.Format(Messages.AlreadyImportedHere, Format.Time(o.ImportedAt), o.Organization.FullName)
            : string.Format(Messages.ImportDone, $"{o.Organization.FullName} ({o.Organization.Code})", o.Targets, o.Results);
        return RedirectToPage("Review", new { id = o.ResolutionId });
    }

    /// <summary>Administrators, province and commune officers import (each for the units they may enter); inspectors do not.</summary>
    private async Task<bool> MayImportAsync() =>
        User.FindFirstValue(WebClaims.OrganizationCode) is { } own && reports.Scope(own) is { } scope
        && await access.AllowsAsync(scope, UnitAction.Enter);

    private async Task<PageResult> RefuseAsync(string message)
    {
        Error = message;
        await ShowAsync();
        return Page();
    }

    private async Task<PageResult> ShowAsync()
    {
        var drafts = db.Resolutions.AsNoTracking().Where(r => r.Status == ResolutionStatus.Draft)
            .OrderByDescending(r => r.CreatedAt).Take(200)
            .Select(r => new { r.Id, Unit = r.Organization!, File = r.SourceFile!.FileName, r.CreatedAt, r.CreatedBy })
            .ToList();
        var rows = new List<DraftRow>();
        foreach (var d in drafts)
            if (await access.AllowsAsync(new UnitScope(d.Unit.Code, d.Unit.ProvinceCode), UnitAction.Enter))
                rows.Add(new DraftRow(d.Id, d.Unit.FullName, d.Unit.Code, d.File, d.CreatedAt, d.CreatedBy));
        Drafts = rows;
        return Page();
    }
}
