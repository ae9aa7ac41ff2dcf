using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Units;

/// <summary>
/// The official list of units (34 provinces, 3,321 communes) with the old-to-new mapping, and name lookup over it.
/// Lookup folds tones away, so tone placement ("Hoà"/"Hòa") and missing tones ("Muong Lam") do not matter, and it
/// understands the kind words ("xã", "phường", "đặc khu", "thị trấn") and the old districts ("huyện Sông Mã").
/// </summary>
public sealed class UnitRegistry
{
    private readonly Dictionary<string, OfficialUnit> _byCode;
    private readonly ILookup<string, OfficialUnit> _byName;
    private readonly ILookup<string, FormerUnit> _formerByNewCode;
    private readonly ILookup<string, FormerUnit> _formerByName;
    private readonly ILookup<string, FormerUnit> _formerByDistrict;
    private readonly ILookup<string, FormerProvince> _formerProvinceByName;

    /// <summary>Indexes the official list and the old-to-new mappings by code and folded name.</summary>
    public UnitRegistry(IEnumerable<OfficialUnit> units, IEnumerable<FormerUnit> formerUnits, IEnumerable<FormerProvince> formerProvinces)
    {
        var all = units.ToList();
        _byCode = all.ToDictionary(u => u.Code, StringComparer.Ordinal);
        Provinces = all.Where(u => u.Kind == OrganizationKind.Province).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        Communes = all.Where(u => u.Kind != OrganizationKind.Province).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        _byName = all.ToLookup(u => VietnameseFold.Fold(u.Name));
        var former = formerUnits.ToList();
        FormerUnits = former;
        _formerByNewCode = former.ToLookup(f => f.NewCode);
        _formerByName = former.ToLookup(f => Parse(f.FullName).Name);
        _formerByDistrict = former.Where(f => f.District is not null).ToLookup(f => Parse(f.District!).Name);
        FormerProvinces = formerProvinces.ToList();
        _formerProvinceByName = FormerProvinces.ToLookup(p => Parse(p.FullName).Name);
    }

    /// <summary>The provinces and centrally-run cities, by code.</summary>
    public IReadOnlyList<OfficialUnit> Provinces { get; }
    /// <summary>The commune-level units, by code.</summary>
    public IReadOnlyList<OfficialUnit> Communes { get; }
    /// <summary>The pre-2025 communes with the units they went into.</summary>
    public IReadOnlyList<FormerUnit> FormerUnits { get; }
    /// <summary>The pre-2025 provinces with the provinces they went into.</summary>
    public IReadOnlyList<FormerProvince> FormerProvinces { get; }

    /// <summary>The unit with this official code, or null.</summary>
    public OfficialUnit? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The unit's province, or null for a province.</summary>
    public OfficialUnit? ProvinceOf(OfficialUnit unit) =>
        unit.ProvinceCode is { } p ? Find(p) : null;

    /// <summary>The old communes merged (wholly or in part) into a new unit.</summary>
    public IReadOnlyList<FormerUnit> PredecessorsOf(string code) => _formerByNewCode[code].ToList();

    /// <summary>The domain object for a unit, with its predecessors.</summary>
    public Organization ToOrganization(OfficialUnit unit)
    {
        var organization = new Organization(unit.Code, unit.Name, unit.Kind, unit.ProvinceCode, unit.IsCity);
        foreach (var f in PredecessorsOf(unit.Code))
            organization.AddPredecessor(new Predecessor(f.Code, f.FullName, f.District, f.Partial));
        return organization;
    }

