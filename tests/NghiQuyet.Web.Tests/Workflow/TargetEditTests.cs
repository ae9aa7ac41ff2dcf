using System.Net;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Text;
using static NghiQuyet.Web.Tests.Workflow.Workflow;

namespace NghiQuyet.Web.Tests.Workflow;

/// <summary>The target page: chart with projection, and the correction form with a required, audited reason.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class TargetEditTests(WebAppFactory factory)
{
    private static string Url(Guid id) => $"/Targets/{id}";

    private static List<KeyValuePair<string, string>> Form(Target t, string value, string reason, int? version = null, string? op = null, string? max = null) =>
    [
        new("Edit.Name", t.EffectiveName),
        new("Edit.Op", op ?? t.EffectiveOp.ToString()),
        new("Edit.Value", value),
        new("Edit.ValueMax", max ?? ""),
        new("Edit.Unit", t.EffectiveUnit ?? ""),
        new("Edit.Year", t.EffectiveYear.ToString()),
        new("Edit.Reason", reason),
        new("Edit.Version", (version ?? t.Version).ToString()),
    ];

    private Target Reload(Guid id) => Targets(factory, Targets(factory, TestData.OwnCommune).Any(t => t.Id == id) ? TestData.OwnCommune : TestData.OtherCommune).Single(t => t.Id == id);

    [Fact]
    public async Task Commune_officer_corrects_a_target_with_a_reason_that_the_audit_history_shows()
    {
        var target = Targets(factory, TestData.OwnCommune)[1];
        var client = await factory.SignedInAsync(OwnUser);
        var page = await client.GetStringAsync(Url(target.Id));
        Assert.Contains("Sửa chỉ tiêu", page);
        Assert.Contains("name=\"Edit.Reason\"", page);
        Assert.Contains($"name=\"Edit.Version\" value=\"{target.Version}\"", page);

        var response = await PostAsync(client, Url(target.Id), "Edit", Form(target, "9.800", "Nghị quyết điều chỉnh giữa nhiệm kỳ"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Reload(target.Id);
        Assert.Equal((true, 9800m, OwnUser), (stored.IsCorrected, stored.EffectiveValue, stored.CorrectedBy));
        var audit = Assert.Single(Audit(factory, [target.Id]), a => a.Action == AuditAction.Update);
        Assert.Equal((OwnUser, "Nghị quyết điều chỉnh giữa nhiệm kỳ"), (audit.UserName, audit.Note));

        var after = WebUtility.HtmlDecode(await client.GetStringAsync(Url(target.Id)));
        Assert.Contains(Messages.TargetCorrectedWithReason, after);
        Assert.Contains("<td>Nghị quyết điều chỉnh giữa nhiệm kỳ</td>", after);
        Assert.Contains("≥ 9.800 tấn", after);
    }

    [Fact]
    public async Task Without_a_reason_the_form_says_so_next_to_the_field_and_nothing_changes()
    {
        var target = Targets(factory, TestData.OwnCommune)[2];
        var client = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(client, Url(target.Id), "Edit", Form(target, "7", " "));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"error\" id=\"edit-Reason-e\">{Messages.TargetEditReasonRequired}</span>", html);
        Assert.Equal((false, target.Version), (Reload(target.Id).IsCorrected, Reload(target.Id).Version));
        Assert.DoesNotContain(Audit(factory, [target.Id]), a => a.Action == AuditAction.Update);
    }

    [Theory]
    [InlineData("36,5,1", "", "Edit.Value")]
    [InlineData("5", "abc", "Edit.ValueMax")]
    public async Task Malformed_numbers_get_a_message_next_to_the_field_and_nothing_changes(string value, string max, string field)
    {
        var target = Targets(factory, TestData.OwnCommune)[4];
        var client = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(client, Url(target.Id), "Edit", Form(target, value, "sửa", max: max));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var key = field["Edit.".Length..];
        Assert.Contains($"<span class=\"error\" id=\"edit-{key}-e\">{string.Format(Messages.FigureInvalid, field == "Edit.Value" ? value : max)}</span>", html);
        Assert.False(Reload(target.Id).IsCorrected);
    }

    [Fact]
    public async Task A_range_whose_bounds_are_reversed_or_a_bad_year_or_op_is_refused_next_to_the_field()
    {
        var target = Targets(factory, TestData.OwnCommune)[5];
        var client = await factory.SignedInAsync(OwnUser);
        var reversed = await PostAsync(client, Url(target.Id), "Edit", Form(target, "90", "khoảng", op: "Range", max: "80"));
        Assert.Contains($"<span class=\"error\" id=\"edit-ValueMax-e\">{Messages.RangeNeedsBounds}</span>", WebUtility.HtmlDecode(await reversed.Content.ReadAsStringAsync()));
        var form = Form(target, "90", "năm sai", op: "7");
        form[5] = new("Edit.Year", "20x0");
        var bad = WebUtility.HtmlDecode(await (await PostAsync(client, Url(target.Id), "Edit", form)).Content.ReadAsStringAsync());
        Assert.Contains(string.Format(Messages.TargetEditYearInvalid, "20x0"), bad);
        Assert.Contains(Messages.TargetEditOpInvalid, bad);
        Assert.False(Reload(target.Id).IsCorrected);
    }

    [Fact]
    public async Task An_overlong_reason_or_unit_gets_a_message_and_nothing_changes()
    {
        var target = Targets(factory, TestData.OwnCommune)[7];
        var client = await factory.SignedInAsync(OwnUser);
        var form = Form(target, "56", new string('x', 1001));
        form[4] = new("Edit.Unit", new string('u', 101));
        var response = await PostAsync(client, Url(target.Id), "Edit", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"error\" id=\"edit-Reason-e\">{string.Format(Messages.WorkflowTextTooLong, 1000)}</span>", html);
        Assert.Contains($"<span class=\"error\" id=\"edit-Unit-e\">{string.Format(Messages.WorkflowTextTooLong, 100)}</span>", html);
        Assert.False(Reload(target.Id).IsCorrected);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_naming_who_changed_the_target_first()
    {
        var target = Targets(factory, TestData.OtherCommune)[0];
        var admin = await factory.SignedInAsync(Admin);
        var first = await PostAsync(admin, Url(target.Id), "Edit", Form(target, "62", "Theo kết luận của tỉnh"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var commune = await factory.SignedInAsync(OtherUser);
        var stale = await PostAsync(commune, Url(target.Id), "Edit", Form(target, "70", "Xã đề nghị", version: target.Version));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Chỉ tiêu này vừa được admin thay đổi lúc", html);
        Assert.Equal(62m, Reload(target.Id).EffectiveValue);
        var trail = Audit(factory, [target.Id]);
        Assert.Contains(trail, a => a.Action == AuditAction.Refused && a.UserName == OtherUser);
        Assert.DoesNotContain(trail, a => a.Note == "Xã đề nghị");
    }

    [Fact]
    public async Task Forged_edit_without_token_is_400_and_nothing_changes()
    {
        var target = Targets(factory, TestData.OwnCommune)[6];
        var client = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(client, Url(target.Id), "Edit", Form(target, "61", "lý do"), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(Reload(target.Id).IsCorrected);
    }

    [Fact]
    public async Task The_chart_draws_the_target_line_and_the_projection_to_the_deadline()
    {
        var client = await factory.SignedInAsync(Province);
        var pages = new List<string>();
        foreach (var t in Targets(factory, TestData.OtherCommune))
            pages.Add(await client.GetStringAsync(Url(t.Id)));
        Assert.All(pages, p => Assert.Contains("class=\"target\"", p));
        Assert.Contains(pages, p => p.Contains("class=\"projection\"", StringComparison.Ordinal));
        Assert.All(pages, p => Assert.DoesNotContain("name=\"Edit.Reason\"", p)); // a province officer does not enter a commune's data
    }

    /// <summary>Role × own/other unit for the target edit. Allowed posts carry no reason: 200 with the message, nothing changes.</summary>
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
        var target = Targets(factory, unit == "own" ? TestData.OwnCommune : TestData.OtherCommune)[11];
        var client = await factory.SignedInAsync(user);
        var response = await PostAsync(client, Url(target.Id), "Edit", Form(target, "1", ""), tokenFrom: "/Account/Login");
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(target.Version, Reload(target.Id).Version);
    }
}
