using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Dashboard;

namespace NghiQuyet.Web.Pages.Dashboard;

public sealed class IndexModel(ProgressService reports, UnitAccess access) : PageModel
{
    public ProvinceDashboard Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var scope = reports.Scope(code);
        if (scope is null || scope.ProvinceCode is not null)
            return NotFound();
        if (!await access.AllowsAsync(scope, UnitAction.View))
            return Forbid();
        Dashboard = reports.Province(code)!;
        return Page();
    }
}
