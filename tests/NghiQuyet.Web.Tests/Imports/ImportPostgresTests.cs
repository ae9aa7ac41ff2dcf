using System.Globalization;
using System.Net;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using static NghiQuyet.Web.Tests.Imports.ImportClient;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>Import, correct, add, publish on PostgreSQL (lengths, decimals and transactions as the server enforces them).</summary>
public sealed class ImportPostgresTests
{
    [PostgresFact]
    public async Task Import_review_and_publish_on_PostgreSQL()
    {
        using var factory = new PostgresWebAppFactory();
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var id = await ImportAsync(client, "bao-cao.docx", ReportFixtures.Docx(TestData.OwnCommune, " pg"));
        var url = $"/Imports/{id}";
        var first = Query(factory, db => db.Targets.Single(t => t.ResolutionId == id && t.Position == 1));

        var edited = await PostFormAsync(client, url, "Edit", new()
        {
            ["Form.TargetId"] = first.Id.ToString(), ["Form.Version"] = first.Version.ToString(CultureInfo.InvariantCulture),
            ["Form.Name"] = first.Name, ["Form.Op"] = "Range", ["Form.Value"] = "55", ["Form.ValueMax"] = "60,5",
            ["Form.Unit"] = first.Unit ?? "", ["Form.Year"] = "2030",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var before = Count(factory);
        var tooLong = await HtmlAsync(await PostFormAsync(client, url, "Add", new()
        {
            ["Form.Name"] = "Chỉ tiêu", ["Form.Op"] = "AtLeast", ["Form.Value"] = "1", ["Form.Unit"] = new string('x', 101), ["Form.Year"] = "2030",
        }));
        Assert.Contains(string.Format(Messages.WorkflowTextTooLong, 100), tooLong);
        Assert.Equal(before, Count(factory));

        var published = await PostFormAsync(client, url, "Publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var stored = Query(factory, db => db.Resolutions.Single(r => r.Id == id));
        Assert.Equal(ResolutionStatus.Published, stored.Status);
        Assert.Equal(60.5m, Query(factory, db => db.Targets.Single(t => t.Id == first.Id).CorrectedValueMax));
    }
}
