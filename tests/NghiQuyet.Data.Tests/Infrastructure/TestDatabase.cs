using Microsoft.Data.Sqlite;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Units;
using NghiQuyet.Testing;

namespace NghiQuyet.Data.Tests.Infrastructure;

/// <summary>A fresh, empty database for one test: a temporary SQLite file, or a new database on the test PostgreSQL server.</summary>
public abstract class TestDatabase : IDisposable
{
    public const string PgVariable = ThrowawayPostgres.Variable;

    public TestClock Clock { get; } = new();

    /// <summary>The <c>--db</c> value naming this database.</summary>
    public abstract string Db { get; }

    public abstract string Provider { get; }

    public NghiQuyetDbContext Open(string user = "tester")
    {
        var result = DbFactory.Create(Db, new FixedUser(user), Clock, TimeSpan.FromSeconds(1));
        Assert.True(result.Success, result.Error);
        return result.Value;
    }

    public ImportService Importer(NghiQuyetDbContext db, string user = "tester", Action<string>? onStep = null) =>
        new(db, UnitsData.Registry, new FixedUser(user), Clock) { OnStep = onStep };

    public MeasurementService Measurements(NghiQuyetDbContext db, string user) => new(db, new FixedUser(user), Clock);

    public static Actor Editor(string name) => new(name, ActorRole.Editor);

    public abstract void Dispose();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-test-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "test.db");
    public override string Db => Path;
    public override string Provider => "sqlite";

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly ThrowawayPostgres _database = new("nq_test_");

    public override string Db => _database.ConnectionString;
    public override string Provider => "postgres";

    public override void Dispose() => _database.Dispose();
}

/// <summary>UTC "now" that tests move by hand.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
