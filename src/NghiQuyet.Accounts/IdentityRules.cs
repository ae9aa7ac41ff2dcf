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
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
    }
}
