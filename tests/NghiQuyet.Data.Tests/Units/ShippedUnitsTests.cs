using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Data.Units;
using NghiQuyet.Testing;

namespace NghiQuyet.Data.Tests.Units;

public class ShippedUnitsTests
{
    private static readonly Core.Units.UnitRegistry Registry = UnitsData.Registry;

    [Fact]
    public void The_list_holds_34_provinces_and_3321_communes()
    {
        Assert.Equal(34, Registry.Provinces.Count);
        Assert.Equal(3321, Registry.Communes.Count);
        Assert.Equal(2611, Registry.Communes.Count(c => c.Kind == OrganizationKind.Commune));
        Assert.Equal(697, Registry.Communes.Count(c => c.Kind == OrganizationKind.Ward));
        Assert.Equal(13, Registry.Communes.Count(c => c.Kind == OrganizationKind.SpecialZone));
        Assert.Equal(75, Registry.Communes.Count(c => c.ProvinceCode == "14"));
        Assert.All(Registry.Communes, c => Assert.NotNull(Registry.ProvinceOf(c)));
        // Every new unit took in at least one old one.
        Assert.All(Registry.Communes, c => Assert.NotEmpty(Registry.PredecessorsOf(c.Code)));
    }

    [Theory]
    [InlineData("Đảng bộ xã Mường Lầm", "04183")]
    [InlineData("Đảng bộ xã Bắc Yên", "03856")]
    [InlineData("Đảng bộ xã Phiêng Pằn", "04159")]
    [InlineData("Dang bo xa Phieng Pan", "04159")]
    [InlineData("ĐẢNG BỘ XÃ MƯỜNG LẦM", "04183")]
    public void The_sample_headers_resolve_without_a_code(string organization, string code)
    {
        var header = new DocumentHeader(organization, OrganizationLevel.Commune, "Sơn La", 1, new Term(2025, 2030), Diacritics.Full);
        var resolved = Registry.Resolve(header);
        Assert.Equal(code, resolved.Unit?.Code);
    }

    [Fact]
    public void Muong_Lam_was_merged_from_Muong_Lam_and_Dua_Mon()
    {
        var organization = Registry.ToOrganization(Registry.Find("04183")!);
        Assert.Equal("Xã Mường Lầm", organization.FullName);
        Assert.Equal("14", organization.ProvinceCode);
        Assert.Equal(["04183 Xã Mường Lầm Huyện Sông Mã", "04189 Xã Đứa Mòn Huyện Sông Mã"],
            organization.Predecessors.Select(p => $"{p.Code} {p.FullName} {p.District}").Order(StringComparer.Ordinal));
        Assert.Equal(["Xã Chiềng Lương", "Xã Nà Ơt", "Xã Phiêng Pằn"],
            Registry.PredecessorsOf("04159").Select(p => p.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Tone_placement_does_not_matter()
    {
        // The data writes the old placement ("Hoà"); people type either.
        var old = Registry.Search("tỉnh Hoà Bình");
        var modern = Registry.Search("tỉnh Hòa Bình");
        Assert.NotEmpty(old);
        Assert.Equal(old.Select(m => m.Unit.Code), modern.Select(m => m.Unit.Code));
        Assert.Equal("25", old[0].Unit.Code); // Hoà Bình went into Phú Thọ
    }

    [Fact]
    public void An_old_district_leads_to_the_new_units_that_took_in_its_communes()
    {
        var matches = Registry.Search("huyện Sông Mã");
        Assert.Contains(matches, m => m.Unit.Code == "04183");
        Assert.All(matches, m => Assert.Equal("14", m.Unit.ProvinceCode));
        Assert.All(matches, m => Assert.Equal("Huyện Sông Mã", m.Via));
    }

    [Fact]
    public void An_old_town_leads_to_its_new_commune()
    {
        var match = Assert.Single(Registry.Search("thị trấn Bắc Yên"));
        Assert.Equal("03856", match.Unit.Code);
        Assert.Contains("Thị trấn Bắc Yên", match.Via);
    }

    [Fact]
    public void A_name_shared_by_several_provinces_is_ambiguous_until_the_province_is_named()
    {
        var everywhere = Registry.Search("xã Tân Lập");
        Assert.True(everywhere.Count(m => m.Rank == 0) > 1);
        var header = new DocumentHeader("Đảng bộ xã Tân Lập", OrganizationLevel.Commune, null, 1, null, Diacritics.Full);
        var resolution = Registry.Resolve(header);
        Assert.Null(resolution.Unit);
        Assert.True(resolution.Candidates.Count > 1);
    }

    [Fact]
    public void An_unknown_name_has_no_candidates()
    {
        var header = new DocumentHeader("Đảng bộ xã Không Có Thật", OrganizationLevel.Commune, "Sơn La", 1, null, Diacritics.Full);
        var resolution = Registry.Resolve(header);
        Assert.Null(resolution.Unit);
        Assert.Empty(resolution.Candidates);
    }

    [SharedDataFact]
    public void ShippedUnitsAgreeWithSource()
    {
        var generated = UnitsDataGenerator.Generate(SharedData.File("data", "admin-units"));
        if (Environment.GetEnvironmentVariable("NGHIQUYET_REGENERATE_UNITS") == "1")
        {
            var folder = Path.Combine(RepositoryRoot(), "src", "NghiQuyet.Data", "Units");
            foreach (var (name, text) in generated)
                File.WriteAllText(Path.Combine(folder, name), text);
        }
        foreach (var (name, text) in generated)
            Assert.True(text == UnitsData.ReadResource(name), $"{name} differs from shared/data/admin-units: regenerate it (see Units/NOTICE.md)");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NghiQuyet.sln")))
                return dir.FullName;
        throw new InvalidOperationException("NghiQuyet.sln not found above the test folder");
    }
}
