using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Tests.Infrastructure;
using NghiQuyet.Testing;

namespace NghiQuyet.Data.Tests.Storage;

/// <summary>
/// The repository layer's contract, run against SQLite and against a real PostgreSQL server (derived classes below).
/// Every test gets its own fresh database.
/// </summary>
public abstract class StorageContract : IDisposable
{
    private readonly TestDatabase _database;

    protected StorageContract(TestDatabase database) => _database = database;

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [StorageFact]
    public void Migrations_match_the_model()
    {
        using var db = _database.Open();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration (see src/NghiQuyet.Data/Migrations/README.md)");
    }

    [StorageFact]
    public void Import_stores_a_draft_resolution_with_the_original_bytes_and_their_sha256()
    {
        var request = Sample.Fixture();
        using var db = _database.Open("lan");
        var outcome = _database.Importer(db, "lan").Import(request);
        Assert.True(outcome.Success, outcome.Error);
        Assert.False(outcome.Value.AlreadyImported);
        Assert.Equal("04183", outcome.Value.Organization.Code);

        using var fresh = _database.Open();
        var stored = new ResolutionStore(fresh).Current("04183");
        Assert.True(stored.Success, stored.Error);
        Assert.Equal(ResolutionStatus.Draft, stored.Value.Resolution.Status);
        Assert.Equal(outcome.Value.ResolutionId, stored.Value.Resolution.Id);
        Assert.Equal(5, stored.Value.Resolution.Targets.Count);
        var file = fresh.SourceFiles.Single();
        Assert.Equal(request.Bytes, file.Content);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(request.Bytes)), file.Sha256);
        Assert.Equal("lan", file.ImportedBy);
        Assert.Equal(_database.Clock.Now, file.ImportedAt);
    }

    [StorageFact]
    public void Importing_the_same_document_again_changes_nothing()
    {
        var request = Sample.Fixture();
        using var db = _database.Open();
        var first = _database.Importer(db).Import(request);
        Assert.True(first.Success, first.Error);
        var before = Snapshot(db);
        _database.Clock.Advance(TimeSpan.FromHours(1));

        var again = _database.Importer(db).Import(request with { FileName = "renamed.txt" });

        Assert.True(again.Success, again.Error);
        Assert.True(again.Value.AlreadyImported);
        Assert.Equal(first.Value.ResolutionId, again.Value.ResolutionId);
        Assert.Equal(first.Value.ImportedAt, again.Value.ImportedAt);
        Assert.Equal(before, Snapshot(db));
    }

    /// <summary>Issue 12, defect 4: <c>import --org 99999</c> of a stored document used to answer "already imported".</summary>
    [StorageFact]
    public void An_unknown_unit_code_is_an_error_even_for_a_document_already_stored()
    {
        var request = Sample.Fixture();
        using var db = _database.Open();
        Assert.True(_database.Importer(db).Import(request).Success);
        var before = Snapshot(db);
        var again = _database.Importer(db).Import(request, "99999");
        Assert.Equal(string.Format(Messages.UnitCodeUnknown, "99999"), again.Error);
        Assert.Equal(before, Snapshot(db));
    }

    [StorageFact]
    public void A_fault_in_the_middle_of_an_import_leaves_the_database_as_before()
    {
        using (var db = _database.Open())
            Assert.True(_database.Importer(db).Import(Sample.Fixture("Đảng bộ xã Bắc Yên")).Success);
        string before;
        using (var db = _database.Open())
            before = Snapshot(db);

        foreach (var step in new[] { "organization", "source", "resolution" })
        {
            using (var db = _database.Open())
            {
                var importer = _database.Importer(db, onStep: s =>
                {
                    if (s == step)
                        throw new InjectedFault(step);
                });
                var fault = Assert.Throws<InjectedFault>(() => importer.Import(Sample.Fixture()));
                Assert.Equal(step, fault.Message);
            }
            using (var db = _database.Open())
                Assert.Equal(before, Snapshot(db));
        }

        // And the same import without the fault goes through afterwards.
        using (var db = _database.Open())
            Assert.True(_database.Importer(db).Import(Sample.Fixture()).Success);
    }

    [StorageFact]
    public void Every_change_to_an_audited_entity_writes_an_audit_entry_in_the_same_save()
    {
        using (var db = _database.Open("lan"))
            Assert.True(_database.Importer(db, "lan").Import(Sample.Fixture()).Success);

        using (var db = _database.Open("minh"))
        {
            var resolution = db.Resolutions.Include(r => r.Targets).Single();
            var target = resolution.Targets.OrderBy(t => t.Position).First();
            Assert.Equal(0, target.Version);
            var corrected = resolution.CorrectTarget(target.Id, new TargetTerms("Thu ngân sách nhà nước trên địa bàn", TargetOp.AtLeast, 2.6m, null, "tỷ đồng", 2030),
                TestDatabase.Editor("minh"), _database.Clock.Now);
            Assert.True(corrected.Success, corrected.Error);
            db.SaveChanges();
        }

        using var check = _database.Open();
        var audit = check.AuditEntries.AsNoTracking().ToList();
        Assert.Equal(1 + 5, audit.Count(a => a.Action == AuditAction.Insert && a.UserName == "lan"));
        Assert.Contains(audit, a => a.Action == AuditAction.Insert && a.Entity == nameof(Resolution));
        var update = Assert.Single(audit, a => a.Action == AuditAction.Update);
        Assert.Equal("minh", update.UserName);
        Assert.Equal(nameof(Target), update.Entity);
        var before = JsonNode.Parse(update.Before!)!;
        var after = JsonNode.Parse(update.After!)!;
        Assert.False(before["IsCorrected"]!.GetValue<bool>());
        Assert.True(after["IsCorrected"]!.GetValue<bool>());
        Assert.Equal(2.6m, after["CorrectedValue"]!.GetValue<decimal>());
        Assert.Equal(0, before["Version"]!.GetValue<int>());
        Assert.Equal(1, after["Version"]!.GetValue<int>());
        var stored = check.Targets.AsNoTracking().Single(t => t.Id == update.EntityId);
        Assert.Equal("Thu ngân sách nhà nước trên địa bàn", stored.EffectiveName);
        Assert.Equal("Thu ngân sách trên địa bàn", stored.Name);
        Assert.Equal(1, stored.Version);
    }

    [StorageFact]
    public void A_stale_edit_of_a_target_is_refused()
    {
        using (var db = _database.Open())
            Assert.True(_database.Importer(db).Import(Sample.Fixture()).Success);
        using var a = _database.Open("lan");
        using var b = _database.Open("minh");
        var ra = a.Resolutions.Include(r => r.Targets).Single();
        var rb = b.Resolutions.Include(r => r.Targets).Single();
        var first = ra.Targets.OrderBy(t => t.Position).First().Id;
        Assert.True(ra.CorrectTarget(first, new TargetTerms("A", TargetOp.Equal, 1, null, "%", 2030), TestDatabase.Editor("lan"), _database.Clock.Now).Success);
        Assert.True(rb.CorrectTarget(first, new TargetTerms("B", TargetOp.Equal, 2, null, "%", 2030), TestDatabase.Editor("minh"), _database.Clock.Now).Success);
        a.SaveChanges();
        Assert.Throws<DbUpdateConcurrencyException>(() => b.SaveChanges());
        using var check = _database.Open();
        Assert.Equal("A", check.Targets.AsNoTracking().OrderBy(t => t.Position).First().EffectiveName);
    }

    [StorageFact]
    public void A_stale_correction_through_the_service_is_refused_naming_who_changed_the_target()
    {
        Guid targetId;
        using (var db = _database.Open())
        {
            Assert.True(_database.Importer(db).Import(Sample.Fixture()).Success);
            targetId = db.Targets.OrderBy(t => t.Position).First().Id;
        }
        var fix = new TargetTerms("Thu ngân sách nhà nước", TargetOp.Equal, 3, null, "tỷ đồng", 2030);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var db = _database.Open("hoa"))
            Assert.True(new TargetService(db, new FixedUser("hoa"), _database.Clock).Correct(targetId, fix, TestDatabase.Editor("hoa"), expectedVersion: 0).Success);
        _database.Clock.Advance(TimeSpan.FromMinutes(3));
        using (var db = _database.Open("minh"))
        {
            var stale = new TargetService(db, new FixedUser("minh"), _database.Clock).Correct(targetId, fix with { Value = 4 }, TestDatabase.Editor("minh"), expectedVersion: 0);
            Assert.False(stale.Success);
            Assert.StartsWith("Chỉ tiêu này vừa được hoa thay đổi lúc 25/11/2026 09:01", stale.Error);
        }
        using var check = _database.Open();
        Assert.Equal(3m, check.Targets.AsNoTracking().Single(t => t.Id == targetId).EffectiveValue);
        Assert.Equal([AuditAction.Insert, AuditAction.Update, AuditAction.Refused],
            check.AuditEntries.AsNoTracking().Where(a => a.EntityId == targetId).ToList().OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Action));
    }

    [StorageFact]
    public void Two_users_editing_the_same_measurement_one_wins_the_other_is_refused_by_name_and_both_are_audited()
    {
        Guid targetId;
        using (var db = _database.Open("lan"))
        {
            Assert.True(_database.Importer(db).Import(Sample.Fixture()).Success);
            var target = _database.Measurements(db, "lan").FindTarget("04183", "1");
            Assert.True(target.Success, target.Error);
            targetId = target.Value.Id;
            var first = _database.Measurements(db, "lan").Record(targetId, 2026, new MeasurementFigure(2.1m), TestDatabase.Editor("lan"));
            Assert.True(first.Success, first.Error);
        }

        // Both open the figure at version 0 …
        using var lanDb = _database.Open("lan");
        using var minhDb = _database.Open("minh");
        var seenByLan = lanDb.Measurements.AsNoTracking().Single().Version;
        var seenByMinh = minhDb.Measurements.AsNoTracking().Single().Version;
        Assert.Equal(0, seenByLan);
        Assert.Equal(seenByLan, seenByMinh);

        // … Lan saves first and wins; Minh's save, based on what he saw, is refused with Lan's name.
        _database.Clock.Advance(TimeSpan.FromMinutes(5));
        var lan = _database.Measurements(lanDb, "lan").Record(targetId, 2026, new MeasurementFigure(2.2m), TestDatabase.Editor("lan"), seenByLan);
        Assert.True(lan.Success, lan.Error);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        var minh = _database.Measurements(minhDb, "minh").Record(targetId, 2026, new MeasurementFigure(2.3m), TestDatabase.Editor("minh"), seenByMinh);
        Assert.False(minh.Success);
        Assert.Contains("lan", minh.Error);
        Assert.Contains("25/11/2026 09:05", minh.Error); // 02:05 UTC in Vietnam time

        using var check = _database.Open();
        var stored = check.Measurements.AsNoTracking().Single();
        Assert.Equal(2.2m, stored.Value);
        Assert.Equal(1, stored.Version);
        var trail = check.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(Measurement)).ToList()
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToList();
        Assert.Collection(trail,
            e => Assert.Equal((AuditAction.Insert, "lan"), (e.Action, e.UserName)),
            e => Assert.Equal((AuditAction.Update, "lan"), (e.Action, e.UserName)),
            e =>
            {
                Assert.Equal((AuditAction.Refused, "minh"), (e.Action, e.UserName));
                Assert.Contains("lan", e.Note);
                Assert.Equal(2.3m, JsonNode.Parse(e.After!)!["Value"]!.GetValue<decimal>());
                Assert.Equal(2.2m, JsonNode.Parse(e.Before!)!["Value"]!.GetValue<decimal>());
            });
    }

    /// <summary>Issue 12, defect 6: no version means "must not exist yet", on every write.</summary>
    [StorageFact]
    public void A_first_entry_made_meanwhile_is_not_overwritten_and_an_edit_without_a_version_is_refused()
    {
        Guid targetId;
        using (var db = _database.Open("lan"))
        {
            Assert.True(_database.Importer(db).Import(Sample.Fixture()).Success);
            targetId = _database.Measurements(db, "lan").FindTarget("04183", "1").Value!.Id;
        }
        // Both open the empty year; Lan enters the first figure, then Minh, who saw nothing, enters his.
        using var lanDb = _database.Open("lan");
        using var minhDb = _database.Open("minh");
        Assert.Empty(minhDb.Measurements.AsNoTracking().ToList());
        var lan = _database.Measurements(lanDb, "lan").Record(targetId, 2026, new MeasurementFigure(2.1m), TestDatabase.Editor("lan"), null);
        Assert.True(lan.Success, lan.Error);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        var minh = _database.Measurements(minhDb, "minh").Record(targetId, 2026, new MeasurementFigure(2.9m), TestDatabase.Editor("minh"), null);
        Assert.False(minh.Success);
        Assert.Contains("lan", minh.Error);

        // An edit that names no version is the same claim, "there is nothing yet", and is refused the same way.
        using var again = _database.Open("minh");
        Assert.False(_database.Measurements(again, "minh").Record(targetId, 2026, new MeasurementFigure(3.3m), TestDatabase.Editor("minh")).Success);
        // A version for a figure that does not exist is stale too.
        Assert.False(_database.Measurements(again, "minh").Record(targetId, 2027, new MeasurementFigure(3.3m), TestDatabase.Editor("minh"), 4).Success);

        using var check = _database.Open();
        var stored = check.Measurements.AsNoTracking().Single();
        Assert.Equal((2.1m, "lan", 0), (stored.Value, stored.UpdatedBy, stored.Version));
        var refused = check.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Refused).ToList();
        Assert.True(refused.Count >= 2, $"{refused.Count} refusals audited");
        Assert.All(refused, r => Assert.Equal("minh", r.UserName));
    }

    [StorageFact]
    public void One_measurement_per_target_and_year()
    {
        Guid targetId;
        using (var db = _database.Open())
        {
            Assert.True(_database.Importer(db).Import(Sample.Fixture()).Success);
            targetId = db.Targets.OrderBy(t => t.Position).First().Id;
        }
        using var a = _database.Open("lan");
        using var b = _database.Open("minh");
        var target = a.Targets.AsNoTracking().Single(t => t.Id == targetId);
        a.Measurements.Add(Measurement.Record(target, 2026, new MeasurementFigure(1), TestDatabase.Editor("lan"), _database.Clock.Now).Value!);
        b.Measurements.Add(Measurement.Record(target, 2026, new MeasurementFigure(2), TestDatabase.Editor("minh"), _database.Clock.Now).Value!);
        a.SaveChanges();
        Assert.Throws<DbUpdateException>(() => b.SaveChanges());
        // Another year is another figure.
        b.ChangeTracker.Clear();
        b.Measurements.Add(Measurement.Record(target, 2027, new MeasurementFigure(2), TestDatabase.Editor("minh"), _database.Clock.Now).Value!);
        b.SaveChanges();
        using var check = _database.Open();
        Assert.Equal(2, check.Measurements.Count());
    }

    [StorageFact]
    public void A_measurement_moves_through_its_workflow_and_keeps_who_and_when()
    {
        Guid targetId;
        using (var db = _database.Open("lan"))
        {
            Assert.True(_database.Importer(db).Import(Sample.Fixture()).Success);
            targetId = _database.Measurements(db, "lan").FindTarget("04183", "4").Value!.Id;
            var r = _database.Measurements(db, "lan").Record(targetId, 2026, new MeasurementFigure(null, 73, 200), TestDatabase.Editor("lan"));
            Assert.True(r.Success, r.Error);
            Assert.Equal(36.5m, r.Value.Measurement.Value);
            Assert.True(r.Value.Measurement.Submit(TestDatabase.Editor("lan"), _database.Clock.Now).Success);
            Assert.True(_database.Measurements(db, "lan").Save(r.Value.Measurement).Success);
        }
        _database.Clock.Advance(TimeSpan.FromDays(1));
        using (var db = _database.Open("hoa"))
        {
            var m = db.Measurements.Single();
            Assert.True(m.Approve(new Actor("hoa", ActorRole.Approver), _database.Clock.Now).Success);
            Assert.True(_database.Measurements(db, "hoa").Save(m).Success);
        }
        using var check = _database.Open();
        var stored = check.Measurements.AsNoTracking().Single();
        Assert.Equal(MeasurementStatus.Approved, stored.Status);
        Assert.Equal((73m, 200m), (stored.Numerator!.Value, stored.Denominator!.Value));
        Assert.Equal(("lan", "hoa"), (stored.SubmittedBy, stored.ApprovedBy));
        Assert.Equal(_database.Clock.Now, stored.ApprovedAt);
        Assert.Equal(2, stored.Version);
    }

    [StorageFact(NeedsSharedData = true)]
    public void Each_sample_report_resolves_its_unit_and_round_trips_through_show_json()
    {
        var expected = new Dictionary<string, string> { ["muong-lam"] = "04183", ["bac-yen"] = "03856", ["phieng-pan-ocr"] = "04159" };
        foreach (var name in Sample.Names)
        {
            var sample = Sample.Load(name);
            using (var db = _database.Open())
            {
                var outcome = _database.Importer(db).Import(sample.Request);
                Assert.True(outcome.Success, $"{name} ({(sample.FromRealExtractor ? "real extractor" : "gold extraction")}): {outcome.Error}");
                Assert.Equal(expected[name], outcome.Value.Organization.Code);
            }
            using (var db = _database.Open())
            {
                var stored = new ResolutionStore(db).Current(expected[name]);
                Assert.True(stored.Success, stored.Error);
                var shown = JsonNode.Parse(ResolutionStore.ToJson(stored.Value))!;
                Assert.Equal(stored.Value.Resolution.Id.ToString(), shown["resolution"]!["id"]!.GetValue<string>());
                // Text, not just values: "9.9" must not come back as "9.900000".
                Assert.Equal(ExtractionJson.Serialize(sample.Extraction), WithoutStoreFields(shown).ToJsonString(ExtractionJson.Options));
                Assert.True(sample.FromRealExtractor || JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(SharedData.File("corpus", "gold", name + ".json"))), WithoutStoreFields(shown)),
                    $"{name}: show --format json differs from the gold extraction");
            }
        }

        using var check = _database.Open();
        var muongLam = check.Organizations.AsNoTracking().Include(o => o.Predecessors).Single(o => o.Code == "04183");
        Assert.Equal(["Xã Mường Lầm", "Xã Đứa Mòn"], muongLam.Predecessors.Select(p => p.FullName).Order(StringComparer.Ordinal).ToArray());
        var results = check.PreviousResults.AsNoTracking().Where(r => r.Row.Table != null).ToList();
        if (results.Count > 0)
        {
            Assert.All(results.Where(r => r.Row.Table == "Biểu 01"), r => Assert.Equal("04189", r.FormerUnitCode));
            Assert.All(results.Where(r => r.Row.Table == "Biểu 02"), r => Assert.Equal("04183", r.FormerUnitCode));
        }
    }

    internal static JsonNode WithoutStoreFields(JsonNode shown)
    {
        var copy = shown.DeepClone().AsObject();
        copy.Remove("resolution");
        foreach (var t in copy["targets"]!.AsArray())
            foreach (var key in new[] { "id", "version", "corrected" })
                t!.AsObject().Remove(key);
        foreach (var r in copy["results"]!.AsArray())
            foreach (var key in new[] { "id", "former_unit" })
                r!.AsObject().Remove(key);
        return copy;
    }

    /// <summary>Every table's rows, by id, so that "nothing changed" can be asserted exactly.</summary>
    internal static string Snapshot(NghiQuyetDbContext db) => string.Join('\n',
        "organizations " + string.Join(",", db.Organizations.AsNoTracking().Select(o => o.Code).ToList().Order()),
        "predecessors " + db.Organizations.AsNoTracking().SelectMany(o => o.Predecessors).Count(),
        "files " + Ids(db.SourceFiles.AsNoTracking().Select(f => f.Id)),
        "resolutions " + Ids(db.Resolutions.AsNoTracking().Select(r => r.Id)),
        "targets " + Ids(db.Targets.AsNoTracking().Select(t => t.Id)),
        "results " + Ids(db.PreviousResults.AsNoTracking().Select(r => r.Id)),
        "measurements " + Ids(db.Measurements.AsNoTracking().Select(m => m.Id)),
        "audit " + Ids(db.AuditEntries.AsNoTracking().Select(a => a.Id)));

    private static string Ids(IQueryable<Guid> ids) => string.Join(",", ids.ToList().Order());

    private sealed class InjectedFault(string step) : Exception(step);
}

public sealed class SqliteStorageTests() : StorageContract(new SqliteTestDatabase());

public sealed class PostgresStorageTests() : StorageContract(CreatePostgres()), INeedsPostgres
{
    // Built only when the test runs (the discoverer skips it where the server is absent).
    private static PostgresTestDatabase CreatePostgres() => new();
}
