namespace NghiQuyet.Core.Domain;

/// <summary>
/// A province or commune-level unit under its official (GSO) code. A commune remembers the old communes it was merged
/// from, because the previous term's assessment tables speak of those ("Biểu 01: xã Đứa Mòn").
/// </summary>
public class Organization
{
    private readonly List<Predecessor> _predecessors = [];

    /// <summary>A unit; every unit but a province needs its province's code.</summary>
    public Organization(string code, string name, OrganizationKind kind, string? provinceCode, bool isCity = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (kind != OrganizationKind.Province && string.IsNullOrWhiteSpace(provinceCode))
            throw new ArgumentException("A commune-level unit belongs to a province.", nameof(provinceCode));
        Code = code;
        Name = name;
        Kind = kind;
        ProvinceCode = kind == OrganizationKind.Province ? null : provinceCode;
        IsCity = isCity;
    }

    /// <summary>Official code: "14" for Sơn La, "04183" for xã Mường Lầm.</summary>
    public string Code { get; private set; }
    /// <summary>The name without its kind word ("Mường Lầm").</summary>
    public string Name { get; private set; }
    /// <summary>Province, commune, ward or special zone: the word its full name starts with.</summary>
    public OrganizationKind Kind { get; private set; }
    /// <summary>True for a centrally-run city (Thành phố Hà Nội …): a province in all but the word.</summary>
    public bool IsCity { get; private set; }
    /// <summary>The province's code; null for a province.</summary>
    public string? ProvinceCode { get; private set; }
    /// <summary>The old communes merged into this unit.</summary>
    public IReadOnlyList<Predecessor> Predecessors => _predecessors;

    /// <summary>The name with its kind word ("Xã Mường Lầm", "Thành phố Hà Nội").</summary>
    public string FullName => $"{Kind.Word(IsCity)} {Name}";

    /// <summary>Remembers an old commune merged into this unit; one already known is not added twice.</summary>
    public void AddPredecessor(Predecessor predecessor)
    {
        if (_predecessors.Any(p => p.Code == predecessor.Code))
            return;
        _predecessors.Add(predecessor);
    }
}

/// <summary>An old (pre-2025) commune merged, wholly or in part, into an <see cref="Organization"/>.</summary>
/// <param name="FullName">As the old list wrote it: "Xã Đứa Mòn", "Thị trấn Bắc Yên".</param>
/// <param name="District">The old district: "Huyện Sông Mã"; null where the old list does not say.</param>
/// <param name="Partial">Only part of the old commune went into this unit.</param>
public sealed record Predecessor(string Code, string FullName, string? District, bool Partial);
