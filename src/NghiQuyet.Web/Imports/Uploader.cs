using System.Security.Claims;
using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Units;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Imports;

/// <summary>
/// Who uploaded a report, as plain values a background job can keep (its user name, role and unit), and the two
/// decisions the upload page and the job make alike from them: which unit the report is about, and may they enter it.
/// </summary>
public sealed record Uploader(string UserName, string Role, string? Organization)
{
    public static Uploader Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Name) ?? "?",
        new[] { Roles.Administrator, Roles.ProvinceOfficer, Roles.CommuneOfficer, Roles.Inspector }.FirstOrDefault(user.IsInRole) ?? "",
        user.FindFirstValue(WebClaims.OrganizationCode));

    /// <summary>The form's code, else the report's header; a commune officer's report whose header names no unit clearly
    /// is taken to be the officer's own commune.</summary>
    public Result<OfficialUnit> UnitOf(ImportService importer, DocumentHeader header, string? formCode)
    {
        var unit = importer.ResolveUnit(header, formCode);
        if (!unit.Success && formCode is null && Role == Roles.CommuneOfficer && Organization is { } own)
            unit = importer.ResolveUnit(header, own);
        return unit;
    }

    public bool MayEnter(string unitCode, string? provinceCode) =>
        Organization is { } own && AccessRules.Allows(Role, own, UnitAction.Enter, new UnitScope(unitCode, provinceCode));
}
