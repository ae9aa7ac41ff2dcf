using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Catalog;

/// <summary>What a unit measures. Two units can be compared only within one family.</summary>
public enum UnitFamily
{
    /// <summary>Not read as any unit.</summary>
    Unknown,
    /// <summary>A share in %.</summary>
    Percent,
    /// <summary>A yearly rate in %/năm.</summary>
    PercentPerYear,
    /// <summary>An amount of money (đồng and its multiples).</summary>
    Money,
    /// <summary>Money per person (triệu đồng/người/năm).</summary>
    MoneyPerPerson,
    /// <summary>Area (ha, m²).</summary>
    Area,
    /// <summary>Mass (tấn, kg).</summary>
    Mass,
    /// <summary>Length (km, m).</summary>
    Length,
    /// <summary>A count of things (households, schools, head of cattle).</summary>
    Count,
    /// <summary>Criteria met (tiêu chí).</summary>
    Criteria,
}

/// <summary>A unit read from text: its family and its scale in the family's base unit ("nghìn con" = 1000 con).</summary>
public readonly record struct UnitInfo(UnitFamily Family, decimal Scale)
{
    /// <summary>Whether the unit was recognised at all.</summary>
    public bool IsKnown => Family != UnitFamily.Unknown;
}

/// <summary>
/// Reads the units reports write ("%", "tỷ đồng", "Tr. đồng", "triệu đồng/người/năm", "ha/năm", "Nghìn con", "HTX") into
/// a family and a scale, tone- and case-insensitively, so that matching and review can tell "97%" from "97 hộ".
/// </summary>
public static partial class MeasureUnits
{
    // "tỷ đồng", "triệu đồng/người/năm", "Tr. đồng", "Tr.đ/người/năm", "đồng" — not "lao động".
    [System.Text.RegularExpressions.GeneratedRegex(@"^(ty|trieu|tr\.?|nghin|ngan)?\s*\.?\s*(dong|d)\b|^(ty|trieu)$")]
    private static partial System.Text.RegularExpressions.Regex Money();

    // Counted nouns come from the one unit vocabulary; "vụ" (cases) is counted in tables too.
    private static readonly string[] CountNouns =
    [
        .. UnitVocabulary.Bases.Where(b => b.Word.Kind == UnitKind.Count && b.Word.Family == UnitFamily.Count)
            .Select(b => VietnameseFold.Fold(b.Spelling)).Distinct().OrderByDescending(k => k.Length),
        "vu",
    ];

    /// <summary>Reads a unit as printed into its family and scale; <see cref="UnitFamily.Unknown"/> where it is not recognised.</summary>
    public static UnitInfo Parse(string? unit)
    {
        var u = VietnameseFold.Fold(unit).Replace(" /", "/").Replace("/ ", "/").Trim();
        if (u.Length == 0)
            return new(UnitFamily.Unknown, 1);
        if (u is "%/nam" or "%/ nam" || u.StartsWith("%/", StringComparison.Ordinal))
            return new(UnitFamily.PercentPerYear, 1);
        if (u.StartsWith('%') || u is "phan tram")
            return new(UnitFamily.Percent, 1);
        var scale = 1m;
        foreach (var (prefix, factor) in new[] { ("nghin ", 1_000m), ("ngan ", 1_000m), ("trieu ", 1_000_000m), ("van ", 10_000m) })
        {
            if (u.StartsWith(prefix, StringComparison.Ordinal) && !u.StartsWith("trieu dong", StringComparison.Ordinal))
            {
                scale = factor;
                u = u[prefix.Length..];
                break;
            }
        }
        if (Money().IsMatch(u))
        {
            var moneyScale = u.StartsWith("ty", StringComparison.Ordinal) ? 1_000_000_000m
                : u.StartsWith("tr", StringComparison.Ordinal) ? 1_000_000m
                : u.StartsWith("nghin", StringComparison.Ordinal) ? 1_000m : 1m;
            var perPerson = u.Contains("/nguoi") || u.Contains("/ng");
            return new(perPerson ? UnitFamily.MoneyPerPerson : UnitFamily.Money, scale * moneyScale);
        }
        if (u.StartsWith("ha", StringComparison.Ordinal) && (u.Length == 2 || u[2] is '/' or ' ' or '.'))
            return new(UnitFamily.Area, scale);
        if (u is "m2" or "m²")
            return new(UnitFamily.Area, scale / 10_000m);
        if (u is "km2" or "km²")
            return new(UnitFamily.Area, scale * 100m);
        if (u.StartsWith("tan", StringComparison.Ordinal))
            return new(UnitFamily.Mass, scale * 1000m);
        if (u is "kg")
            return new(UnitFamily.Mass, scale);
        if (u is "km")
            return new(UnitFamily.Length, scale * 1000m);
        if (u is "m")
            return new(UnitFamily.Length, scale);
        if (u.StartsWith("tieu chi", StringComparison.Ordinal))
            return new(UnitFamily.Criteria, scale);
        foreach (var noun in CountNouns)
            if (u == noun || u.StartsWith(noun + " ", StringComparison.Ordinal) || u.StartsWith(noun + ",", StringComparison.Ordinal) || u.StartsWith(noun + "/", StringComparison.Ordinal))
                return new(UnitFamily.Count, scale);
        return new(UnitFamily.Unknown, scale);
    }

    /// <summary>
    /// Whether two units can measure the same thing. Unknown units are given the benefit of the doubt; money and money
    /// per person are close enough ("Tr. đồng" for income per head is common); a yearly rate and a share are not.
    /// </summary>
    public static bool AreCompatible(string? a, string? b) => AreCompatible(Parse(a), Parse(b));

    /// <summary>Whether figures in these two units can be compared: same family, either unknown (nothing to say against it), or a few related families such as money and money per person.</summary>
    public static bool AreCompatible(UnitInfo a, UnitInfo b)
    {
        if (!a.IsKnown || !b.IsKnown || a.Family == b.Family)
            return true;
        return (a.Family, b.Family) switch
        {
            (UnitFamily.Money, UnitFamily.MoneyPerPerson) or (UnitFamily.MoneyPerPerson, UnitFamily.Money) => true,
            (UnitFamily.Criteria, UnitFamily.Count) or (UnitFamily.Count, UnitFamily.Criteria) => false,
            _ => false,
        };
    }
}
