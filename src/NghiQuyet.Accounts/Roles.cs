using NghiQuyet.Core;

namespace NghiQuyet.Accounts;

/// <summary>The four roles of the issue. Names are stored in the Identity tables; keep them stable.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string CommuneOfficer = "CommuneOfficer";
    public const string Inspector = "Inspector";

    public static readonly IReadOnlyList<string> All = [Administrator, ProvinceOfficer, CommuneOfficer, Inspector];

    public static string Describe(string role) => role switch
    {
        Administrator => Messages.RoleAdministrator,
        ProvinceOfficer => Messages.RoleProvinceOfficer,
        CommuneOfficer => Messages.RoleCommuneOfficer,
        Inspector => Messages.RoleInspector,
        _ => role,
    };
}
