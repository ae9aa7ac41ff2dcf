namespace NghiQuyet.Core.Domain;

/// <summary>The kinds of unit in the two-tier structure after 1 July 2025.</summary>
public enum OrganizationKind
{
    /// <summary>Tỉnh or centrally-run city (thành phố).</summary>
    Province,
    /// <summary>Xã.</summary>
    Commune,
    /// <summary>Phường.</summary>
    Ward,
    /// <summary>Đặc khu.</summary>
    SpecialZone,
}

internal static class OrganizationKindNames
{
    /// <summary>The Vietnamese word a document puts before the unit's name.</summary>
    public static string Word(this OrganizationKind kind, bool city = false) => kind switch
    {
        OrganizationKind.Province => city ? Messages.UnitKindCity : Messages.UnitKindProvince,
        OrganizationKind.Commune => Messages.UnitKindCommune,
        OrganizationKind.Ward => Messages.UnitKindWard,
        OrganizationKind.SpecialZone => Messages.UnitKindSpecialZone,
        _ => kind.ToString(),
    };
}
