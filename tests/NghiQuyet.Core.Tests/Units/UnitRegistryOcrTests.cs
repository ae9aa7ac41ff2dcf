using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Units;

namespace NghiQuyet.Core.Tests.Units;

/// <summary>
/// Names damaged by OCR are found through the kernel's learned channel: every word of the official name must be a
/// likely reading of the word in the query. Made-up list in the shape of the official one, with near neighbours.
/// </summary>
public class UnitRegistryOcrTests
{
    private static readonly UnitRegistry Registry = new(
        [
            new OfficialUnit("11", "Điện Biên", OrganizationKind.Province, null),
            new OfficialUnit("14", "Sơn La", OrganizationKind.Province, null),
            new OfficialUnit("03200", "Điện Biên Đông", OrganizationKind.Commune, "11"),
            new OfficialUnit("03300", "Tiên Phong", OrganizationKind.Commune, "11"),
            new OfficialUnit("04000", "Bắc Yên", OrganizationKind.Commune, "14"),
            new OfficialUnit("04100", "Mường Lầm", OrganizationKind.Commune, "14"),
            new OfficialUnit("04200", "Phiêng Pằn", OrganizationKind.Commune, "14"),
        ],
        [],
        []);

    [Theory]
    [InlineData("tỉnh Pién Bién", "11")]      // Đ read as P, ê as é
    [InlineData("Pién Bién", "11")]
    [InlineData("xã Mudng Lam", "04100")]     // ườ read as d
    [InlineData("xã Bac Yén", "04000")]
    [InlineData("DANG BO XA PHIENG PAN", "04200")]
    [InlineData("xã Piện Biên Pông", "03200")]
    public void A_name_damaged_by_ocr_is_found_by_what_the_channel_can_read(string query, string code)
    {
        var matches = Registry.Search(query);
        Assert.NotEmpty(matches);
        Assert.Equal(code, matches[0].Unit.Code);
        Assert.True(matches[0].Rank <= 1);
    }

    [Theory]
    [InlineData("tỉnh Hà Giang")]   // no such unit in the list: no guess
    [InlineData("xã Tien Bien")]     // "Tiên Phong" is no reading of it, and "Điện Biên" is a province
    [InlineData("tỉnh Son Lo")]      // a changed letter the channel never makes (a → o) is not OCR damage
    public void A_name_no_official_one_explains_finds_nothing(string query) =>
        Assert.Empty(Registry.Search(query));
}
