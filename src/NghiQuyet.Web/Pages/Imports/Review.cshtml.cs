using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Review;
using NghiQuyet.Core.Text;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Imports;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;

namespace NghiQuyet.Web.Pages.Imports;

/// <summary>
/// A draft resolution beside the document it came from: each target next to its source line, the reviewer's
/// findings, and (while it is a draft, for whoever may enter the unit's data) correct, add, remove targets, publish.
/// </summary>
public sealed class ReviewModel(NghiQuyetDbContext db, DraftService drafts, ProgressService reports, UnitAccess access, SourceTexts sources, IndicatorMatcher matcher) : PageModel
{
    /// <summary>One target as typed in the edit or add form; numbers in Vietnamese notation.</summary>
    public sealed class TargetForm : TargetTermsFields
    {
        public Guid? TargetId { get; set; }
        public int? Version { get; set; }
        public string? Item { get; set; }
        public string? Group { get; set; }

        public static TargetForm Of(Target target)
        {
            var form = new TargetForm { TargetId = target.Id, Version = target.Version };
            form.Fill(target);
            return form;
        }
    }

    [BindProperty]
    public TargetForm Form { get; set; } = new();

    /// <summary>The resolution's version the user saw when pressing "publish".</summary>
    [BindProperty]
    public int? ResolutionVersion { get; set; }

    public Resolution Resolution { get; private set; } = null!;
    public Organization Unit { get; private set; } = null!;
    public IReadOnlyList<Target> Targets { get; private set; } = [];
    public string FileName { get; private set; } = "";
    public string ImportedBy { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }
    public SourceDocument? Source { get; private set; }
    public string? SourceMessage { get; private set; }
    public IReadOnlyList<ReviewFinding> Findings { get; private set; } = [];
    public ILookup<int, Target> TargetsByLine { get; private set; } = Array.Empty<Target>().ToLookup(t => t.Line);
    public ISet<int> FindingLines { get; private set; } = new HashSet<int>();
    public bool CanEdit { get; private set; }
    public Guid? Editing { get; private set; }
    public bool Adding { get; private set; }
    public DateTimeOffset? PublishedBefore { get; private set; }
    public string? Notice { get; private set; }
    public string? Error { get; private set; }
    public bool Restored => Source?.Lines.Any(l => l.Original is not null) == true;

    /// <summary>The source cut into pages (a long report in one page would pass 200 KB) and the page shown.</summary>
    public SourcePages Pages { get; private set; } = SourcePages.Of([]);
    public int SourcePage { get; private set; }

    /// <summary>Which source page to show: the number of its first line (<c>?from=</c>), from the query string.</summary>
    [FromQuery(Name = "from")]
    public int? From { get; set; }

    /// <summary>The link to a source line: its anchor on this page, or its page and anchor.</summary>
    public string LineHref(int line) =>
        Pages.PageOf(line) is { } page && page != SourcePage ? $"{PageHref(page)}#L{line}" : $"#L{line}";

    public string PageHref(int page) => $"/Imports/{Resolution.Id}?from={Pages.FirstLine(page)}";

    /// <summary>"?from=N&amp;" for links that should stay on the source page shown (empty on the first page).</summary>
    public string KeepPage => SourcePage > 0 ? $"from={Pages.FirstLine(SourcePage)}&" : "";

    /// <summary>This page's own address (with its source page), for "cancel" links.</summary>
    public string Here => SourcePage > 0 ? PageHref(SourcePage) : $"/Imports/{Resolution.Id}";

