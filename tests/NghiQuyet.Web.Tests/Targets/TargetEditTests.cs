using System.Net;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using static NghiQuyet.Web.Tests.Targets.Revisions;
using static NghiQuyet.Web.Tests.Units.Workflow;

namespace NghiQuyet.Web.Tests.Targets;

/// <summary>
/// The target page of a published resolution (every demo resolution is published): no direct edit, a revision request
/// with a required, audited reason and a first year, approved by the level above; the chart with its projection.
/// </summary>
[Collection(Units.WorkflowCollection.Name)]
public sealed class TargetEditTests(WebAppFactory factory)
{
    private static string Url(Guid id) => $"/Targets/{id}";

    private Target Reload(Guid id) => TargetsOf(factory, TargetsOf(factory, TestData.OwnCommune).Any(t => t.Id == id) ? TestData.OwnCommune : TestData.OtherCommune).Single(t => t.Id == id);

    /// <summary>Issue 12, defect 2: the exact attack.</summary>
    [Fact]
    public Task A_commune_officer_posting_an_edit_of_a_published_target_is_refused_and_nothing_is_written() =>
        AttackIsRefusedAsync(factory, TestData.OwnCommune, OwnUser);

    [Fact]
    public async Task An_administrator_cannot_edit_a_published_target_directly_either()
    {
        var target = TargetsOf(factory, TestData.OtherCommune)[2];
        var before = Snapshot(factory, target.Id);
        var admin = await factory.SignedInAsync(Admin);
        var response = await PostAsync(admin, Url(target.Id), "Edit", Form(target, "1", "Sửa thẳng"));
        Assert.Contains(Messages.TargetPublishedUseRevision, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, Snapshot(factory, target.Id));
    }

    [Fact]
    public Task A_revision_is_requested_by_the_commune_approved_by_the_province_and_judges_only_the_years_from_its_start() =>
        RevisionFlowAsync(factory, TestData.OwnCommune, OwnUser, index: 1, newValue: "9.800", expected: 9800m);

