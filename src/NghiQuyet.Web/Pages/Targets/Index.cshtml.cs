using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Reports;

namespace NghiQuyet.Web.Pages.Targets;

public sealed class IndexModel(ReportService reports, UnitAccess access) : PageModel
{
    public TargetDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var detail = reports.Target(id);
        if (detail is null)
            return NotFound();
        if (!await access.AllowsAsync(new UnitScope(detail.Unit.Code, detail.Unit.ProvinceCode), UnitAction.View))
            return Forbid();
        Detail = detail;
        return Page();
    }
}
