using System.Net;
using NghiQuyet.Core.Domain;
using static NghiQuyet.Web.Tests.Units.Workflow;

namespace NghiQuyet.Web.Tests.Units;

/// <summary>Return, unlock and target revision with their reasons on PostgreSQL (the audit note is written there too).</summary>
public sealed class WorkflowPostgresTests
{
    [PostgresFact]
    public async Task Return_unlock_and_target_revision_keep_their_reasons_on_PostgreSQL()
    {
        using var factory = new PostgresWebAppFactory();
        var own = TestData.OwnCommune;
        var province = await factory.SignedInAsync(Province);

        var returned = await PostAsync(province, FiguresUrl(own, 2025), "Return", [new("Comment", "Xem lại số liệu 2025")]);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var drafts = Stored(factory, own, 2025);
        Assert.All(drafts, m => Assert.Equal(MeasurementStatus.Draft, m.Status));
        Assert.Equal(drafts.Count, Audit(factory, drafts.Select(m => m.Id)).Count(a => a.Note == "Xem lại số liệu 2025"));

        var unlocked = await PostAsync(province, FiguresUrl(own, 2024), "Unlock", [new("UnlockReason", "Sai đơn vị tính")]);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        var reopened = Stored(factory, own, 2024);
        Assert.All(reopened, m => Assert.Equal(MeasurementStatus.Draft, m.Status));
        Assert.Equal(reopened.Count, Audit(factory, reopened.Select(m => m.Id)).Count(a => a.Note == "Sai đơn vị tính"));

        // Issue 12, defect 2 on PostgreSQL: no direct edit of a published target; a revision, approved, judges later years only.
        await Targets.Revisions.AttackIsRefusedAsync(factory, own, OwnUser);
        await Targets.Revisions.RevisionFlowAsync(factory, own, OwnUser, index: 1, newValue: "9.800", expected: 9800m);
    }
}
