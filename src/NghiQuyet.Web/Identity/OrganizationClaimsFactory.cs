using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NghiQuyet.Web.Identity;

/// <summary>Puts the user's organization in the cookie, so that authorization needs no database round trip.</summary>
public sealed class OrganizationClaimsFactory(UserManager<WebUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WebUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WebUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(WebClaims.OrganizationCode, user.OrganizationCode));
        identity.AddClaim(new Claim(WebClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
