using System.Security.Claims;
using NghiQuyet.Core.Domain;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Access;

/// <summary>
/// The domain's <see cref="Actor"/> for a signed-in user. The web's authorization has already checked the unit; the
/// aggregates check the action again (an inspector is a viewer and cannot enter even if a handler forgot to ask).
/// </summary>
public static class Actors
{
    public static Actor Of(ClaimsPrincipal user)
    {
        var name = user.FindFirstValue(ClaimTypes.Name) ?? "?";
        var role = user.IsInRole(Roles.Administrator) ? ActorRole.Administrator
            : user.IsInRole(Roles.ProvinceOfficer) ? ActorRole.Approver
            : user.IsInRole(Roles.CommuneOfficer) ? ActorRole.Editor
            : ActorRole.Viewer;
        return new Actor(name, role);
    }
}
