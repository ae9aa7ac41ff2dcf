using NghiQuyet.Core.Domain;

namespace NghiQuyet.Core.Units;

/// <summary>A unit of the official list after 1 July 2025: a province, or a commune-level unit of a province.</summary>
/// <param name="IsCity">A centrally-run city ("Thành phố Hà Nội"): a province by rank.</param>
public sealed record OfficialUnit(string Code, string Name, OrganizationKind Kind, string? ProvinceCode, bool IsCity = false)
{
    /// <summary>The name with its kind word ("Xã Mường Lầm").</summary>
    public string FullName => $"{Kind.Word(IsCity)} {Name}";
}

/// <summary>A pre-2025 commune and the new unit it went into (one row per new unit when it was split).</summary>
/// <param name="FullName">"Xã Đứa Mòn", "Thị trấn Bắc Yên".</param>
/// <param name="District">"Huyện Sông Mã"; null where the old list lacks it.</param>
/// <param name="ProvinceName">The old province: "Tỉnh Sơn La".</param>
public sealed record FormerUnit(string Code, string FullName, string? District, string ProvinceName, string NewCode, bool Partial);

/// <summary>A pre-2025 province and the new province it is part of.</summary>
public sealed record FormerProvince(string Code, string FullName, string NewCode);

/// <summary>A search hit: a unit of the official list and why it matched.</summary>
/// <param name="Via">The old unit or district the query named, when the match went through it.</param>
public sealed record UnitMatch(OfficialUnit Unit, OfficialUnit? Province, string? Via, int Rank);
