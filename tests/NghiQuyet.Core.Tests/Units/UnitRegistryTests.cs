using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Units;

namespace NghiQuyet.Core.Tests.Units;

/// <summary>Name lookup over a small made-up list in the shape of the official one.</summary>
public class UnitRegistryTests
{
    private static readonly UnitRegistry Registry = new(
        [
            new OfficialUnit("14", "Sơn La", OrganizationKind.Province, null),
            new OfficialUnit("01", "Hà Nội", OrganizationKind.Province, null, IsCity: true),
            new OfficialUnit("90", "Hoà Bình", OrganizationKind.Province, null),
            new OfficialUnit("00100", "Hòa An", OrganizationKind.Commune, "14"),
            new OfficialUnit("00200", "Hoà An", OrganizationKind.Ward, "01"),
            new OfficialUnit("00300", "Tân Lập", OrganizationKind.Commune, "14"),
            new OfficialUnit("00400", "Tân Lập", OrganizationKind.Commune, "90"),
            new OfficialUnit("00500", "Cô Tô", OrganizationKind.SpecialZone, "90"),
        ],
        [
            new FormerUnit("10", "Xã Hòa An", "Huyện Sông Mã", "Tỉnh Sơn La", "00100", false),
            new FormerUnit("11", "Xã Đứa Mòn", "Huyện Sông Mã", "Tỉnh Sơn La", "00100", false),
            new FormerUnit("12", "Thị trấn Tân Lập", "Huyện Mộc Châu", "Tỉnh Sơn La", "00300", false),
            new FormerUnit("13", "Xã Đứa Mòn", "Huyện Kim Bôi", "Tỉnh Hoà Bình", "00400", true),
        ],
        [new FormerProvince("40", "Tỉnh Hà Tây", "01"), new FormerProvince("14", "Tỉnh Sơn La", "14")]);

    [Theory]
    [InlineData("xã Hòa An", "00100")]
    [InlineData("xã Hoà An", "00100")]
    [InlineData("XA HOA AN", "00100")]
    [InlineData("phường Hòa An", "00200")]
    [InlineData("Đảng bộ phường Hoà An", "00200")]
    [InlineData("đặc khu Cô Tô", "00500")]
    [InlineData("Thành phố Hà Nội", "01")]
    [InlineData("tỉnh Hòa Bình", "90")]
    public void Kind_words_and_tones_are_understood(string query, string code)
    {
        var matches = Registry.Search(query);
        Assert.Equal(code, matches[0].Unit.Code);
        Assert.Equal(0, matches[0].Rank);
    }

    [Fact]
    public void Without_a_kind_word_every_unit_of_the_name_is_a_candidate()
    {
        Assert.Equal(["00100", "00200"], Registry.Search("Hoa An").Select(m => m.Unit.Code));
    }

    [Fact]
    public void An_old_commune_leads_to_its_new_unit_and_a_province_narrows_it()
    {
        var matches = Registry.Search("xã Đứa Mòn");
        Assert.Equal(["00100", "00400"], matches.Select(m => m.Unit.Code));
        Assert.All(matches, m => Assert.Equal(1, m.Rank));
        Assert.Equal("Xã Đứa Mòn, Huyện Sông Mã", matches[0].Via);
        Assert.Equal(["00100"], Registry.Search("xã Đứa Mòn, tỉnh Sơn La").Select(m => m.Unit.Code));
        Assert.Equal(["00400"], Registry.Search("xã Đứa Mòn", province: "Hòa Bình").Select(m => m.Unit.Code));
    }

    [Fact]
    public void An_old_province_name_narrows_to_the_new_province()
    {
        Assert.Equal(["00200"], Registry.Search("Hòa An", province: "Hà Tây").Select(m => m.Unit.Code));
        Assert.Equal("01", Registry.Search("tỉnh Hà Tây").Single().Unit.Code);
    }

    [Fact]
    public void A_thi_tran_is_an_old_unit_and_a_huyen_an_old_district()
    {
        Assert.Equal("00300", Registry.Search("thị trấn Tân Lập").Single().Unit.Code);
        var district = Registry.Search("huyện Sông Mã");
        Assert.Equal(["00100"], district.Select(m => m.Unit.Code));
        Assert.Equal(2, district[0].Rank);
    }

    [Fact]
    public void A_part_of_a_name_still_finds_units()
    {
        Assert.Equal(["00300", "00400"], Registry.Search("Tân").Select(m => m.Unit.Code));
        Assert.Empty(Registry.Search("Không Có"));
    }

    [Fact]
    public void A_header_resolves_only_to_one_unit_of_its_level()
    {
        DocumentHeader Header(string org, string? province, OrganizationLevel level = OrganizationLevel.Commune) =>
            new(org, level, province, 1, new Term(2025, 2030), Diacritics.Full);

        Assert.Equal("00100", Registry.Resolve(Header("Đảng bộ xã Hòa An", null)).Unit?.Code);
        Assert.Equal("00300", Registry.Resolve(Header("Đảng bộ xã Tân Lập", "Sơn La")).Unit?.Code);
        var ambiguous = Registry.Resolve(Header("Đảng bộ xã Tân Lập", null));
        Assert.Null(ambiguous.Unit);
        Assert.Equal(2, ambiguous.Candidates.Count);
        Assert.Equal("14", Registry.Resolve(Header("Đảng bộ tỉnh Sơn La", null, OrganizationLevel.Province)).Unit?.Code);
        // A district name alone is never taken as the answer: it covers many units.
        Assert.Null(Registry.Resolve(Header("Đảng bộ huyện Sông Mã", "Sơn La")).Unit);
        Assert.Null(Registry.Resolve(Header("Đảng bộ xã Nào Đó", "Sơn La")).Unit);
    }

    [Fact]
    public void An_organization_carries_its_predecessors()
    {
        var organization = Registry.ToOrganization(Registry.Find("00100")!);
        Assert.Equal("Xã Hòa An", organization.FullName);
        Assert.Equal(["Xã Hòa An", "Xã Đứa Mòn"], organization.Predecessors.Select(p => p.FullName));
    }

    [Theory]
    [InlineData("Đảng bộ xã Mường Lầm", "xa", "muong lam", null)]
    [InlineData("huyện Sông Mã, tỉnh Sơn La", "huyen", "song ma", "son la")]
    [InlineData("thị xã Mường Lay", "thi xa", "muong lay", null)]
    [InlineData("TT Bắc Yên", "thi tran", "bac yen", null)]
    [InlineData("Mường Lầm", null, "muong lam", null)]
    public void A_query_is_taken_apart(string text, string? kind, string name, string? province)
    {
        Assert.Equal(new UnitQuery(kind, name, province), UnitQuery.Parse(text));
    }
}