    /// <summary>
    /// Units whose name is the query's name: new units first, then units that took in an old commune or part of an
    /// old district of that name. A province hint ("tỉnh Sơn La", or <paramref name="province"/>) narrows the search.
    /// </summary>
    public IReadOnlyList<UnitMatch> Search(string text, string? province = null)
    {
        var query = Parse(text);
        if (query.Name.Length == 0)
            return [];
        var provinces = ProvinceCodes(query.ProvinceHint ?? (province is null ? null : Parse(province).Name));
        var matches = new Dictionary<string, UnitMatch>();

        void Add(OfficialUnit unit, string? via, int rank)
        {
            if (provinces is not null && !provinces.Contains(unit.ProvinceCode ?? unit.Code))
                return;
            if (!matches.TryGetValue(unit.Code, out var existing) || existing.Rank > rank)
                matches[unit.Code] = new UnitMatch(unit, ProvinceOf(unit), via, rank);
        }

        foreach (var unit in _byName[query.Name])
            if (KindAgrees(query.KindWord, unit))
                Add(unit, null, 0);
        if (query.KindWord is null or "xa" or "phuong" or "thi tran")
            foreach (var former in _formerByName[query.Name])
                if (query.KindWord is null || Parse(former.FullName).KindWord == query.KindWord)
                    if (Find(former.NewCode) is { } unit)
                        Add(unit, FormerDescription(former), 1);
        if (query.KindWord is null or "huyen" or "quan" or "thi xa" or "thanh pho")
            foreach (var former in _formerByDistrict[query.Name])
                if (query.KindWord is null || Parse(former.District!).KindWord == query.KindWord)
                    if (Find(former.NewCode) is { } unit)
                        Add(unit, former.District, 2);
        if (query.KindWord is null or "tinh" or "thanh pho")
            foreach (var former in _formerProvinceByName[query.Name])
                if (Find(former.NewCode) is { } unit)
                    Add(unit, former.FullName, 1);

        // Nothing by the exact name: OCR may have damaged it ("Pién Bién" for "Điện Biên"). Units whose every word the
        // OCR channel could have turned into the query's, the best explained first.
        if (matches.Count == 0)
            foreach (var unit in ReadByOcr(query.Name))
                if (KindAgrees(query.KindWord, unit))
                    Add(unit, null, 1);

        // Nothing by the whole name: a user typing part of a name ("Mường") still gets an answer.
        if (matches.Count == 0 && query.Name.Length >= 2)
            foreach (var unit in _byCode.Values)
                if (KindAgrees(query.KindWord, unit) && ContainsWords(VietnameseFold.Fold(unit.Name), query.Name))
                    Add(unit, null, 3);

        return matches.Values
            .OrderBy(m => m.Rank)
            .ThenBy(m => m.Unit.Kind == OrganizationKind.Province ? 0 : 1)
            .ThenBy(m => m.Unit.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The unit a report's header speaks of. Resolved only when exactly one unit of the right level bears the name
    /// (an old name is followed to the new unit); otherwise the candidates, for the user to choose with a code.
    /// </summary>
    public UnitResolution Resolve(DocumentHeader header)
    {
        if (string.IsNullOrWhiteSpace(header.Organization))
            return new UnitResolution(null, []);
        var matches = Search(header.Organization, header.Province);
        if (header.Level == OrganizationLevel.Province)
            matches = matches.Where(m => m.Unit.Kind == OrganizationKind.Province).ToList();
        else if (header.Level == OrganizationLevel.Commune)
            matches = matches.Where(m => m.Unit.Kind != OrganizationKind.Province).ToList();
        if (matches.Count == 0)
            return new UnitResolution(null, []);
        var best = matches.Where(m => m.Rank == matches[0].Rank).ToList();
        return best.Count == 1 && best[0].Rank <= 1
            ? new UnitResolution(best[0].Unit, matches)
            : new UnitResolution(null, matches);
    }

    private static UnitQuery Parse(string text) => UnitQuery.Parse(text);

    /// <summary>The units with the best channel score among those whose folded name the OCR channel explains word by word.</summary>
    private List<OfficialUnit> ReadByOcr(string foldedName)
    {
        var observed = foldedName.Split(' ');
        if (observed.Length > 5)
            return [];
        var channel = OcrChannel.Shipped;
        var best = new List<OfficialUnit>();
        var bestScore = float.NegativeInfinity;
        foreach (var group in _byName)
        {
            var words = group.Key.Split(' ');
            if (words.Length != observed.Length)
                continue;
            var score = 0f;
            for (var k = 0; k < words.Length && !float.IsNegativeInfinity(score); k++)
                score = channel.Explains(observed[k], words[k]) ? score + channel.PlainScore(observed[k], words[k]) : float.NegativeInfinity;
            if (float.IsNegativeInfinity(score) || score < bestScore)
                continue;
            if (score > bestScore)
                best.Clear();
            bestScore = score;
            best.AddRange(group);
        }
        return best;
    }

    private static string FormerDescription(FormerUnit f) =>
        f.District is null ? f.FullName : $"{f.FullName}, {f.District}";

    private static bool KindAgrees(string? kindWord, OfficialUnit unit) => kindWord switch
    {
        null => true,
        "xa" => unit.Kind == OrganizationKind.Commune,
        "phuong" => unit.Kind == OrganizationKind.Ward,
        "dac khu" => unit.Kind == OrganizationKind.SpecialZone,
        "tinh" => unit.Kind == OrganizationKind.Province && !unit.IsCity,
        "thanh pho" => unit.Kind == OrganizationKind.Province && unit.IsCity,
        _ => false,
    };

    private static bool ContainsWords(string haystack, string needle) =>
        (" " + haystack + " ").Contains(" " + needle + " ", StringComparison.Ordinal)
        || haystack.StartsWith(needle, StringComparison.Ordinal);

    /// <summary>New province codes a hint names, by the new or the old province's name; null = no hint or unknown.</summary>
    private HashSet<string>? ProvinceCodes(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
            return null;
        var name = Parse(hint).Name;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in _byName[name])
            if (unit.Kind == OrganizationKind.Province)
                codes.Add(unit.Code);
        foreach (var former in _formerProvinceByName[name])
            codes.Add(former.NewCode);
        return codes.Count == 0 ? null : codes;
    }
}

/// <summary>The unit a header resolved to, or null with the candidates (none = unknown, several = ambiguous).</summary>
public sealed record UnitResolution(OfficialUnit? Unit, IReadOnlyList<UnitMatch> Candidates);
