using System.Data.Common;

namespace NghiQuyet.Data.Backup;

/// <summary>
/// The tables of a database, their row counts and the last migration of each migrations history — read through one
/// connection (and transaction), so that a backup's manifest describes exactly the snapshot it was taken from.
/// </summary>
internal static class Census
{
    /// <summary>The tables the application owns: SQLite's whole file; PostgreSQL's current schema.</summary>
    public static List<string> Tables(DbConnection connection, bool postgres, DbTransaction? transaction = null)
    {
        var sql = postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new List<string>();
        using var command = Command(connection, transaction, sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            tables.Add(reader.GetString(0));
        tables.Sort(StringComparer.Ordinal);
        return tables;
    }

    public static SortedDictionary<string, long> Counts(DbConnection connection, IEnumerable<string> tables, DbTransaction? transaction = null)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var command = Command(connection, transaction, $"SELECT COUNT(*) FROM {Quote(table)}");
            counts[table] = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return counts;
    }

    /// <summary>Each migrations history (storage, accounts) → its last migration id (ids begin with their timestamp).</summary>
    public static SortedDictionary<string, string> Migrations(DbConnection connection, IEnumerable<string> tables, DbTransaction? transaction = null)
    {
        var last = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => t.StartsWith("__", StringComparison.Ordinal) && t.EndsWith("MigrationsHistory", StringComparison.Ordinal)))
        {
            using var command = Command(connection, transaction, $"SELECT MAX(\"MigrationId\") FROM {Quote(table)}");
            if (command.ExecuteScalar() is string id)
                last[table] = id;
        }
        return last;
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
