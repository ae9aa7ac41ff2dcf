using System.Net;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Units;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Web.Demo;
using static NghiQuyet.Web.Tests.Imports.ImportClient;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>
/// /Imports: upload → extract → the unit's rights checked → draft stored. Every refusal (bad file, too big, wrong unit,
/// wrong role, forged form) answers a Vietnamese message or 400/403/413 and stores nothing.
/// </summary>
public sealed class ImportPageTests(ImportAppFactory factory) : IClassFixture<ImportAppFactory>
{
    private static string Own => TestData.OwnCommune;
    private static string Other => TestData.OtherCommune;

    [Fact]
    public async Task Commune_officer_uploads_a_txt_report_of_the_own_commune_and_gets_a_draft_to_review()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var before = Count(factory);
        var id = await ImportAsync(client, "bao-cao.txt", ReportFixtures.Text(Own, " txt"));

        var stored = Query(factory, db => db.Resolutions.Where(r => r.Id == id)
            .Select(r => new { r.OrganizationCode, r.Status, r.CreatedBy, Targets = r.Targets.Count, File = r.SourceFile!.FileName }).Single());
        Assert.Equal((Own, ResolutionStatus.Draft, TestData.OwnCommuneUser, ReportFixtures.TargetCount, "bao-cao.txt"),
            (stored.OrganizationCode, stored.Status, stored.CreatedBy, stored.Targets, stored.File));
        var after = Count(factory);
        Assert.Equal((before.Resolutions + 1, before.SourceFiles + 1, before.Targets + ReportFixtures.TargetCount),
            (after.Resolutions, after.SourceFiles, after.Targets));

        var page = await HtmlAsync(await client.GetAsync($"/Imports/{id}"));
        Assert.Contains(string.Format(Messages.ImportDone, $"{UnitsData.Registry.Find(Own)!.FullName} ({Own})", ReportFixtures.TargetCount, 0), page);
        Assert.Contains("Ban hành nghị quyết", page);

        // The same file again changes nothing and leads to the same draft.
        var again = await UploadAsync(client, "bao-cao.txt", ReportFixtures.Text(Own, " txt"));
        Assert.Equal($"/Imports/{id}", again.Headers.Location?.OriginalString);
        Assert.Equal(after, Count(factory));
    }

    [Fact]
    public async Task Administrator_uploads_a_docx_built_here_for_any_commune()
    {
        var client = await factory.SignedInAsync("admin");
        var id = await ImportAsync(client, "bao-cao.docx", ReportFixtures.Docx(Other, " docx"));
        var stored = Query(factory, db => db.Resolutions.Where(r => r.Id == id).Select(r => new { r.OrganizationCode, Format = r.SourceFile!.Format, Targets = r.Targets.Count }).Single());
        Assert.Equal((Other, "docx", ReportFixtures.TargetCount), (stored.OrganizationCode, stored.Format, stored.Targets));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "hong.docx", "corrupt" },
        { "bom.docx", "zipbomb" },
        { "anh.png", "png" },
        { "anh-doi-ten.pdf", "png" },
        { "rong.txt", "empty" },
        { "bang-tinh.xlsx", "text" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_the_readers_Vietnamese_message_next_to_the_input_and_nothing_is_stored(string fileName, string kind)
    {
        var bytes = kind switch
        {
            "corrupt" => ReportFixtures.CorruptDocx(),
            "zipbomb" => ReportFixtures.ZipBombDocx(),
            "png" => ReportFixtures.Png(),
            "empty" => [],
            _ => ReportFixtures.Text(Own, " xlsx"),
        };
        var expected = kind switch
        {
            "corrupt" => string.Format(Messages.DocxCorrupt, fileName),
            "zipbomb" => string.Format(Messages.ZipTooLarge, fileName, 50, 5000),
            "empty" => Messages.ImportNoFile,
            _ => string.Format(Messages.ImportWrongType, fileName),
        };
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var before = Count(factory);
        var response = await UploadAsync(client, fileName, bytes);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains(expected, html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Equal(before, Count(factory));
    }

    [Fact]
    public async Task An_upload_over_the_limit_gets_the_Vietnamese_413_page_and_nothing_is_stored()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var before = Count(factory);
        var big = new byte[(int)DocumentReader.MaxFileBytes + 2 * 1024 * 1024];
        var response = await UploadAsync(client, "qua-lon.txt", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(string.Format(Messages.ImportTooLarge, 30), await HtmlAsync(response));
        Assert.Equal(before, Count(factory));
    }

    [Fact]
    public async Task A_form_without_its_anti_forgery_token_is_refused_with_400()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var before = Count(factory);
        var response = await UploadAsync(client, "bao-cao.txt", ReportFixtures.Text(Own, " forged"), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await HtmlAsync(response));
        Assert.Equal(before, Count(factory));
    }

    [Fact]
    public async Task Commune_officer_importing_another_communes_report_gets_403_and_nothing_is_stored()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var before = Count(factory);
        var other = UnitsData.Registry.Find(Other)!;

        var byHeader = await UploadAsync(client, "xa-khac.txt", ReportFixtures.Text(Other, " other"));
        Assert.Equal(HttpStatusCode.Forbidden, byHeader.StatusCode);
        Assert.Contains(string.Format(Messages.ImportNotAllowed, other.FullName, other.Code), await HtmlAsync(byHeader));

        // The own commune's report posted with another unit's code (a forged field) is refused the same way.
        var byCode = await UploadAsync(client, "xa-minh.txt", ReportFixtures.Text(Own, " forged code"), unitCode: Other);
        Assert.Equal(HttpStatusCode.Forbidden, byCode.StatusCode);
        Assert.Equal(before, Count(factory));
    }

    [Fact]
    public async Task Province_officer_imports_the_province_report_but_not_a_communes()
    {
        var client = await factory.SignedInAsync("tinh.sonla");
        var before = Count(factory);
        var response = await UploadAsync(client, "xa.txt", ReportFixtures.Text(Own, " province officer"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, Count(factory));

        var id = await ImportAsync(client, "tinh.txt", ReportFixtures.Text(Own, " as province"), unitCode: DemoSeeder.ProvinceCode);
        Assert.Equal(DemoSeeder.ProvinceCode, Query(factory, db => db.Resolutions.Single(r => r.Id == id).OrganizationCode));
    }

    [Fact]
    public async Task Inspector_may_neither_open_nor_post_the_import_page()
    {
        var client = await factory.SignedInAsync("thanhtra");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Imports")).StatusCode);
        var before = Count(factory);
        var content = new MultipartFormDataContent { { new ByteArrayContent(ReportFixtures.Text(Own, " inspector")), "Upload", "a.txt" } };
        var response = await client.PostAsync("/Imports", content);
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Equal(before, Count(factory));
        Assert.DoesNotContain("href=\"/Imports\"", await client.GetStringAsync($"/Dashboard/{TestData.Province}"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.Client().GetAsync("/Imports");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_menu_offers_the_import_page_to_those_who_import()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var home = await client.GetStringAsync("/Imports");
        Assert.Contains("<a href=\"/Imports\">Nhập báo cáo</a>", home);
        Assert.Contains("<label for=\"upload\">", home);
        Assert.DoesNotContain("name=\"UnitCode\"", home);
    }
}
