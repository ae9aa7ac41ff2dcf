using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Web.Identity;
using NghiQuyet.Web.Dashboard;

namespace NghiQuyet.Web.Pages;

/// <summary>Home: a commune officer goes to their commune, everyone else to their province's dashboard.</summary>
public sealed class IndexModel(ProgressService reports) : PageModel
{
    public IActionResult OnGet()
    {
        var code = User.FindFirstValue(WebClaims.OrganizationCode);
        var scope = code is null ? null : reports.Scope(code);
        if (scope is null)
            return Forbid();
        return User.IsInRole(Roles.CommuneOfficer)
            ? RedirectToPage("/Units/Index", new { code = scope.Code })
            : RedirectToPage("/Dashboard/Index", new { code = scope.ProvinceOrSelf });
    }
}
