using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Access;

public sealed record UnitAccessRequirement(UnitAction Action) : IAuthorizationRequirement
{
    public static readonly UnitAccessRequirement View = new(UnitAction.View);
    public static readonly UnitAccessRequirement Enter = new(UnitAction.Enter);
    public static readonly UnitAccessRequirement Approve = new(UnitAction.Approve);
}

/// <summary>Resource-based check: succeeds when any of the user's roles allows the action on the unit.</summary>
public sealed class UnitAccessHandler : AuthorizationHandler<UnitAccessRequirement, UnitScope>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, UnitAccessRequirement requirement, UnitScope resource)
    {
        var organization = context.User.FindFirstValue(WebClaims.OrganizationCode);
        if (organization is null)
            return Task.CompletedTask;
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        if (roles.Any(role => AccessRules.Allows(role, organization, requirement.Action, resource)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>What page handlers call: one line per handler, the rules stay in <see cref="AccessRules"/>.</summary>
public sealed class UnitAccess(IAuthorizationService authorization, IHttpContextAccessor http)
{
    public async Task<bool> AllowsAsync(UnitScope unit, UnitAction action)
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
            return false;
        var result = await authorization.AuthorizeAsync(user, unit, new UnitAccessRequirement(action));
        return result.Succeeded;
    }
}
