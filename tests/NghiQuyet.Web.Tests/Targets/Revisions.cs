using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using static NghiQuyet.Web.Tests.Units.Workflow;

namespace NghiQuyet.Web.Tests.Targets;

/// <summary>
/// The two scenarios of issue 12, defect 2, run alike on SQLite and PostgreSQL: the attack (a commune officer posts a
/// direct edit of a published target) and the revision flow (request → approval → evaluation by the version in force).
/// </summary>
internal static class Revisions
{
    /// <summary>The year a revision asked for today may start from (Vietnam time, as the site counts years).</summary>
    public static int ThisYear => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Year;

    public static List<KeyValuePair<string, string>> Form(Target t, string value, string reason, string? fromYear = null, int? version = null, string? op = null, string? max = null) =>
    [
        new("Edit.Name", t.EffectiveName),
        new("Edit.Op", op ?? t.EffectiveOp.ToString()),
        new("Edit.Value", value),
        new("Edit.ValueMax", max ?? ""),
        new("Edit.Unit", t.EffectiveUnit ?? ""),
        new("Edit.Year", t.EffectiveYear.ToString()),
        new("Edit.Reason", reason),
        new("Edit.Version", (version ?? t.Version).ToString()),
        new("Edit.FromYear", fromYear ?? ThisYear.ToString()),
    ];

    /// <summary>Everything stored about a target and its changes: what "nothing was written" is compared on.</summary>
    public static string Snapshot(WebAppFactory factory, Guid targetId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        var t = db.Targets.AsNoTracking().Single(x => x.Id == targetId);
        var revisions = db.TargetRevisions.AsNoTracking().Count(r => r.TargetId == targetId);
        var audit = db.AuditEntries.AsNoTracking().Count();
        return $"{t.Name}|{t.Op}|{t.Value}|{t.IsCorrected}|{t.CorrectedValue}|{t.Version}|rev {revisions}|audit {audit}";
    }

