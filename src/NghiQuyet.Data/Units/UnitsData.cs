using System.Reflection;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Units;

namespace NghiQuyet.Data.Units;

/// <summary>The official list of units shipped inside this assembly (see Units/NOTICE.md), loaded once.</summary>
public static class UnitsData
{
    private static readonly Lazy<UnitRegistry> Lazy = new(Load);

    public static UnitRegistry Registry => Lazy.Value;

    /// <summary>The shipped file's text, by name ("units.csv").</summary>
    public static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NghiQuyet.Data.Units." + name)
            ?? throw new InvalidOperationException(string.Format(Core.Messages.UnitsDataMissing, name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static UnitRegistry Load()
    {
        var units = Rows("units.csv").Select(c => new OfficialUnit(
            c[0], c[2], KindOf(c[1]), c[3].Length == 0 ? null : c[3], c[1] == "Thành phố" && c[3].Length == 0));
        var former = Rows("former-units.csv").Select(c => new FormerUnit(
            c[0], c[1], c[2].Length == 0 ? null : c[2], c[3], c[4], c[5] == "1"));
        var provinces = Rows("former-provinces.csv").Select(c => new FormerProvince(c[0], c[1], c[2]));
        var formerProvinceNames = Rows("former-provinces.csv").ToDictionary(c => c[0], c => c[1]);
        former = former.Select(f => f with { ProvinceName = formerProvinceNames.GetValueOrDefault(f.ProvinceName, f.ProvinceName) });
        return new UnitRegistry(units, former, provinces);
    }

    private static IEnumerable<string[]> Rows(string name) =>
        ReadResource(name).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));

    private static OrganizationKind KindOf(string type) => type switch
    {
        "Tỉnh" or "Thành phố" => OrganizationKind.Province,
        "Xã" => OrganizationKind.Commune,
        "Phường" => OrganizationKind.Ward,
        "Đặc khu" => OrganizationKind.SpecialZone,
        _ => throw new InvalidDataException($"unknown unit type {type}"),
    };
}
