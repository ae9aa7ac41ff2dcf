using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Tests.Infrastructure;

namespace NghiQuyet.Data.Tests.Storage;

/// <summary>A draft's review on SQLite: every change audited, refusals write nothing, published = fixed.</summary>
public sealed class DraftServiceTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private static readonly Actor Editor = TestDatabase.Editor("lan");

    public void Dispose() => _database.Dispose();

    private Guid Import()
    {
        using var db = _database.Open("lan");
        var outcome = _database.Importer(db, "lan").Import(Sample.Fixture());
        Assert.True(outcome.Success, outcome.Error);
        return outcome.Value.ResolutionId;
    }

    private DraftService Drafts(NghiQuyetDbContext db) => new(db, new FixedUser("lan"), _database.Clock);

    private static (int Targets, int Audit, int Measurements) Counts(NghiQuyetDbContext db) =>
        (db.Targets.Count(), db.AuditEntries.Count(), db.Measurements.Count());

    [Fact]
    public void Correct_add_remove_and_publish_are_each_audited()
    {
        var id = Import();
        using var db = _database.Open("lan");
        var targets = db.Targets.AsNoTracking().Where(t => t.ResolutionId == id).OrderBy(t => t.Position).ToList();
        var drafts = Drafts(db);

        Assert.True(drafts.Correct(id, targets[0].Id, new TargetTerms("Thu ngân sách", TargetOp.AtLeast, 7, null, "tỷ đồng", 2030), Editor, targets[0].Version).Success);
        var added = drafts.Add(id, new ExtractedTarget("9", TargetGroup.Other, "Chỉ tiêu thêm", TargetOp.AtLeast, 1, null, null, 2030, 0), Editor);
        Assert.True(added.Success, added.Error);
        Assert.Equal(targets.Count + 1, added.Value.Position);
        Assert.True(drafts.Remove(id, targets[1].Id, Editor, targets[1].Version).Success);
        Assert.True(drafts.Publish(id, Editor, db.Resolutions.AsNoTracking().Single(r => r.Id == id).Version).Success);

        using var fresh = _database.Open();
        var audit = fresh.AuditEntries.AsNoTracking().Where(a => a.UserName == "lan").Select(a => new { a.EntityId, a.Action }).ToList();
        Assert.Contains(audit, a => a.EntityId == targets[0].Id && a.Action == AuditAction.Update);
        Assert.Contains(audit, a => a.EntityId == added.Value.Id && a.Action == AuditAction.Insert);
        Assert.Contains(audit, a => a.EntityId == targets[1].Id && a.Action == AuditAction.Delete);
        Assert.Contains(audit, a => a.EntityId == id && a.Action == AuditAction.Update);
        Assert.Equal(ResolutionStatus.Published, fresh.Resolutions.Single(r => r.Id == id).Status);
    }

    [Fact]
    public void A_target_with_figures_is_not_removed()
    {
        var id = Import();
        using var db = _database.Open("lan");
        var target = db.Targets.AsNoTracking().Where(t => t.ResolutionId == id).OrderBy(t => t.Position).First();
        Assert.True(_database.Measurements(db, "lan").Record(target.Id, 2026, new MeasurementFigure(3), Editor).Success);
        var before = Counts(db);

        var removed = Drafts(db).Remove(id, target.Id, Editor, target.Version);

        Assert.Equal(string.Format(Messages.TargetHasFigures, target.Name), removed.Error);
        using var fresh = _database.Open();
        Assert.Equal(before, Counts(fresh));
    }

    [Fact]
    public void Publishing_twice_and_changes_after_publishing_are_refused_without_writing_a_change()
    {
        var id = Import();
        using var db = _database.Open("lan");
        var version = db.Resolutions.AsNoTracking().Single(r => r.Id == id).Version;
        var target = db.Targets.AsNoTracking().Where(t => t.ResolutionId == id).OrderBy(t => t.Position).First();
        Assert.True(Drafts(db).Correct(id, target.Id, new TargetTerms("X", TargetOp.AtLeast, 1, null, null, 2030), Editor, target.Version).Success);
        Assert.True(Drafts(db).Publish(id, Editor, version).Success);
        Assert.Equal(Messages.AlreadyPublished, Drafts(db).Publish(id, Editor, null).Error);

        var before = Counts(db);
        Assert.Equal(Messages.ResolutionNotDraft, Drafts(db).Remove(id, target.Id, Editor, null).Error);
        Assert.Equal(Messages.ResolutionNotDraft,
            Drafts(db).Add(id, new ExtractedTarget(null, TargetGroup.Other, "Y", TargetOp.AtLeast, 1, null, null, 2030, 0), Editor).Error);
        using var fresh = _database.Open();
        Assert.Equal(before, Counts(fresh));
    }
}
