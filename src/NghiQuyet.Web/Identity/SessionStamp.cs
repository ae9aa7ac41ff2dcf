using System.Runtime.ExceptionServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NghiQuyet.Data;

namespace NghiQuyet.Web.Identity;

/// <summary>
/// Every request's session cookie is checked against the user's security stamp (one indexed lookup), instead of
/// Identity's default of once in 30 minutes: signing out and changing the password change the stamp, so every copy
/// of an earlier cookie — another browser, a stolen one — stops working at once.
/// </summary>
public static class SessionStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<WebUser>>();
        var stampClaim = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(stampClaim);
        try
        {
            var user = id is null ? null : await users.FindByIdAsync(id);
            if (user is not null && stamp is not null && string.Equals(stamp, await users.GetSecurityStampAsync(user), StringComparison.Ordinal))
                return;
        }
        catch (Exception error) when (DbErrors.IsUnavailable(error))
        {
            // The cookie handler keeps this request's result, also for the error page it re-executes: thrown from
            // here, the error page would throw it again and the 503 page would be lost. The request fails right after
            // authentication instead (UseSessionCheck); the cookie is kept — it is not known to be stale.
            context.RejectPrincipal();
            context.HttpContext.Features.Set(new SessionCheckFailure(ExceptionDispatchInfo.Capture(error)));
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>After authentication: a session that could not be checked because the database is unavailable fails the request (→ 503 page).</summary>
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<SessionCheckFailure>() is { } failure)
        {
            context.Features.Set<SessionCheckFailure?>(null);
            failure.Error.Throw();
        }
        await next(context);
    });

    private sealed record SessionCheckFailure(ExceptionDispatchInfo Error);
}
