using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Units;

namespace NghiQuyet.Accounts;

/// <summary>What <c>user add</c> asks for; the role is the command-line word (province_officer …).</summary>
public sealed record NewUser(string? UserName, string? RoleWord, string? OrganizationCode, string? Password);

/// <summary>Why a user was not created: bad input (exit 2) or a store that refused (exit 74).</summary>
public sealed record UserAdminFailure(string Message, bool IsStorage = false);

/// <summary>One account as <c>user list</c> shows it.</summary>
public sealed record AccountSummary(string UserName, IReadOnlyList<string> Roles, string OrganizationCode, string DisplayName);

/// <summary>
/// Creates accounts outside a web request, through the same UserManager, password rules and Identity store as the
/// web app (no hosting, no HTTP), so an account made here signs in there.
/// </summary>
public static class UserAdmin
{
    public static readonly IReadOnlyDictionary<string, string> RoleWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["administrator"] = Roles.Administrator,
        ["province_officer"] = Roles.ProvinceOfficer,
        ["commune_officer"] = Roles.CommuneOfficer,
        ["inspector"] = Roles.Inspector,
    };

    /// <summary>Checks name, role and organization against the units list, before any database is touched.</summary>
    public static Result<(string Role, OfficialUnit? Unit)> Validate(NewUser user, UnitRegistry units)
    {
        if (string.IsNullOrWhiteSpace(user.UserName))
            return Result<(string, OfficialUnit?)>.Fail(Messages.UserNameMissing);
        if (string.IsNullOrWhiteSpace(user.RoleWord))
            return Result<(string, OfficialUnit?)>.Fail(Messages.UserRoleMissing);
        if (!RoleWords.TryGetValue(user.RoleWord.Trim(), out var role))
            return Result<(string, OfficialUnit?)>.Fail(string.Format(Messages.UserRoleInvalid, user.RoleWord));
        OfficialUnit? unit = null;
        if (!string.IsNullOrWhiteSpace(user.OrganizationCode))
        {
            unit = units.Find(user.OrganizationCode);
            if (unit is null)
                return Result<(string, OfficialUnit?)>.Fail(string.Format(Messages.UserOrgNotFound, user.OrganizationCode.Trim()));
        }
        else if (role is Roles.ProvinceOfficer or Roles.CommuneOfficer)
            return Result<(string, OfficialUnit?)>.Fail(string.Format(Messages.UserOrgRequired, user.RoleWord.ToLowerInvariant()));

        if (role == Roles.ProvinceOfficer && unit!.Kind != OrganizationKind.Province)
            return Result<(string, OfficialUnit?)>.Fail(string.Format(Messages.UserOrgNotProvince, unit.Code, unit.Name));
        if (role == Roles.CommuneOfficer && unit!.Kind == OrganizationKind.Province)
            return Result<(string, OfficialUnit?)>.Fail(string.Format(Messages.UserOrgNotCommune, unit.Code, unit.Name));
        return Result<(string, OfficialUnit?)>.Ok((role, unit));
    }

    /// <summary>Creates the user in an already migrated Identity store; the context is the caller's.</summary>
    public static async Task<UserAdminFailure?> AddAsync(Func<WebIdentityDbContext> identity, NewUser user, UnitRegistry units)
    {
        var valid = Validate(user, units);
        if (!valid.Success)
            return new UserAdminFailure(valid.Error!);
        if (string.IsNullOrEmpty(user.Password))
            return new UserAdminFailure(Messages.UserPasswordMissing);
        var (role, unit) = valid.Value;

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => identity());
        services.AddIdentityCore<WebUser>(IdentityRules.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WebIdentityDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

        var name = user.UserName!.Trim();
        if (await users.FindByNameAsync(name) is not null)
            return new UserAdminFailure(string.Format(Messages.UserDuplicate, name));
        var webUser = new WebUser
        {
            UserName = name,
            OrganizationCode = unit?.Code ?? string.Empty,
            DisplayName = unit is null ? Roles.Describe(role) : $"{Roles.Describe(role)} ({unit.Name})",
        };
        // Password first: a weak one must not leave a user without a password behind.
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, webUser, user.Password);
            if (!check.Succeeded)
                return new UserAdminFailure(string.Format(Messages.UserPasswordWeak, Describe(check.Errors)));
        }
        if (!await roles.RoleExistsAsync(role) && Failure(await roles.CreateAsync(new IdentityRole(role)), name) is { } roleFailure)
            return roleFailure;
        if (Failure(await users.CreateAsync(webUser, user.Password), name) is { } createFailure)
            return createFailure;
        if (Failure(await users.AddToRoleAsync(webUser, role), name) is { } addFailure)
        {
            await users.DeleteAsync(webUser);
            return addFailure;
        }
        return null;
    }

    /// <summary>Every account of an already migrated Identity store, by user name.</summary>
    public static async Task<IReadOnlyList<AccountSummary>> ListAsync(WebIdentityDbContext identity)
    {
        var users = await identity.Users.AsNoTracking().Select(u => new { u.Id, u.UserName, u.OrganizationCode, u.DisplayName }).ToListAsync();
        var roles = await (from link in identity.UserRoles
                           join role in identity.Roles on link.RoleId equals role.Id
                           select new { link.UserId, role.Name }).ToListAsync();
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        return users
            .Select(u => new AccountSummary(u.UserName ?? "", byUser[u.Id].Order(StringComparer.Ordinal).ToList(), u.OrganizationCode, u.DisplayName))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .ToList();
    }

    private static UserAdminFailure? Failure(IdentityResult result, string name)
    {
        if (result.Succeeded)
            return null;
        if (result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)))
            return new UserAdminFailure(string.Format(Messages.UserPasswordWeak, Describe(result.Errors)));
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            return new UserAdminFailure(string.Format(Messages.UserDuplicate, name));
        return new UserAdminFailure(string.Format(Messages.UserIdentityError, Describe(result.Errors)));
    }

    /// <summary>Identity's English errors in Vietnamese, joined on one line.</summary>
    public static string Describe(IEnumerable<IdentityError> errors) => string.Join("; ", errors.Select(e => e.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => string.Format(Messages.PasswordTooShort, IdentityRules.PasswordLength),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => Messages.PasswordRequiresDigit,
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => Messages.PasswordRequiresLower,
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => Messages.PasswordRequiresUpper,
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => Messages.PasswordRequiresNonAlphanumeric,
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => string.Format(Messages.PasswordRequiresUniqueChars, 1),
        nameof(IdentityErrorDescriber.InvalidUserName) => string.Format(Messages.UserNameInvalid, ""),
        _ => e.Description,
    }).Distinct()) + ".";
}
