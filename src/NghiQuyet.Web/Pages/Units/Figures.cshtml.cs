using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Text;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Reports;

namespace NghiQuyet.Web.Pages.Units;

/// <summary>
/// One form per unit and year with every target: save as draft, submit to the province, approve (province).
/// All or nothing: one bad figure and nothing of the form is written.
/// </summary>
public sealed class FiguresModel(NghiQuyetDbContext db, ReportService reports, UnitAccess access, ICurrentUser currentUser, TimeProvider time) : PageModel
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

    public Organization Unit { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<Target> Targets { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Measurement> Existing { get; private set; } = new Dictionary<Guid, Measurement>();
    public bool CanApprove { get; private set; }
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
        return null;
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
                // Submitted, approved and locked figures are shown read-only; a changed value posted anyway is refused.
                if (!string.IsNullOrWhiteSpace(row.Value) && VietnameseNumber.Parse(row.Value.Trim()) != stored.Value)
                    ModelState.AddModelError($"Rows[{i}].Value", string.Format(Messages.MeasurementNotDraft, Measurement.StatusName(stored.Status)));
                continue;
            }
            if (string.IsNullOrWhiteSpace(row.Value) && string.IsNullOrWhiteSpace(row.Numerator) && string.IsNullOrWhiteSpace(row.Denominator))
                continue;
            var value = Number(row.Value, $"Rows[{i}].Value");
            var numerator = Number(row.Numerator, $"Rows[{i}].Numerator");
            var denominator = Number(row.Denominator, $"Rows[{i}].Denominator");
            var figure = new MeasurementFigure(value, numerator, denominator, string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim());
            var check = Measurement.Check(figure);
            if (!check.Success)
                ModelState.AddModelError($"Rows[{i}].Value", check.Error);
            figures.Add((row, figure));
        }
        if (!ModelState.IsValid)
        {
            Error = Messages.FiguresNotSaved;
            return Page();
        }

        var service = new MeasurementService(db, currentUser, time);
        var actor = Actors.Of(User);
        using var transaction = db.Database.BeginTransaction();
        foreach (var (row, figure) in figures)
        {
            var recorded = service.Record(row.TargetId, year, figure, actor, row.Version);
            if (!recorded.Success)
                return Refuse(recorded.Error);
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

    private RedirectToPageResult Reload(string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage(new { code = Unit.Code, year = Year });
    }

    private decimal? Number(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (VietnameseNumber.Parse(text.Trim()) is { } v)
            return v;
        ModelState.AddModelError(field, string.Format(Messages.FigureInvalid, text.Trim()));
        return null;
    }
}
