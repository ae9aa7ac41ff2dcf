using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Core.Time;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;
using NghiQuyet.Web.Units;

namespace NghiQuyet.Web.Pages.Units;

/// <summary>/Units/{code}/Export?format=xlsx|csv: the unit's targets and results as the reports' appendix tables.</summary>
public sealed class ExportModel(ProgressService reports, UnitAccess access, VietnamClock clock) : PageModel
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> OnGetAsync(string code, string? format)
    {
        var scope = reports.Scope(code);
        if (scope is null)
            return NotFound();
        if (!await access.AllowsAsync(scope, UnitAction.View))
            return Forbid();
        var kind = format?.Trim().ToLowerInvariant();
        if (kind is not ("xlsx" or "csv"))
            return Message(StatusCodes.Status400BadRequest, string.Format(Messages.ExportFormatUnknown, format ?? ""));
        var report = reports.Unit(code)!;
        if (report.Resolution is null)
            return Message(StatusCodes.Status404NotFound, Messages.ExportNoResolution);
        var tables = UnitTables.From(report);
        var date = clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var name = $"chi-tieu-{report.Unit.Code}-{date}.{kind}";
        return kind == "xlsx"
            ? File(XlsxExport.Write(tables), XlsxType, name)
            : File(CsvExport.Write(tables), "text/csv; charset=utf-8", name);
    }

    /// <summary>A refusal with its reason as the body (a plain-text answer to a download link, not a page).</summary>
    private static ContentResult Message(int status, string text) =>
        new() { StatusCode = status, Content = text, ContentType = "text/plain; charset=utf-8" };
}
