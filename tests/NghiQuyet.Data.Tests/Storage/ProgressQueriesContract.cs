using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Tests.Infrastructure;

namespace NghiQuyet.Data.Tests.Storage;

/// <summary>
/// What the progress pages load, on SQLite and on PostgreSQL: a unit, a province with its communes, a target's
/// history. Only approved and locked figures are loaded for evaluation; the history has every figure and its audit.
/// </summary>
public abstract class ProgressQueriesContract : IDisposable
{
    private const string Unit = "04183";

    private readonly TestDatabase _database;
    private readonly string _province;
    private readonly Guid _draft;
    private readonly Guid _approved;

    protected ProgressQueriesContract(TestDatabase database)
    {
        _database = database;
        using var db = _database.Open("lan");
        Assert.True(_database.Importer(db, "lan").Import(Sample.Fixture()).Success);
        _province = db.Organizations.AsNoTracking().Single(o => o.Code == Unit).ProvinceCode!;
        var measurements = _database.Measurements(db, "lan");
        _draft = Record(measurements, "1", 2.1m);
        _approved = Record(measurements, "3.1", 9600m);
        var approved = db.Measurements.Single(m => m.TargetId == _approved);
        Assert.True(approved.Submit(TestDatabase.Editor("lan"), _database.Clock.Now).Success);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(approved.Approve(new Actor("hoa", ActorRole.Approver), _database.Clock.Now).Success);
        db.SaveChanges();
    }

    private Guid Record(MeasurementService measurements, string item, decimal value)
    {
        var target = measurements.FindTarget(Unit, item);
        Assert.True(target.Success, target.Error);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(measurements.Record(target.Value.Id, 2026, new MeasurementFigure(value), TestDatabase.Editor("lan")).Success);
        return target.Value.Id;
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [StorageFact]
    public void A_unit_comes_with_its_targets_its_approved_figures_only_and_its_previous_results_in_order()
    {
        using var db = _database.Open();
        var queries = new ProgressQueries(db);
        Assert.Equal((Unit, _province), queries.Codes(Unit));
        Assert.Null(queries.Codes("99999"));
        Assert.Null(queries.Unit("99999"));

        var unit = queries.Unit(Unit)!;
        Assert.Equal(_province, unit.Province?.Code);
        Assert.Equal(5, unit.Targets.Count);
        Assert.Equal(unit.Targets.OrderBy(t => t.Position).Select(t => t.Id), unit.Targets.Select(t => t.Id));
        Assert.Equal([_approved], unit.Figures.Select(g => g.Key));
        Assert.Equal(["Tỷ lệ che phủ rừng", "Số thôn có đường ô tô"], unit.PreviousResults.Select(r => r.Row.Name));

        var province = queries.Unit(_province)!;
        Assert.Null(province.Resolution);
        Assert.Empty(province.Targets);
    }

    [StorageFact]
    public void A_province_comes_with_its_communes_their_resolutions_and_approved_figures()
    {
        using var db = _database.Open();
        var queries = new ProgressQueries(db);
        Assert.Null(queries.Province(Unit)); // a commune has no dashboard

        var province = queries.Province(_province)!;
        Assert.Equal([Unit], province.Communes.Select(c => c.Code));
        Assert.Equal([Unit], province.Resolutions.Select(r => r.OrganizationCode));
        Assert.Null(province.Own);
        Assert.Equal(5, province.Targets.Count);
        Assert.Equal([(_approved, 9600m)], province.Figures.SelectMany(g => g.Select(f => (g.Key, f.Value))));
    }

    [StorageFact]
    public void A_target_history_has_every_figure_and_the_audit_newest_first()
    {
        using var db = _database.Open();
        var queries = new ProgressQueries(db);
        Assert.Null(queries.Target(Guid.NewGuid()));

        var draft = queries.Target(_draft)!;
        Assert.Equal(Unit, draft.Unit.Code);
        Assert.Equal([2.1m], draft.Measurements.Select(m => m.Value));
        var history = queries.Target(_approved)!;
        var id = history.Measurements.Single().Id;
        // The figure's approval and entry, then the target's own import.
        Assert.Equal([(AuditAction.Update, id), (AuditAction.Insert, id), (AuditAction.Insert, _approved)],
            history.Audit.Select(a => (a.Action, a.EntityId)));
        Assert.Equal(history.Audit.OrderByDescending(a => a.At).Select(a => a.Id), history.Audit.Select(a => a.Id));
    }
}

public sealed class SqliteProgressQueriesTests() : ProgressQueriesContract(new SqliteTestDatabase());

public sealed class PostgresProgressQueriesTests() : ProgressQueriesContract(CreatePostgres()), INeedsPostgres
{
    private static PostgresTestDatabase CreatePostgres() => new();
}
