using System.Text.RegularExpressions;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Storage;
using static NghiQuyet.Web.Tests.Imports.ImportClient;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>/Imports/{id}: the source beside its targets, findings, edit/delete/add while a draft, publish, and the refusals.</summary>
public sealed class ReviewPageTests(ImportAppFactory factory) : IClassFixture<ImportAppFactory>
{
    private static string Own => TestData.OwnCommune;

    private async Task<(HttpClient Client, Guid Id, string Url)> DraftAsync(string note)
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var id = await ImportAsync(client, "bao-cao.txt", ReportFixtures.Text(Own, note));
        return (client, id, $"/Imports/{id}");
    }

    private Target TargetAt(Guid id, int position) =>
        Query(factory, db => db.Targets.AsNoTracking().Single(t => t.ResolutionId == id && t.Position == position));

    private static Dictionary<string, string> EditForm(Target t, string value, int? version = null) => new()
    {
        ["Form.TargetId"] = t.Id.ToString(),
        ["Form.Version"] = (version ?? t.Version).ToString(CultureInfo.InvariantCulture),
        ["Form.Name"] = "Thu nhập bình quân đầu người (đã soát)",
        ["Form.Op"] = "AtLeast",
        ["Form.Value"] = value,
        ["Form.Unit"] = "triệu đồng/người/năm",
        ["Form.Year"] = "2030",
    };

    [Fact]
    public async Task Each_target_links_to_its_highlighted_source_line_and_findings_are_listed()
    {
        var (client, id, url) = await DraftAsync(" review");
        var first = TargetAt(id, 1);
        Assert.Equal(ReportFixtures.FirstTargetLine, first.Line);
        var html = await HtmlAsync(await client.GetAsync(url));
        // "warn" joins "hit" when a review finding points at the same line (the demo province's own targets make the
        // reviewer compare the commune's figures with the province's).
        Assert.Matches(new Regex($"<li id=\"L{first.Line}\" class=\"hit( warn)?\">{Regex.Escape(ReportFixtures.Lines(Own)[first.Line - 1])}<a class=\"back\" href=\"#t-{first.Id}\">"), html);
        Assert.Contains($"<tr id=\"t-{first.Id}\">", html);
        Assert.Contains($"<a href=\"#L{first.Line}\">dòng {first.Line}</a>", html);
        Assert.Contains("<li id=\"L1\">ĐẢNG BỘ TỈNH SƠN LA</li>", html);
        Assert.Contains("Kết quả rà soát", html);
    }

    [Fact]
    public async Task Doubtful_targets_are_listed_first_and_marked()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var name = ReportFixtures.CommuneName(Own);
        // A news text: the first target has its own cue ("đặt mục tiêu"), the later paragraph only runs on from it.
        var text = $"Ngày 5/8, Đảng bộ xã {name} tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2025-2030 (doubt). Đại hội đặt mục tiêu đến năm 2030 tỷ lệ che phủ rừng đạt 55%.\n\n"
                   + "Thu nhập bình quân đầu người đạt 80 triệu đồng/người/năm.\n";
        var id = await ImportAsync(client, "tin-dai-hoi.txt", Encoding.UTF8.GetBytes(text));
        var targets = Query(factory, db => db.Targets.AsNoTracking().Where(t => t.ResolutionId == id).OrderBy(t => t.Position).ToList());
        var sure = Assert.Single(targets, t => t.Value == 55m);
        var doubtful = Assert.Single(targets, t => t.Value == 80m);
        Assert.True(sure.Confidence >= 0.8, $"confidence {sure.Confidence}");
        Assert.True(doubtful.NeedsLook, $"confidence {doubtful.Confidence}");
        Assert.True(sure.Position < doubtful.Position);

        var html = await HtmlAsync(await client.GetAsync($"/Imports/{id}"));
        var doubtfulRow = html.IndexOf($"<tr id=\"t-{doubtful.Id}\" class=\"doubt\">", StringComparison.Ordinal);
        var sureRow = html.IndexOf($"<tr id=\"t-{sure.Id}\">", StringComparison.Ordinal);
        Assert.True(doubtfulRow >= 0 && sureRow > doubtfulRow, "the doubtful target is not listed first, or not marked");
        Assert.Contains("cần xem lại", html[doubtfulRow..sureRow]);
    }

    [Fact]
    public async Task After_an_edit_the_officer_is_back_on_the_page_of_the_source_being_read()
    {
        var (client, id, url) = await DraftAsync(" from");
        var target = TargetAt(id, 1);
        var editPage = await client.GetStringAsync($"{url}?from=1&edit={target.Id}");
        Assert.Matches(new Regex("<form method=\"post\" id=\"edit\"[^>]*action=\"[^\"]*from=1|<form method=\"post\" action=\"[^\"]*from=1[^\"]*\" id=\"edit\""), editPage);

        var saved = await PostFormAsync(client, $"{url}?from=1", "Edit", EditForm(target, "57"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("from=1", saved.Headers.Location!.OriginalString);
        Assert.Equal(57m, TargetAt(id, 1).CorrectedValue);
    }

    [Fact]
    public async Task A_tone_stripped_report_shows_the_restored_text_with_the_original_line_on_hover()
    {
        var stripped = Strip(Encoding.UTF8.GetString(ReportFixtures.Text(Own, " stripped")));
        var (client, _, _) = (await factory.SignedInAsync(TestData.OwnCommuneUser), Guid.Empty, "");
        var id = await ImportAsync(client, "bao-cao-mat-dau.txt", Encoding.UTF8.GetBytes(stripped));
        var html = await HtmlAsync(await client.GetAsync($"/Imports/{id}"));
        var originalLine = stripped.Split('\n')[ReportFixtures.FirstTargetLine - 1];
        Assert.Matches(new Regex($"class=\"hit( warn)? restored\" title=\"{Regex.Escape(originalLine)}\">"), html);
        Assert.Contains("Thu nhập bình quân đầu người", html);
    }

    [Fact]
    public async Task Edit_a_target_with_its_version_then_a_stale_edit_is_refused_and_audited()
    {
        var (client, id, url) = await DraftAsync(" edit");
        var target = TargetAt(id, 1);
        var editPage = await client.GetStringAsync($"{url}?edit={target.Id}");
        Assert.Contains("<label for=\"e-value\">", editPage);

        var saved = await PostFormAsync(client, url, "Edit", EditForm(target, "58,5"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var corrected = TargetAt(id, 1);
        Assert.Equal((true, 58.5m, 55m, TestData.OwnCommuneUser), (corrected.IsCorrected, corrected.CorrectedValue, corrected.Value, corrected.CorrectedBy));
        Assert.True(Query(factory, db => db.AuditEntries.Any(a => a.EntityId == target.Id && a.Action == AuditAction.Update)));

        var before = Count(factory);
        var stale = await PostFormAsync(client, url, "Edit", EditForm(target, "70", version: target.Version));
        var html = await HtmlAsync(stale);
        Assert.Contains("thay đổi của bạn không được lưu", html);
        Assert.Equal(58.5m, TargetAt(id, 1).CorrectedValue);
        Assert.Equal(before with { Audit = before.Audit + 1 }, Count(factory));
    }

    [Fact]
    public async Task A_malformed_number_or_year_gets_a_message_beside_the_field_and_nothing_changes()
    {
        var (client, id, url) = await DraftAsync(" bad edit");
        var target = TargetAt(id, 2);
        var form = EditForm(target, "8.200,5,1");
        form["Form.Year"] = "năm sau";
        var before = Count(factory);
        var html = await HtmlAsync(await PostFormAsync(client, url, "Edit", form));
        Assert.Contains(string.Format(Messages.FigureInvalid, "8.200,5,1"), html);
        Assert.Contains(string.Format(Messages.TargetEditYearInvalid, "năm sau"), html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.False(TargetAt(id, 2).IsCorrected);
        Assert.Equal(before, Count(factory));
    }

    /// <summary>Issue 13: the review page took an op the target page refused ("7", a flag list), through Enum.TryParse.</summary>
    [Theory]
    [InlineData("7")]
    [InlineData("AtLeast,MoreThan")]
    public async Task An_op_that_is_not_one_of_the_choices_is_refused_as_on_the_target_page(string op)
    {
        var (client, id, url) = await DraftAsync(" op " + op);
        var target = TargetAt(id, 2);
        var form = EditForm(target, "60");
        form["Form.Op"] = op;
        var before = Count(factory);
        var html = await HtmlAsync(await PostFormAsync(client, url, "Edit", form));
        Assert.Contains(Messages.TargetEditOpInvalid, html);
        Assert.False(TargetAt(id, 2).IsCorrected);
        Assert.Equal(before, Count(factory));
    }

    [Fact]
    public async Task Delete_and_add_targets_on_a_draft()
    {
        var (client, id, url) = await DraftAsync(" delete add");
        var third = TargetAt(id, 3);
        var deleted = await PostFormAsync(client, url, "Delete", new() { ["Form.TargetId"] = third.Id.ToString(), ["Form.Version"] = third.Version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(Query(factory, db => db.Targets.Any(t => t.Id == third.Id)));
        Assert.True(Query(factory, db => db.AuditEntries.Any(a => a.EntityId == third.Id && a.Action == AuditAction.Delete)));

        var added = await PostFormAsync(client, url, "Add", new()
        {
            ["Form.Item"] = "7", ["Form.Group"] = "Society", ["Form.Name"] = "Tỷ lệ dân số tham gia bảo hiểm y tế",
            ["Form.Op"] = "AtLeast", ["Form.Value"] = "95", ["Form.Unit"] = "%", ["Form.Year"] = "2030",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var extra = TargetAt(id, ReportFixtures.TargetCount + 1);
        Assert.Equal(("7", "Tỷ lệ dân số tham gia bảo hiểm y tế", 95m, 0), (extra.Item, extra.Name, extra.Value, extra.Line));
        var html = await HtmlAsync(await client.GetAsync(url));
        Assert.Contains("thêm tay", html);
        Assert.DoesNotContain($"t-{third.Id}", html);
    }

    [Fact]
    public async Task Publish_makes_it_the_units_resolution_and_then_every_edit_is_refused()
    {
        var (client, id, url) = await DraftAsync(" publish");
        var version = Query(factory, db => db.Resolutions.Single(r => r.Id == id).Version);
        var published = await PostFormAsync(client, url, "Publish", new() { ["ResolutionVersion"] = version.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var stored = Query(factory, db => db.Resolutions.Single(r => r.Id == id));
        Assert.Equal((ResolutionStatus.Published, TestData.OwnCommuneUser), (stored.Status, stored.PublishedBy));
        Assert.Equal(id, Query(factory, db => new ResolutionStore(db).Current(Own).Value!.Resolution.Id));

        var target = TargetAt(id, 1);
        var before = Count(factory);
        var edit = await HtmlAsync(await PostFormAsync(client, url, "Edit", EditForm(target, "99")));
        Assert.Contains(Messages.ResolutionNotDraft, edit);
        Assert.DoesNotContain("Ban hành nghị quyết</button>", edit);
        var delete = await HtmlAsync(await PostFormAsync(client, url, "Delete", new() { ["Form.TargetId"] = target.Id.ToString() }));
        Assert.Contains(Messages.ResolutionNotDraft, delete);
        var add = await HtmlAsync(await PostFormAsync(client, url, "Add", new() { ["Form.Name"] = "X", ["Form.Op"] = "AtLeast", ["Form.Value"] = "1", ["Form.Year"] = "2030" }));
        Assert.Contains(Messages.ResolutionNotDraft, add);
        var again = await HtmlAsync(await PostFormAsync(client, url, "Publish", []));
        Assert.Contains(Messages.AlreadyPublished, again);
        Assert.Equal(before, Count(factory));
        Assert.False(TargetAt(id, 1).IsCorrected);
    }

    [Fact]
    public async Task Another_communes_officer_gets_403_on_view_and_on_every_post()
    {
        var (_, id, url) = await DraftAsync(" other officer");
        var target = TargetAt(id, 1);
        var other = await factory.SignedInAsync(Web.Demo.DemoSeeder.CommuneUserName(TestData.OtherCommune));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
        // A token from a page the officer may open: the refusal must come from the unit check, not the token.
        var token = await WebAppFactory.TokenAsync(other, "/Imports");
        var before = Count(factory);
        foreach (var handler in new[] { "Edit", "Delete", "Add", "Publish" })
        {
            var fields = EditForm(target, "1");
            fields["__RequestVerificationToken"] = token;
            var response = await other.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(before, Count(factory));
        Assert.Equal(ResolutionStatus.Draft, Query(factory, db => db.Resolutions.Single(r => r.Id == id).Status));
    }

    [Fact]
    public async Task Inspector_reads_the_review_but_cannot_change_it()
    {
        var (_, id, url) = await DraftAsync(" inspector");
        var inspector = await factory.SignedInAsync("thanhtra");
        var html = await HtmlAsync(await inspector.GetAsync(url));
        Assert.Contains("Soát dự thảo nghị quyết", html);
        Assert.DoesNotContain("Ban hành nghị quyết</button>", html);
        Assert.DoesNotContain("?edit=", html);
        var token = await WebAppFactory.TokenAsync(inspector, url);
        var response = await inspector.PostAsync($"{url}?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ResolutionStatus.Draft, Query(factory, db => db.Resolutions.Single(r => r.Id == id).Status));
    }

    [Fact]
    public async Task Posts_without_the_anti_forgery_token_are_refused_with_400()
    {
        var (client, id, url) = await DraftAsync(" no token");
        var target = TargetAt(id, 1);
        var before = Count(factory);
        foreach (var handler in new[] { "Edit", "Delete", "Publish" })
            Assert.Equal(HttpStatusCode.BadRequest, (await PostFormAsync(client, url, handler, EditForm(target, "1"), withToken: false)).StatusCode);
        Assert.Equal(before, Count(factory));
    }

    [Fact]
    public async Task An_unknown_resolution_is_404()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Imports/{Guid.NewGuid()}")).StatusCode);
    }

    private static string Strip(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).Normalize(NormalizationForm.FormC);
    }
}

/// <summary>The corpus' OCR'd report (read from ../shared at test time, never copied): restored lines with the OCR line on hover.</summary>
public sealed class OcrReviewTests(ImportAppFactory factory) : IClassFixture<ImportAppFactory>
{
    [NghiQuyet.Testing.SharedDataFact]
    public async Task An_ocr_report_is_shown_restored_with_each_changed_line_keeping_its_ocr_text_in_the_title()
    {
        var bytes = await File.ReadAllBytesAsync(NghiQuyet.Testing.SharedData.File("corpus", "phieng-pan-ocr.txt"));
        var client = await factory.SignedInAsync("admin");
        var id = await ImportAsync(client, "phieng-pan-ocr.txt", bytes);
        var html = await HtmlAsync(await client.GetAsync($"/Imports/{id}"));
        var targets = Query(factory, db => db.Targets.Where(t => t.ResolutionId == id).Select(t => t.Line).ToList());
        Assert.NotEmpty(targets);
        Assert.Contains("đã được khôi phục dấu", html);
        // The source is shown a page at a time: a target on another page links to that page's anchor, and the pages
        // the targets lead to show their restored lines with the OCR text in the title.
        var pages = new HashSet<string>();
        foreach (var line in targets.Where(l => l > 0))
        {
            var link = System.Text.RegularExpressions.Regex.Match(html, $"<a href=\"(/Imports/{id}\\?from=\\d+)?#L{line}\">dòng {line}</a>");
            Assert.True(link.Success, $"no link to line {line}");
            pages.Add(link.Groups[1].Success ? link.Groups[1].Value : $"/Imports/{id}");
        }
        var shown = await Task.WhenAll(pages.Select(async p => await HtmlAsync(await client.GetAsync(p))));
        Assert.Contains(shown, page => page.Contains("class=\"hit restored\" title=\"", StringComparison.Ordinal));
    }
}