    /// <summary>"≥ 60 triệu đồng" rewritten to 1 by the unit itself, with approved figures in place: refused, nothing written.</summary>
    public static async Task AttackIsRefusedAsync(WebAppFactory factory, string code, string user)
    {
        var target = TargetsOf(factory, code)[0];
        Assert.Equal((TargetOp.AtLeast, 60m), (target.EffectiveOp, target.EffectiveValue));
        Assert.Contains(Enumerable.Range(2020, 6).SelectMany(y => Stored(factory, code, y)),
            m => m.TargetId == target.Id && m.Status is MeasurementStatus.Approved or MeasurementStatus.Locked);
        var before = Snapshot(factory, target.Id);

        var client = await factory.SignedInAsync(user);
        var response = await PostAsync(client, $"/Targets/{target.Id}", "Edit", Form(target, "1", "Xã tự sửa cho đạt"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Messages.TargetPublishedUseRevision, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, Snapshot(factory, target.Id));
        Assert.Equal(60m, TargetsOf(factory, code)[0].EffectiveValue);
    }

    /// <summary>
    /// The commune asks for a revision from this year on; before approval nothing changes; the province approves; then
    /// this year (and later) is evaluated against the new version, earlier years against the adopted one.
    /// </summary>
    public static async Task RevisionFlowAsync(WebAppFactory factory, string code, string communeUser, int index, string newValue, decimal expected)
    {
        var target = TargetsOf(factory, code)[index];
        var adopted = target.EffectiveValue;
        var url = $"/Targets/{target.Id}";
        var commune = await factory.SignedInAsync(communeUser);
        var page = await commune.GetStringAsync(url);
        Assert.Contains("Đề nghị điều chỉnh chỉ tiêu", page);
        Assert.Contains("name=\"Edit.FromYear\"", page);

        var requested = await PostAsync(commune, url, "Revise", Form(target, newValue, "Nghị quyết điều chỉnh giữa nhiệm kỳ"));
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var revision = Assert.Single(RevisionsOf(factory, target.Id));
        Assert.Equal((RevisionStatus.Requested, ThisYear, expected, communeUser), (revision.Status, revision.FromYear, revision.Terms.Value, revision.RequestedBy));
        Assert.Equal(adopted, InForce(factory, code, target.Id, ThisYear).Value); // not in force before approval
        Assert.Equal(adopted, TargetsOf(factory, code)[index].EffectiveValue); // the adopted target itself never changes

        // The commune cannot approve its own request (403), nor can a second request pile up.
        var self = await PostAsync(commune, url, "Decide", Decision(revision, approve: true));
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        var again = await PostAsync(commune, url, "Revise", Form(target, newValue, "lần nữa"));
        Assert.Contains(string.Format(Messages.RevisionPending, 1), WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Single(RevisionsOf(factory, target.Id));

        var province = await factory.SignedInAsync(Province);
        Assert.Contains("Duyệt điều chỉnh", await province.GetStringAsync(url));
        var approved = await PostAsync(province, url, "Decide", Decision(revision, approve: true, note: "Đồng ý theo Nghị quyết của Ban Thường vụ"));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        revision = Assert.Single(RevisionsOf(factory, target.Id));
        Assert.Equal((RevisionStatus.Approved, Province), (revision.Status, revision.DecidedBy));

        Assert.Equal(adopted, InForce(factory, code, target.Id, ThisYear - 1).Value);
        Assert.Equal(expected, InForce(factory, code, target.Id, ThisYear).Value);
        Assert.Equal(expected, InForce(factory, code, target.Id, ThisYear + 1).Value);
        Assert.Contains(Audit(factory, [revision.Id]), a => a.Action == AuditAction.Insert && a.UserName == communeUser && a.Note == "Nghị quyết điều chỉnh giữa nhiệm kỳ");
        Assert.Contains(Audit(factory, [revision.Id]), a => a.Action == AuditAction.Update && a.UserName == Province);

        // The unit page states the target in force this year.
        Assert.Contains($"≥ {newValue} {target.EffectiveUnit}", WebUtility.HtmlDecode(await commune.GetStringAsync($"/Units/{code}")));

        var after = WebUtility.HtmlDecode(await commune.GetStringAsync(url));
        Assert.Contains("Điều chỉnh chỉ tiêu sau khi ban hành", after);
        Assert.Contains("<td>Nghị quyết điều chỉnh giữa nhiệm kỳ</td>", after);
        Assert.Contains($"{Province}, ", after);
        Assert.Contains($"điều chỉnh lần 1, áp dụng từ năm {ThisYear}", after);
    }

    public static List<KeyValuePair<string, string>> Decision(TargetRevision r, bool approve, string note = "") =>
    [
        new("revisionId", r.Id.ToString()),
        new("version", r.Version.ToString()),
        new("approve", approve ? "true" : "false"),
        new("note", note),
    ];

    public static List<TargetRevision> RevisionsOf(WebAppFactory factory, Guid targetId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        return db.TargetRevisions.AsNoTracking().Where(r => r.TargetId == targetId).OrderBy(r => r.Number).ToList();
    }

    /// <summary>The target the site's evaluator judges the unit's figures against, as of <paramref name="year"/>.</summary>
    public static TargetSpec InForce(WebAppFactory factory, string code, Guid targetId, int year)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        var evaluator = scope.ServiceProvider.GetRequiredService<OrganizationEvaluator>();
        var queries = new EvaluationQueries(db);
        var resolution = queries.CurrentResolutions([code]).Single();
        var targets = queries.Targets([resolution.Id]);
        var rows = evaluator.Evaluate(EvaluationQueries.Inputs(targets, queries.Figures([resolution.Id], officialOnly: true)), year);
        return rows[targets.FindIndex(t => t.Id == targetId)].Evaluation.Spec;
    }
}
