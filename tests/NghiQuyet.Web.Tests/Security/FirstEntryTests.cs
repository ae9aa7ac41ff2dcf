using System.Net;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using static NghiQuyet.Web.Tests.Units.Workflow;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>
/// Issue 12, defect 6: two officers open the figures form of a year before anyone has entered a figure; both see an
/// empty version. The second save must not silently overwrite the first, and a crafted edit without a version must
/// not skip the check.
/// </summary>
public sealed class FirstEntryTests : IDisposable
{
    private const int Year = 2038;
    private readonly WebAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static List<KeyValuePair<string, string>> Row(Guid target, string value, string? version) =>
        version is null
            ? [new("Rows[0].TargetId", target.ToString()), new("Rows[0].Value", value)]
            : [new("Rows[0].TargetId", target.ToString()), new("Rows[0].Value", value), new("Rows[0].Version", version)];

    [Fact]
    public async Task The_second_first_entry_is_refused_naming_who_entered_it_and_the_first_stays()
    {
        var code = TestData.OwnCommune;
        var target = TargetsOf(_factory, code)[0];
        var url = FiguresUrl(code, Year);
        var commune = await _factory.SignedInAsync(OwnUser);
        var admin = await _factory.SignedInAsync(Admin);
        // Both read the empty form (and its token) before either saves.
        var communeToken = await WebAppFactory.TokenAsync(commune, url);
        var adminToken = await WebAppFactory.TokenAsync(admin, url);
        Assert.Empty(Stored(_factory, code, Year));

        var first = await commune.PostAsync(url + "?handler=Save", new FormUrlEncodedContent([.. Row(target.Id, "41", ""), new("__RequestVerificationToken", communeToken)]));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await admin.PostAsync(url + "?handler=Save", new FormUrlEncodedContent([.. Row(target.Id, "42", ""), new("__RequestVerificationToken", adminToken)]));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains(string.Format(Messages.StaleEdit, Messages.SubjectMeasurement, OwnUser, "").Split(" lúc ")[0], html);

        var stored = Assert.Single(Stored(_factory, code, Year));
        Assert.Equal((41m, OwnUser), (stored.Value, stored.UpdatedBy));
        var refused = Audit(_factory, [stored.Id]).Where(a => a.Action == AuditAction.Refused).ToList();
        Assert.Equal(Admin, Assert.Single(refused).UserName);
        Assert.Contains("42", refused[0].After);
    }

    [Theory]
    [InlineData(null)] // the field left out of a crafted post
    [InlineData("")]   // the field posted empty, as the form does for a figure not entered yet
    public async Task An_edit_without_a_version_on_a_stored_figure_is_refused(string? version)
    {
        var code = TestData.OwnCommune;
        var target = TargetsOf(_factory, code)[1];
        var year = Year + (version is null ? 1 : 2);
        var url = FiguresUrl(code, year);
        var commune = await _factory.SignedInAsync(OwnUser);
        var saved = await PostAsync(commune, url, "Save", Row(target.Id, "7", ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var before = Snapshot(Stored(_factory, code, year));

        var crafted = await PostAsync(commune, url, "Save", Row(target.Id, "8", version));
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Equal(before, Snapshot(Stored(_factory, code, year)));

        // With the version it read, the same officer's edit goes through.
        var stored = Assert.Single(Stored(_factory, code, year));
        var proper = await PostAsync(commune, url, "Save", Row(target.Id, "9", stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, proper.StatusCode);
        Assert.Equal(9m, Assert.Single(Stored(_factory, code, year)).Value);
    }
}
