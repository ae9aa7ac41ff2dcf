using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Header;

namespace NghiQuyet.Ingest.Tests.Extraction.Header;

/// <summary>
/// The organisation of a report read by OCR without the Vietnamese model comes out in its official spelling: the
/// name's words are matched, through the kernel's learned OCR channel, against the official unit names of its kind.
/// Headers written for the test in the style such scans have (marks lost, "é" for ê, "6" for ộ, "d" for ơ).
/// </summary>
public class OcrHeaderTests
{
    private static SourceDocument Doc(params string[] lines) =>
        new("scan.txt", "txt", lines.Select((l, i) => new SourceLine(i + 1, l)).ToList());

    [Theory]
    [InlineData("Mudng Lam", "Đảng bộ xã Mường Lầm")]
    [InlineData("Bac Yén", "Đảng bộ xã Bắc Yên")]
    [InlineData("Phiéng Pan", "Đảng bộ xã Phiêng Pằn")]
    public void A_commune_name_damaged_by_ocr_takes_its_official_spelling(string ocrName, string organization)
    {
        var header = HeaderReader.Read(Doc(
            "DANG CONG SAN VIET NAM",
            $"{ocrName}, ngay 18 thang 7 nam 2025",
            $"(Bao cao chinh tri cua Ban Chap hanh Dang b6 xa {ocrName} khéa I,",
            $"trinh Dai hdi dai biéu Dang b6 xa {ocrName} lan thi? nhat, nhiém ky 2025-2030)"), Diacritics.Missing);
        Assert.Equal(organization, header.Organization);
        Assert.Equal(OrganizationLevel.Commune, header.Level);
    }

    [Fact]
    public void A_province_name_damaged_by_ocr_takes_its_official_spelling()
    {
        var header = HeaderReader.Read(Doc(
            "DANG BO TINH SON LA",
            "BAO CAO CHINH TRI",
            "cua Ban Chap hanh Dang b6 tinh Son La trinh Dai hdi dai biéu Dang b6 tinh Son La lan thi? XV"), Diacritics.Missing);
        Assert.Equal("Đảng bộ tỉnh Sơn La", header.Organization);
    }

    [Fact]
    public void A_name_no_official_one_explains_is_kept_as_read()
    {
        var header = HeaderReader.Read(Doc(
            "trinh Dai hdi dai biéu Dang b6 xa Xyzabc lan thi? nhat, nhiém ky 2025-2030"), Diacritics.Missing);
        Assert.Equal("Đảng bộ xã Xyzabc", header.Organization);
    }
}
