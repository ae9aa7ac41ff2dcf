using Npgsql;

namespace NghiQuyet.Testing;

/// <summary>
/// A fresh database of its own on the PostgreSQL server named by NGHIQUYET_TEST_PG (./test.sh starts one), dropped
/// with its connections on Dispose: every PostgreSQL test works on an empty database and leaves nothing behind.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    public const string Variable = "NGHIQUYET_TEST_PG";

    private readonly string _server;
    private readonly string _name;

    /// <param name="prefix">Begins the database's name, so a leftover (a killed run) says which tests made it.</param>
    public ThrowawayPostgres(string prefix)
    {
        _server = Server ?? throw new InvalidOperationException(Variable + " is not set");
        _name = prefix + Guid.NewGuid().ToString("N")[..12];
        Execute($"CREATE DATABASE \"{_name}\"");
    }

    /// <summary>The server's connection string, or null where no server is set.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s) ? s : null;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>Runs where NGHIQUYET_TEST_PG names a PostgreSQL server (./test.sh starts one); skipped, with the reason, otherwise.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (ThrowawayPostgres.Server is null)
            Skip = $"{ThrowawayPostgres.Variable} is not set: no PostgreSQL server to test against (./test.sh starts one)";
    }
}
