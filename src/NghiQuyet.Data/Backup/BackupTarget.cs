using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NghiQuyet.Data.Backup;

/// <summary>A <c>--db</c> value resolved as every command resolves it, without opening or migrating anything.</summary>
internal sealed record BackupTarget(bool IsPostgres, string ConnectionString, DbContextOptions Options)
{
    public string Provider => IsPostgres ? BackupManifest.Postgres : BackupManifest.Sqlite;

    public static BackupTarget? From(string? db, out string? error)
    {
        var options = DbFactory.Options(db, new FixedUser("backup"), TimeProvider.System);
        if (!options.Success)
        {
            error = options.Error;
            return null;
        }
        error = null;
        return new BackupTarget(DbFactory.IsPostgres(options.Value), DbFactory.ConnectionString(options.Value), options.Value);
    }

    public string SqlitePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>Where a message may name the database: the file, or host/database (never the password).</summary>
    public string Description
    {
        get
        {
            if (!IsPostgres)
                return SqlitePath;
            var b = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
        }
    }

    /// <summary>The migrations this build knows, oldest first (the storage schema).</summary>
    public IReadOnlyList<string> KnownMigrations()
    {
        using var context = DbFactory.NewContext(Options);
        return [.. context.Database.GetMigrations()];
    }

    /// <summary>libpq's variables for pg_dump / pg_restore: the password never appears on a command line.</summary>
    public Dictionary<string, string> LibpqVariables()
    {
        var b = new NpgsqlConnectionStringBuilder(ConnectionString);
        var v = new Dictionary<string, string>
        {
            ["PGHOST"] = b.Host ?? "localhost",
            ["PGPORT"] = b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGDATABASE"] = b.Database ?? b.Username ?? "postgres",
            ["PGAPPNAME"] = "nghiquyet-backup",
            ["PGCONNECT_TIMEOUT"] = Math.Max(1, b.Timeout).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrEmpty(b.Username))
            v["PGUSER"] = b.Username;
        if (!string.IsNullOrEmpty(b.Password))
            v["PGPASSWORD"] = b.Password;
        if (b.SslMode is SslMode.Require or SslMode.VerifyCA or SslMode.VerifyFull or SslMode.Disable)
            v["PGSSLMODE"] = b.SslMode switch { SslMode.Require => "require", SslMode.VerifyCA => "verify-ca", SslMode.VerifyFull => "verify-full", _ => "disable" };
        return v;
    }
}
