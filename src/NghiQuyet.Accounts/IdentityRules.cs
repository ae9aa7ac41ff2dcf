using Microsoft.AspNetCore.Identity;

namespace NghiQuyet.Accounts;

/// <summary>One place for the password and lockout rules, so the web app and <c>user add</c> cannot drift apart.</summary>
public static class IdentityRules
{
    public const int PasswordLength = 10;

    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = PasswordLength;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = true;
        // No hard lockout: five wrong tries by anyone used to lock the owner out for 15 minutes. The site throttles
        // sign-in instead (progressive delays per account and client address, rate limits: Web/Identity/SignInProtection).
        o.Lockout.AllowedForNewUsers = false;
        o.User.RequireUniqueEmail = false;
    }
}
