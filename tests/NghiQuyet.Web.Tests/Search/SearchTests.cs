using System.Net;
using System.Text.RegularExpressions;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Tests.Search;

/// <summary>/Search: units, targets and document text, tone-insensitive, limited to what the user may see.</summary>
[Collection(WebCollection.Name)]
public sealed class SearchTests(WebAppFactory factory)
{
    private async Task<string> SearchAsync(string user, string q)
    {
        var client = await factory.SignedInAsync(user);
        var response = await client.GetAsync("/Search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section aria-labelledby=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section " + id);
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public async Task Without_tone_marks_finds_targets_with_them_and_marks_the_hit()
    {
        var html = await SearchAsync("admin", "ho ngheo");
        var targets = Section(html, "h-targets");
        Assert.Contains("<mark>hộ nghèo</mark>", targets);
        // Every seeded commune's poverty target is listed, each once.
        foreach (var code in Demo.DemoSeeder.SeededCommuneCodes)
        {
            var id = ExploreData.Targets(factory, code).Single(t => VietnameseFold.Fold(t.EffectiveName).Contains("ho ngheo")).Id;
            Assert.Single(Regex.Matches(targets, $"/Targets/{id}\""));
        }
    }

    [Theory]
    [InlineData("son la", "Sơn La")]
    [InlineData("muong lam", "Mường Lầm")]
    [InlineData("MUONG LAM", "Mường Lầm")]
    public async Task Unit_names_are_found_without_tone_marks(string query, string marked)
    {
        var units = Section(await SearchAsync("admin", query), "h-units");
        Assert.Contains($"<mark>{marked}</mark>", units);
    }

    [Fact]
    public async Task Administrator_and_inspector_search_all_units_of_the_country_a_province_officer_only_its_own()
    {
        // Hà Nội is not stored in the demo database: the official list is searched, not only stored units.
        Assert.Contains("<mark>Hà Nội</mark>", Section(await SearchAsync("admin", "ha noi"), "h-units"));
        Assert.Contains("<mark>Hà Nội</mark>", Section(await SearchAsync("thanhtra", "ha noi"), "h-units"));
        Assert.DoesNotContain("<mark>", Section(await SearchAsync("tinh.sonla", "ha noi"), "h-units"));
        Assert.Contains("<mark>Sơn La</mark>", Section(await SearchAsync("tinh.sonla", "son la"), "h-units"));
    }

    [Fact]
    public async Task Document_text_is_searched_and_the_matching_line_shown_with_the_hit_marked()
    {
        // A phrase of the demo document that is no target's name.
        var docs = Section(await SearchAsync("admin", "khong phai van ban that"), "h-docs");
        Assert.Contains("<mark>không phải văn bản thật</mark>", docs);
        foreach (var code in Demo.DemoSeeder.SeededCommuneCodes)
            Assert.Contains($"href=\"/Units/{code}\"", docs);
        Assert.DoesNotContain("<mark>", Section(await SearchAsync("admin", "khong phai van ban that"), "h-targets"));
    }

    [Fact]
    public async Task A_commune_officer_sees_only_its_own_communes_targets_units_and_documents()
    {
        var own = TestData.OwnCommune;
        var other = ExploreData.Unit(factory, TestData.OtherCommune);
        var html = await SearchAsync(TestData.OwnCommuneUser, "ho ngheo");
        Assert.Contains($"href=\"/Units/{own}\"", Section(html, "h-targets"));
        foreach (var code in Demo.DemoSeeder.SeededCommuneCodes.Where(c => c != own))
            Assert.DoesNotContain($"/Units/{code}\"", html);

        // The other commune's name appears in its own document's first line and in the units list: neither is shown.
        var byName = await SearchAsync(TestData.OwnCommuneUser, VietnameseFold.Fold(other.FullName));
        Assert.DoesNotContain($"/Units/{other.Code}\"", byName);
        Assert.DoesNotContain("<mark>", Section(byName, "h-units"));
        Assert.DoesNotContain("<mark>", Section(byName, "h-docs"));
        // The same query as the province officer finds both.
        var asProvince = await SearchAsync("tinh.sonla", VietnameseFold.Fold(other.FullName));
        Assert.Contains("<mark>", Section(asProvince, "h-units"));
        Assert.Contains($"/Units/{other.Code}\"", Section(asProvince, "h-docs"));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("  ̀ ")]
    public async Task Too_short_a_query_is_a_400_with_a_message(string q)
    {
        var client = await factory.SignedInAsync("admin");
        var response = await client.GetAsync("/Search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Messages.SearchTooShort, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Too_long_a_query_is_a_400_and_an_empty_one_shows_the_form()
    {
        var client = await factory.SignedInAsync("admin");
        var response = await client.GetAsync("/Search?q=" + new string('x', 500));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var empty = await client.GetAsync("/Search");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("<label for=\"search-q\"", await empty.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_the_header_has_a_labelled_search_box()
    {
        var anonymous = await factory.Client().GetAsync("/Search?q=ho+ngheo");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString());
        var home = await (await factory.SignedInAsync("admin")).GetStringAsync("/Search");
        Assert.Contains("<label for=\"top-q\"", home);
        Assert.Contains("action=\"/Search\"", home);
    }
}
