using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Access;

/// <summary>What a handler wants to do with a unit's data.</summary>
public enum UnitAction
{
    /// <summary>Read its resolution, figures, dashboard.</summary>
    View,
    /// <summary>Enter or correct figures and targets (draft, submit).</summary>
    Enter,
    /// <summary>Approve or return submitted figures.</summary>
    Approve,
}

/// <summary>The unit a request is about: its code, and its province's code (null for a province itself).</summary>
public sealed record UnitScope(string Code, string? ProvinceCode)
{
    public string ProvinceOrSelf => ProvinceCode ?? Code;
}

/// <summary>
/// The single table of who may do what where (role × action × own/other organization). Every page handler goes
/// through <see cref="UnitAccessHandler"/>, which asks this; nothing else decides.
/// </summary>
public static class AccessRules
{
    public static bool Allows(string role, string userOrganization, UnitAction action, UnitScope unit) => role switch
    {
        Roles.Administrator => true,
        Roles.Inspector => action == UnitAction.View,
        // Edits the province's own resolution, approves its communes' figures, sees all its communes.
        Roles.ProvinceOfficer => action switch
        {
            UnitAction.View => unit.ProvinceOrSelf == userOrganization,
            UnitAction.Enter => unit.Code == userOrganization,
            UnitAction.Approve => unit.ProvinceCode == userOrganization,
            _ => false,
        },
        // Works on its own commune only.
        Roles.CommuneOfficer => action is UnitAction.View or UnitAction.Enter && unit.Code == userOrganization,
        _ => false,
    };
}
