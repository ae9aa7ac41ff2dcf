using System.Net;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using static NghiQuyet.Web.Tests.Units.Workflow;

namespace NghiQuyet.Web.Tests.Units;

/// <summary>Return with a comment, unlock with a reason, locked years, numerator/denominator only for shares.</summary>
[Collection(WorkflowCollection.Name)]
public sealed class FiguresWorkflowTests(WebAppFactory factory)
{
    private static readonly string Own = TestData.OwnCommune;
    private static readonly string Other = TestData.OtherCommune;

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task Province_returns_all_submitted_figures_with_a_comment_the_commune_reads_it_and_the_audit_keeps_it()
    {
        var before = Stored(factory, Own, 2025);
        Assert.NotEmpty(before);
        Assert.All(before, m => Assert.Equal(MeasurementStatus.Submitted, m.Status));
        var province = await factory.SignedInAsync(Province);
        var response = await PostAsync(province, FiguresUrl(Own, 2025), "Return", [F("Comment", "Số liệu thu ngân sách chưa khớp báo cáo quyết toán")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = Stored(factory, Own, 2025);
        Assert.All(after, m => Assert.Equal((MeasurementStatus.Draft, (string?)null), (m.Status, m.SubmittedBy)));
        Assert.Equal(before.Select(m => (m.Id, m.Note)).OrderBy(x => x.Id), after.Select(m => (m.Id, m.Note)).OrderBy(x => x.Id));
        var returns = Audit(factory, after.Select(m => m.Id)).Where(a => a.Action == AuditAction.Update).ToList();
        Assert.Equal(after.Count, returns.Count);
        Assert.All(returns, a => Assert.Equal((Province, "Số liệu thu ngân sách chưa khớp báo cáo quyết toán"), (a.UserName, a.Note)));

        var commune = await factory.SignedInAsync(OwnUser);
        var page = WebUtility.HtmlDecode(await commune.GetStringAsync(FiguresUrl(Own, 2025)));
        Assert.Contains("Ý kiến của tỉnh", page);
        Assert.Contains("Tỉnh trả lại (tinh.sonla", page);
        Assert.Contains("Số liệu thu ngân sách chưa khớp báo cáo quyết toán", page);
        Assert.Contains("Gửi lên tỉnh", page);
    }

    [Fact]
    public async Task Province_returns_only_the_chosen_rows()
    {
        await SubmitAsync(factory, OtherUser, Other, 2031, "40", "8.000");
        var targets = TargetsOf(factory, Other);
        var province = await factory.SignedInAsync(Province);
        var page = await province.GetStringAsync(FiguresUrl(Other, 2031));
        Assert.Contains($"name=\"Selected\" value=\"{targets[1].Id}\"", page);
        var response = await PostAsync(province, FiguresUrl(Other, 2031), "Return", [F("Comment", "Kiểm tra lại sản lượng"), F("Selected", targets[1].Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Stored(factory, Other, 2031).ToDictionary(m => m.TargetId);
        Assert.Equal(MeasurementStatus.Submitted, stored[targets[0].Id].Status);
        Assert.Equal(MeasurementStatus.Draft, stored[targets[1].Id].Status);
    }

    [Fact]
    public async Task Return_without_a_comment_gets_a_message_next_to_the_field_and_changes_nothing()
    {
        await SubmitAsync(factory, OtherUser, Other, 2032, "41");
        var before = Snapshot(Stored(factory, Other, 2032));
        var province = await factory.SignedInAsync(Province);
        var response = await PostAsync(province, FiguresUrl(Other, 2032), "Return", [F("Comment", "   ")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"error\" id=\"comment-e\">{Messages.ReturnCommentRequired}</span>", html);
        Assert.Contains("aria-describedby=\"comment-e\"", html);
        Assert.Equal(before, Snapshot(Stored(factory, Other, 2032)));

        var forged = await PostAsync(province, FiguresUrl(Other, 2032), "Return", [F("Comment", "trả lại")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, Snapshot(Stored(factory, Other, 2032)));
    }

    [Fact]
    public async Task Return_naming_a_target_of_another_unit_is_400_and_changes_nothing()
    {
        await SubmitAsync(factory, OtherUser, Other, 2036, "42");
        var before = Snapshot(Stored(factory, Other, 2036));
        var province = await factory.SignedInAsync(Province);
        var foreign = TargetsOf(factory, Own)[0].Id.ToString();
        var response = await PostAsync(province, FiguresUrl(Other, 2036), "Return", [F("Comment", "x"), F("Selected", foreign)]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, Snapshot(Stored(factory, Other, 2036)));
    }

    [Fact]
    public async Task Malformed_row_choice_is_400_not_a_return_of_everything_and_an_overlong_comment_gets_a_message()
    {
        await SubmitAsync(factory, OtherUser, Other, 2038, "43", "8.100");
        var before = Snapshot(Stored(factory, Other, 2038));
        var province = await factory.SignedInAsync(Province);
        var crafted = await PostAsync(province, FiguresUrl(Other, 2038), "Return", [F("Comment", "x"), F("Selected", "không-phải-mã")]);
        Assert.Equal(HttpStatusCode.BadRequest, crafted.StatusCode);
        var tooLong = await PostAsync(province, FiguresUrl(Other, 2038), "Return", [F("Comment", new string('a', 1001))]);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains(string.Format(Messages.WorkflowTextTooLong, 1000), WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()));
        Assert.Equal(before, Snapshot(Stored(factory, Other, 2038)));
    }

    [Fact]
    public async Task Province_unlocks_approved_figures_with_a_reason_audited_and_the_commune_can_correct_them()
    {
        var before = Stored(factory, Other, 2024);
        Assert.All(before, m => Assert.Equal(MeasurementStatus.Approved, m.Status));
        var province = await factory.SignedInAsync(Province);
        var page = WebUtility.HtmlDecode(await province.GetStringAsync(FiguresUrl(Other, 2024)));
        Assert.Contains($"Mở khóa {before.Count} số liệu", page);
        var response = await PostAsync(province, FiguresUrl(Other, 2024), "Unlock", [F("UnlockReason", "Xã báo cáo nhầm đơn vị tính")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = Stored(factory, Other, 2024);
        Assert.All(after, m => Assert.Equal((MeasurementStatus.Draft, (string?)null, (DateTimeOffset?)null), (m.Status, m.ApprovedBy, m.ApprovedAt)));
        var unlocks = Audit(factory, after.Select(m => m.Id)).Where(a => a.Action == AuditAction.Update).ToList();
        Assert.Equal(after.Count, unlocks.Count);
        Assert.All(unlocks, a => Assert.Equal((Province, "Xã báo cáo nhầm đơn vị tính"), (a.UserName, a.Note)));

        var commune = await factory.SignedInAsync(OtherUser);
        var communePage = WebUtility.HtmlDecode(await commune.GetStringAsync(FiguresUrl(Other, 2024)));
        Assert.Contains("Mở khóa (tinh.sonla", communePage);
        Assert.Contains("Xã báo cáo nhầm đơn vị tính", communePage);
        var first = after.Single(m => m.TargetId == TargetsOf(factory, Other)[0].Id);
        var saved = await PostAsync(commune, FiguresUrl(Other, 2024), "Save",
            [F("Rows[0].TargetId", first.TargetId.ToString()), F("Rows[0].Value", "45,5"), F("Rows[0].Version", first.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(45.5m, Stored(factory, Other, 2024).Single(m => m.Id == first.Id).Value);
    }

    [Fact]
    public async Task Unlock_without_a_reason_gets_a_message_and_without_a_token_400_and_changes_nothing()
    {
        var before = Snapshot(Stored(factory, Other, 2023));
        var province = await factory.SignedInAsync(Province);
        var response = await PostAsync(province, FiguresUrl(Other, 2023), "Unlock", [F("UnlockReason", "")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<span class=\"error\" id=\"unlock-e\">{Messages.UnlockReasonRequired}</span>", html);
        var forged = await PostAsync(province, FiguresUrl(Other, 2023), "Unlock", [F("UnlockReason", "lý do")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, Snapshot(Stored(factory, Other, 2023)));
    }

    [Fact]
    public async Task Administrator_unlocks_locked_figures()
    {
        Lock(factory, Other, 2022);
        Assert.All(Stored(factory, Other, 2022), m => Assert.Equal(MeasurementStatus.Locked, m.Status));
        var admin = await factory.SignedInAsync(Admin);
        var response = await PostAsync(admin, FiguresUrl(Other, 2022), "Unlock", [F("UnlockReason", "Điều chỉnh theo niên giám thống kê")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(Stored(factory, Other, 2022), m => Assert.Equal((MeasurementStatus.Draft, (string?)null), (m.Status, m.LockedBy)));
    }

    [Fact]
    public async Task Crafted_post_changing_a_locked_year_gets_a_message_per_field_and_writes_nothing()
    {
        Lock(factory, Own, 2021);
        var targets = TargetsOf(factory, Own);
        var before = Stored(factory, Own, 2021);
        var commune = await factory.SignedInAsync(OwnUser);
        var page = await commune.GetStringAsync(FiguresUrl(Own, 2021));
        Assert.Contains("readonly", page);
        var share = targets[3]; // "Tỷ lệ hộ nghèo …": a share in %
        var response = await PostAsync(commune, FiguresUrl(Own, 2021), "Submit",
        [
            F("Rows[0].TargetId", targets[0].Id.ToString()), F("Rows[0].Value", "99"),
            F("Rows[1].TargetId", share.Id.ToString()), F("Rows[1].Numerator", "10"), F("Rows[1].Denominator", "100"),
            F("Rows[2].TargetId", targets[1].Id.ToString()), F("Rows[2].Note", "sửa lén"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var message = string.Format(Messages.FigureLockedField, Messages.StatusLocked);
        Assert.Contains($"<div class=\"error\" id=\"e0\">{message}</div>", html);
        Assert.Contains($"<div class=\"error\" id=\"e1\">{message}</div>", html);
        Assert.Contains($"<div class=\"error\" id=\"e2\">{message}</div>", html);
        Assert.Contains(Messages.FiguresNotSaved, html);
        Assert.Equal(Snapshot(before), Snapshot(Stored(factory, Own, 2021)));
    }

    [Fact]
    public async Task Crafted_post_to_an_approved_year_writes_nothing()
    {
        var before = Snapshot(Stored(factory, Own, 2020));
        var commune = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(commune, FiguresUrl(Own, 2020), "Save",
            [F("Rows[0].TargetId", TargetsOf(factory, Own)[0].Id.ToString()), F("Rows[0].Value", "36,5,1")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(string.Format(Messages.FigureLockedField, Messages.StatusApproved), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, Snapshot(Stored(factory, Own, 2020)));
    }

    [Fact]
    public async Task Numerator_and_denominator_inputs_show_only_for_share_targets()
    {
        var commune = await factory.SignedInAsync(OwnUser);
        var page = await commune.GetStringAsync(FiguresUrl(Own, 2035));
        var targets = TargetsOf(factory, Own);
        Assert.Equal("%", targets[3].EffectiveUnit);
        Assert.Contains("name=\"Rows[3].Numerator\"", page);
        Assert.Contains("name=\"Rows[3].Denominator\"", page);
        Assert.NotEqual("%", targets[0].EffectiveUnit);
        Assert.DoesNotContain("name=\"Rows[0].Numerator\"", page);
        Assert.DoesNotContain("name=\"Rows[1].Denominator\"", page);
    }

    [Fact]
    public async Task Malformed_numerator_of_a_share_gets_a_message_next_to_it_and_nothing_is_stored()
    {
        var share = TargetsOf(factory, Own)[3];
        var commune = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(commune, FiguresUrl(Own, 2033), "Submit",
        [
            F("Rows[0].TargetId", TargetsOf(factory, Own)[0].Id.ToString()), F("Rows[0].Value", "41"),
            F("Rows[1].TargetId", share.Id.ToString()), F("Rows[1].Numerator", "36,5,1"), F("Rows[1].Denominator", "200"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<div class=\"error\" id=\"e1\">{string.Format(Messages.FigureInvalid, "36,5,1")}</div>", html);
        Assert.Empty(Stored(factory, Own, 2033));
    }

    [Fact]
    public async Task Numerator_for_a_target_that_is_not_a_share_is_refused_and_nothing_is_stored()
    {
        var commune = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(commune, FiguresUrl(Own, 2034), "Save",
            [F("Rows[0].TargetId", TargetsOf(factory, Own)[0].Id.ToString()), F("Rows[0].Numerator", "3"), F("Rows[0].Denominator", "4")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Messages.NumeratorOnlyForShares, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(Stored(factory, Own, 2034));
    }

    [Fact]
    public async Task Commune_officer_posting_to_another_units_figures_is_403_and_nothing_is_written()
    {
        var before = Snapshot(Stored(factory, Other, 2025));
        var commune = await factory.SignedInAsync(OwnUser);
        foreach (var handler in new[] { "Save", "Submit", "Approve", "Return", "Unlock" })
        {
            var response = await PostAsync(commune, FiguresUrl(Other, 2025), handler,
                [F("Rows[0].TargetId", TargetsOf(factory, Other)[0].Id.ToString()), F("Rows[0].Value", "12"), F("Comment", "x"), F("UnlockReason", "x")],
                tokenFrom: FiguresUrl(Own, 2025));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(before, Snapshot(Stored(factory, Other, 2025)));
    }

    [Fact]
    public async Task Submit_without_token_is_400_and_nothing_is_written()
    {
        var commune = await factory.SignedInAsync(OwnUser);
        var response = await PostAsync(commune, FiguresUrl(Own, 2037), "Submit",
            [F("Rows[0].TargetId", TargetsOf(factory, Own)[0].Id.ToString()), F("Rows[0].Value", "5")], withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Stored(factory, Own, 2037));
    }

    /// <summary>
    /// Role × action × own/other unit for return and unlock. The posts carry no comment or reason, so an allowed
    /// one answers 200 with the message and nothing changes; a refused one is 403.
    /// </summary>
    [Theory]
    [InlineData("admin", "Return", "own", true)]
    [InlineData("admin", "Unlock", "other", true)]
    [InlineData("tinh.sonla", "Return", "own", true)]
    [InlineData("tinh.sonla", "Return", "other", true)]
    [InlineData("tinh.sonla", "Unlock", "own", true)]
    [InlineData("tinh.sonla", "Unlock", "other", true)]
    [InlineData("tinh.sonla", "Unlock", "province", false)]
    [InlineData("thanhtra", "Return", "own", false)]
    [InlineData("thanhtra", "Unlock", "other", false)]
    [InlineData("xa.03688", "Return", "own", false)]
    [InlineData("xa.03688", "Unlock", "own", false)]
    [InlineData("xa.03688", "Return", "other", false)]
    [InlineData("xa.03688", "Unlock", "other", false)]
    [InlineData("xa.03694", "Unlock", "other", false)]
    [InlineData("xa.03694", "Return", "own", false)]
    public async Task Return_and_unlock_matrix(string user, string handler, string unit, bool allowed)
    {
        var code = unit switch { "own" => Own, "other" => Other, _ => TestData.Province };
        var before = Snapshot(Stored(factory, code, 2019));
        var client = await factory.SignedInAsync(user);
        var response = await PostAsync(client, FiguresUrl(code, 2019), handler, [F("Comment", ""), F("UnlockReason", "")], tokenFrom: "/Account/Login");
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, Snapshot(Stored(factory, code, 2019)));
    }
}
