using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;

namespace NghiQuyet.Web.Tests.Units;

/// <summary>The yearly data-entry form: draft, submit, approve; bad input and abuse write nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class FiguresTests(WebAppFactory factory)
{
    private static string Url(string code, int year) => $"/Units/{code}/Figures/{year}";

    private List<Measurement> Stored(string code, int year)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        return db.Measurements.AsNoTracking()
            .Where(m => m.Year == year && db.Targets.Any(t => t.Id == m.TargetId && db.Resolutions.Any(r => r.Id == t.ResolutionId && r.OrganizationCode == code)))
            .ToList();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields, bool withToken = true)
    {
        if (withToken)
            fields["__RequestVerificationToken"] = await WebAppFactory.TokenAsync(client, url);
        return await client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private Dictionary<string, string> OneFigure(string code, string value) => new()
    {
        ["Rows[0].TargetId"] = TestData.FirstTargetOf(factory, code).ToString(),
        ["Rows[0].Value"] = value,
    };

    [Fact]
    public async Task Commune_officer_saves_a_draft_in_Vietnamese_number_format_then_submits()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var url = Url(TestData.OwnCommune, 2026);
        var saved = await PostAsync(client, url, "Save", OneFigure(TestData.OwnCommune, "36,5"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = Assert.Single(Stored(TestData.OwnCommune, 2026));
        Assert.Equal(36.5m, draft.Value);
        Assert.Equal(MeasurementStatus.Draft, draft.Status);
        Assert.Equal(TestData.OwnCommuneUser, draft.EnteredBy);

        var page = await client.GetStringAsync(url);
        Assert.Contains("value=\"36,5\"", page);
        Assert.Contains(string.Format(Messages.FigureSaved, 2026), page);

        var form = OneFigure(TestData.OwnCommune, "36,5");
        form["Rows[0].Version"] = draft.Version.ToString();
        var submitted = await PostAsync(client, url, "Submit", form);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(MeasurementStatus.Submitted, Assert.Single(Stored(TestData.OwnCommune, 2026)).Status);
    }

    [Fact]
    public async Task Malformed_number_gets_a_message_next_to_the_field_and_nothing_is_written()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var url = Url(TestData.OwnCommune, 2027);
        var form = OneFigure(TestData.OwnCommune, "36,5,1");
        var response = await PostAsync(client, url, "Save", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(string.Format(Messages.FigureInvalid, "36,5,1"), html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Empty(Stored(TestData.OwnCommune, 2027));
    }

    [Fact]
    public async Task Changing_an_approved_figure_is_refused_with_a_message()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var before = Stored(TestData.OwnCommune, 2023);
        var response = await PostAsync(client, Url(TestData.OwnCommune, 2023), "Save", OneFigure(TestData.OwnCommune, "1.234"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(string.Format(Messages.FigureLockedField, Messages.StatusApproved), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before.Select(m => (m.Id, m.Value, m.Version)), Stored(TestData.OwnCommune, 2023).Select(m => (m.Id, m.Value, m.Version)));
    }

    [Fact]
    public async Task Commune_officer_posting_to_another_units_url_gets_403_and_nothing_is_written()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        // The token comes from the officer's own form: valid, but for the wrong unit.
        var fields = OneFigure(TestData.OtherCommune, "12");
        fields["__RequestVerificationToken"] = await WebAppFactory.TokenAsync(client, Url(TestData.OwnCommune, 2026));
        var response = await client.PostAsync(Url(TestData.OtherCommune, 2026) + "?handler=Save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Stored(TestData.OtherCommune, 2026));
    }

    [Fact]
    public async Task Inspector_cannot_post_figures()
    {
        var client = await factory.SignedInAsync("thanhtra");
        var fields = OneFigure(TestData.OtherCommune, "12");
        fields["__RequestVerificationToken"] = await WebAppFactory.TokenAsync(client, "/Account/Login");
        var response = await client.PostAsync(Url(TestData.OtherCommune, 2028) + "?handler=Save", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Stored(TestData.OtherCommune, 2028));
    }

    [Fact]
    public async Task Forged_figures_post_without_token_is_400_and_nothing_is_written()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var response = await PostAsync(client, Url(TestData.OwnCommune, 2029), "Save", OneFigure(TestData.OwnCommune, "5"), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Stored(TestData.OwnCommune, 2029));
    }

    [Fact]
    public async Task Province_officer_approves_the_communes_submitted_figures()
    {
        var url = Url(TestData.OwnCommune, 2025);
        Assert.Contains(Stored(TestData.OwnCommune, 2025), m => m.Status == MeasurementStatus.Submitted);
        var commune = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var refused = await PostAsync(commune, url, "Approve", []);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var province = await factory.SignedInAsync("tinh.sonla");
        var page = await province.GetStringAsync(url);
        Assert.Contains("Duyệt", page);
        var approved = await PostAsync(province, url, "Approve", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.All(Stored(TestData.OwnCommune, 2025), m => Assert.Equal(MeasurementStatus.Approved, m.Status));
        Assert.All(Stored(TestData.OwnCommune, 2025), m => Assert.Equal("tinh.sonla", m.ApprovedBy));
    }
}