    [Fact]
    public async Task A_revision_turned_down_needs_a_note_and_leaves_the_target_as_it_was()
    {
        var target = TargetsOf(factory, TestData.OtherCommune)[3];
        var commune = await factory.SignedInAsync(OtherUser);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(commune, Url(target.Id), "Revise", Form(target, "5", "Giảm nghèo nhanh hơn dự kiến"))).StatusCode);
        var revision = Assert.Single(RevisionsOf(factory, target.Id));

        var province = await factory.SignedInAsync(Province);
        var bare = await PostAsync(province, Url(target.Id), "Decide", Decision(revision, approve: false));
        Assert.Contains(Messages.RevisionRejectNoteRequired, WebUtility.HtmlDecode(await bare.Content.ReadAsStringAsync()));
        Assert.Equal(RevisionStatus.Requested, Assert.Single(RevisionsOf(factory, target.Id)).Status);

        var rejected = await PostAsync(province, Url(target.Id), "Decide", Decision(revision, approve: false, note: "Chưa có nghị quyết của cấp ủy"));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal((RevisionStatus.Rejected, "Chưa có nghị quyết của cấp ủy"), (RevisionsOf(factory, target.Id)[0].Status, RevisionsOf(factory, target.Id)[0].DecisionNote));
        Assert.Equal(target.EffectiveValue, InForce(factory, TestData.OtherCommune, target.Id, ThisYear + 1).Value);

        // Decided once: a second decision (a stale page) is refused and changes nothing.
        var late = await PostAsync(await factory.SignedInAsync(Admin), Url(target.Id), "Decide", Decision(revision, approve: true));
        Assert.Contains(Messages.RevisionNotPending, WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()));
        Assert.Equal(RevisionStatus.Rejected, RevisionsOf(factory, target.Id)[0].Status);
    }

    [Fact]
    public async Task Whoever_asked_for_a_revision_does_not_approve_it()
    {
        var target = TargetsOf(factory, TestData.OtherCommune)[4];
        var admin = await factory.SignedInAsync(Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, Url(target.Id), "Revise", Form(target, "85", "Theo kết luận kiểm tra"))).StatusCode);
        var revision = Assert.Single(RevisionsOf(factory, target.Id));
        var own = await PostAsync(admin, Url(target.Id), "Decide", Decision(revision, approve: true));
        Assert.Contains(string.Format(Messages.RevisionOwnRequest, Admin), WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Equal(RevisionStatus.Requested, Assert.Single(RevisionsOf(factory, target.Id)).Status);
    }

    [Fact]
    public async Task A_revision_cannot_reach_back_into_years_already_past()
    {
        var target = TargetsOf(factory, TestData.OwnCommune)[8];
        var client = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(client, Url(target.Id), "Revise", Form(target, "70", "Áp dụng lại từ đầu nhiệm kỳ", fromYear: (ThisYear - 2).ToString()));
        Assert.Contains(string.Format(Messages.RevisionFromYearInvalid, ThisYear, target.EffectiveYear), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(RevisionsOf(factory, target.Id));
    }

    [Fact]
    public async Task Without_a_reason_the_form_says_so_next_to_the_field_and_nothing_changes()
    {
        var target = TargetsOf(factory, TestData.OwnCommune)[2];
        var client = await factory.SignedInAsync(OwnUser);
        var before = Snapshot(factory, target.Id);
        var response = await PostAsync(client, Url(target.Id), "Revise", Form(target, "7", " "));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"error\" id=\"edit-Reason-e\">{Messages.TargetEditReasonRequired}</span>", html);
        Assert.Equal(before, Snapshot(factory, target.Id));
    }

    [Theory]
    [InlineData("36,5,1", "", "Edit.Value")]
    [InlineData("5", "abc", "Edit.ValueMax")]
    public async Task Malformed_numbers_get_a_message_next_to_the_field_and_nothing_changes(string value, string max, string field)
    {
        var target = TargetsOf(factory, TestData.OwnCommune)[4];
        var client = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(client, Url(target.Id), "Revise", Form(target, value, "sửa", max: max));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var key = field["Edit.".Length..];
        Assert.Contains($"<span class=\"error\" id=\"edit-{key}-e\">{string.Format(Messages.FigureInvalid, field == "Edit.Value" ? value : max)}</span>", html);
        Assert.Empty(RevisionsOf(factory, target.Id));
    }

    [Fact]
    public async Task A_range_whose_bounds_are_reversed_or_a_bad_year_or_op_is_refused_next_to_the_field()
    {
        var target = TargetsOf(factory, TestData.OwnCommune)[5];
        var client = await factory.SignedInAsync(OwnUser);
        var reversed = await PostAsync(client, Url(target.Id), "Revise", Form(target, "90", "khoảng", op: "Range", max: "80"));
        Assert.Contains($"<span class=\"error\" id=\"edit-ValueMax-e\">{Messages.RangeNeedsBounds}</span>", WebUtility.HtmlDecode(await reversed.Content.ReadAsStringAsync()));
        var form = Form(target, "90", "năm sai", op: "7", fromYear: "x");
        form[5] = new("Edit.Year", "20x0");
        var bad = WebUtility.HtmlDecode(await (await PostAsync(client, Url(target.Id), "Revise", form)).Content.ReadAsStringAsync());
        Assert.Contains(string.Format(Messages.TargetEditYearInvalid, "20x0"), bad);
        Assert.Contains(Messages.TargetEditOpInvalid, bad);
        Assert.Contains(Messages.RevisionFromYearRequired, bad);
        Assert.Empty(RevisionsOf(factory, target.Id));
    }

    /// <summary>Issue 13: one reader for both target forms; a flag list ("AtLeast,MoreThan" parses as AtMost) was taken here.</summary>
    [Theory]
    [InlineData("7", 9)]
    [InlineData("AtLeast,MoreThan", 11)]
    public async Task An_op_that_is_not_one_of_the_choices_is_refused_as_on_the_review_page(string op, int index)
    {
        var target = TargetsOf(factory, TestData.OwnCommune)[index];
        var client = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(client, Url(target.Id), "Revise", Form(target, "90", "cách so sánh khác", op: op));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<span class=\"error\">{Messages.TargetEditOpInvalid}</span>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(RevisionsOf(factory, target.Id));
    }

    [Fact]
    public async Task An_overlong_reason_or_unit_gets_a_message_and_nothing_changes()
    {
        var target = TargetsOf(factory, TestData.OwnCommune)[7];
        var client = await factory.SignedInAsync(OwnUser);
        var form = Form(target, "56", new string('x', 1001));
        form[4] = new("Edit.Unit", new string('u', 101));
        var response = await PostAsync(client, Url(target.Id), "Revise", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"error\" id=\"edit-Reason-e\">{string.Format(Messages.WorkflowTextTooLong, 1000)}</span>", html);
        Assert.Contains($"<span class=\"error\" id=\"edit-Unit-e\">{string.Format(Messages.WorkflowTextTooLong, 100)}</span>", html);
        Assert.Empty(RevisionsOf(factory, target.Id));
    }

    [Fact]
    public async Task Forged_edit_or_revision_without_token_is_400_and_nothing_changes()
    {
        var target = TargetsOf(factory, TestData.OwnCommune)[6];
        var client = await factory.SignedInAsync(OwnUser);
        var before = Snapshot(factory, target.Id);
        foreach (var handler in new[] { "Edit", "Revise" })
        {
            var response = await PostAsync(client, Url(target.Id), handler, Form(target, "61", "lý do"), withToken: false);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Equal(before, Snapshot(factory, target.Id));
    }

    [Fact]
    public async Task The_chart_draws_the_target_line_and_the_projection_to_the_deadline()
    {
        var client = await factory.SignedInAsync(Province);
        var pages = new List<string>();
        foreach (var t in TargetsOf(factory, TestData.OtherCommune))
            pages.Add(await client.GetStringAsync(Url(t.Id)));
        Assert.All(pages, p => Assert.Contains("class=\"target\"", p));
        Assert.Contains(pages, p => p.Contains("class=\"projection\"", StringComparison.Ordinal));
        Assert.All(pages, p => Assert.DoesNotContain("name=\"Edit.Reason\"", p)); // a province officer does not enter a commune's data
    }

    /// <summary>Role × own/other unit for the edit and the revision request. Allowed posts carry no reason: 200 with
    /// the message, nothing changes.</summary>
    [Theory]
    [InlineData("admin", "own", true)]
    [InlineData("admin", "other", true)]
    [InlineData("xa.03688", "own", true)]
    [InlineData("xa.03688", "other", false)]
    [InlineData("xa.03694", "other", true)]
    [InlineData("xa.03694", "own", false)]
    [InlineData("tinh.sonla", "own", false)]
    [InlineData("thanhtra", "own", false)]
    [InlineData("thanhtra", "other", false)]
    public async Task Target_edit_matrix(string user, string unit, bool allowed)
    {
        var target = TargetsOf(factory, unit == "own" ? TestData.OwnCommune : TestData.OtherCommune)[11];
        var client = await factory.SignedInAsync(user);
        foreach (var handler in new[] { "Edit", "Revise" })
        {
            var response = await PostAsync(client, Url(target.Id), handler, Form(target, "1", ""), tokenFrom: "/Account/Login");
            Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(target.Version, Reload(target.Id).Version);
        Assert.Empty(RevisionsOf(factory, target.Id));
    }

    /// <summary>Who may approve a commune's revision: its province and an administrator; never the commune or an inspector.</summary>
    [Theory]
    [InlineData("xa.03694", false)]
    [InlineData("xa.03688", false)]
    [InlineData("thanhtra", false)]
    [InlineData("tinh.sonla", true)]
    public async Task Revision_decision_matrix(string user, bool allowed)
    {
        var target = TargetsOf(factory, TestData.OtherCommune)[10];
        if (RevisionsOf(factory, target.Id).Count == 0)
        {
            var commune = await factory.SignedInAsync(OtherUser);
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(commune, Url(target.Id), "Revise", Form(target, "95", "Theo đề nghị"))).StatusCode);
        }
        var revision = RevisionsOf(factory, target.Id)[0];
        var client = await factory.SignedInAsync(user);
        // An empty note on a turn-down: allowed users get the message (200), the others 403; nothing is decided.
        var response = await PostAsync(client, Url(target.Id), "Decide", Decision(revision, approve: false), tokenFrom: "/Account/Login");
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(RevisionStatus.Requested, RevisionsOf(factory, target.Id)[0].Status);
    }
}