    private string _format = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? edit)
    {
        if (await AuthorizeAsync(id, UnitAction.View) is { } refused)
            return refused;
        if (CanEdit && edit is { } e && Targets.FirstOrDefault(t => t.Id == e) is { } target)
        {
            Editing = e;
            Form = TargetForm.Of(target);
        }
        return Show();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id)
    {
        if (await AuthorizeAsync(id, UnitAction.Enter) is { } refused)
            return refused;
        Editing = Form.TargetId;
        if (Form.TargetId is not { } targetId)
            return BadRequest();
        var correction = Form.Read(ModelState, nameof(Form));
        if (correction is null)
            return Refuse(Messages.DraftNotSaved);
        var done = drafts.Correct(id, targetId, correction, Actors.Of(User), Form.Version);
        return done.Success ? Reload(string.Format(Messages.DraftTargetCorrected, done.Value.EffectiveName)) : Refuse(done.Error);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (await AuthorizeAsync(id, UnitAction.Enter) is { } refused)
            return refused;
        if (Form.TargetId is not { } targetId)
            return BadRequest();
        var done = drafts.Remove(id, targetId, Actors.Of(User), Form.Version);
        return done.Success ? Reload(string.Format(Messages.DraftTargetRemoved, done.Value.EffectiveName)) : Refuse(done.Error);
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        if (await AuthorizeAsync(id, UnitAction.Enter) is { } refused)
            return refused;
        Adding = true;
        var terms = Form.Read(ModelState, nameof(Form));
        var place = TargetTermsForm.ReadPlace(Form.Item, Form.Group);
        ModelState.AddErrors(nameof(Form), place.Errors);
        if (terms is null || !ModelState.IsValid)
            return Refuse(Messages.DraftNotSaved);
        var done = drafts.Add(id, place.Item, place.Group, terms, Actors.Of(User));
        return done.Success ? Reload(string.Format(Messages.DraftTargetAdded, done.Value.EffectiveName)) : Refuse(done.Error);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        if (await AuthorizeAsync(id, UnitAction.Enter) is { } refused)
            return refused;
        var done = drafts.Publish(id, Actors.Of(User), ResolutionVersion);
        return done.Success ? Reload(string.Format(Messages.DraftPublished, Unit.FullName)) : Refuse(done.Error);
    }

    /// <summary>Loads the resolution and checks the action on its unit; a result means "stop here".</summary>
    private async Task<IActionResult?> AuthorizeAsync(Guid id, UnitAction action)
    {
        var resolution = drafts.Find(id);
        if (resolution is null || reports.Scope(resolution.OrganizationCode) is not { } scope)
            return NotFound();
        if (!await access.AllowsAsync(scope, UnitAction.View) || !await access.AllowsAsync(scope, action))
            return Forbid();
        Resolution = resolution;
        Unit = resolution.Organization!;
        // Doubtful readings first (the extractor's low confidence, not yet corrected), then the document's order.
        Targets = resolution.Targets.OrderBy(t => t.NeedsLook ? 0 : 1).ThenBy(t => t.Position).ToList();
        CanEdit = resolution.Status == ResolutionStatus.Draft && await access.AllowsAsync(scope, UnitAction.Enter);
        return null;
    }

    /// <summary>Everything the page shows besides the resolution: the source text, the findings, the notices.</summary>
    private PageResult Show()
    {
        Notice ??= TempData["Notice"] as string;
        var file = db.SourceFiles.AsNoTracking().Where(f => f.Id == Resolution.SourceFileId)
            .Select(f => new { f.FileName, f.Format, f.ImportedBy, f.ImportedAt }).First();
        (FileName, _format, ImportedBy, ImportedAt) = (file.FileName, file.Format, file.ImportedBy, file.ImportedAt);
        if (_format == "json")
            SourceMessage = Messages.ImportNoSourceText;
        else
        {
            var read = sources.Get(Resolution.SourceFileId, FileName, _format);
            if (read.Success)
            {
                Source = read.Value;
                Pages = SourcePages.Of(Source.Lines);
                SourcePage = Pages.Select(From);
            }
            else
                SourceMessage = string.Format(Messages.ImportSourceUnreadable, read.Error);
        }
        Findings = drafts.Review(Resolution, Source ?? new SourceDocument(FileName, _format, []), matcher);
        FindingLines = Findings.SelectMany(f => f.OtherLine is { } o ? new[] { f.Line, o } : [f.Line]).ToHashSet();
        TargetsByLine = Targets.Where(t => t.Line > 0).ToLookup(t => t.Line);
        PublishedBefore = drafts.PublishedBefore(Resolution);
        return Page();
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        return Show();
    }

    private RedirectToPageResult Reload(string notice)
    {
        TempData["Notice"] = notice;
        // Back to the page of the source the officer was reading, not to its first page.
        return RedirectToPage(new { id = Resolution.Id, from = From });
    }
}
