using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Dashboard;

namespace NghiQuyet.Web.Pages.Units;

public sealed class IndexModel(ProgressService reports, UnitAccess access) : PageModel
{
    public UnitReport Report { get; private set; } = null!;
    public bool CanEnter { get; private set; }
    public bool CanApprove { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var scope = reports.Scope(code);
        if (scope is null)
            return NotFound();
        if (!await access.AllowsAsync(scope, UnitAction.View))
            return Forbid();
        Report = reports.Unit(code)!;
        CanEnter = await access.AllowsAsync(scope, UnitAction.Enter);
        CanApprove = await access.AllowsAsync(scope, UnitAction.Approve);
        return Page();
    }
}
