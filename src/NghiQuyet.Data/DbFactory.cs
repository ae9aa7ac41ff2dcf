using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NghiQuyet.Core;
using NghiQuyet.Data.Interceptors;
using Npgsql;

namespace NghiQuyet.Data;

/// <summary>
/// Opens the store named by a <c>--db</c> value: a SQLite file path (or "Data Source=…" string), or a PostgreSQL
/// connection string ("Host=…" or "postgres://…"). The database is created or migrated on open. Bad input becomes a
/// Vietnamese message, never an exception.
/// </summary>
public static class DbFactory
{
    /// <summary>How long SQLite waits for another program's lock before giving up.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "NghiQuyet", "nghiquyet.db");

    public static bool IsPostgres(string db)
    {
        var s = db.TrimStart();
        return s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || s.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            || s.Contains("Server=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The context options without opening anything; for tools and the web app's DI.</summary>
    public static Result<DbContextOptions> Options(string? db, ICurrentUser user, TimeProvider time, TimeSpan? busyTimeout = null)
    {
        db = string.IsNullOrWhiteSpace(db) ? DefaultSqlitePath : db.Trim();
        var interceptors = new Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] { new VersioningInterceptor(), new AuditInterceptor(user, time) };
        if (IsPostgres(db))
        {
            var cs = PostgresConnectionString(db);
            if (!cs.Success)
                return Result<DbContextOptions>.Fail(cs.Error);
            return Result<DbContextOptions>.Ok(new DbContextOptionsBuilder<PostgresNghiQuyetDbContext>()
                .UseNpgsql(cs.Value, o => o.ExecutionStrategy(d => new PostgresRetryStrategy(d)))
                .AddInterceptors(interceptors)
                .Options);
        }
        var sqlite = SqliteConnectionString(db, busyTimeout ?? DefaultBusyTimeout);
        if (!sqlite.Success)
            return Result<DbContextOptions>.Fail(sqlite.Error);
        return Result<DbContextOptions>.Ok(new DbContextOptionsBuilder<SqliteNghiQuyetDbContext>()
            .UseSqlite(sqlite.Value)
            .AddInterceptors(interceptors)
            .Options);
    }

    /// <summary>A context on options made by <see cref="Options"/>, of the provider they name; nothing is opened.</summary>
    public static NghiQuyetDbContext NewContext(DbContextOptions options) => options switch
    {
        DbContextOptions<PostgresNghiQuyetDbContext> pg => new PostgresNghiQuyetDbContext(pg),
        DbContextOptions<SqliteNghiQuyetDbContext> lite => new SqliteNghiQuyetDbContext(lite),
        _ => throw new InvalidOperationException("unknown provider"),
    };

    /// <summary>Whether options made by <see cref="Options"/> are PostgreSQL's (else SQLite's).</summary>
    public static bool IsPostgres(DbContextOptions options) => options is DbContextOptions<PostgresNghiQuyetDbContext>;

    /// <summary>The connection string options made by <see cref="Options"/> use: what another context on the same
    /// database (the accounts', a backup tool) needs.</summary>
    public static string ConnectionString(DbContextOptions options) =>
        options.Extensions.OfType<RelationalOptionsExtension>().First().ConnectionString!;

    /// <summary>A new context on the store (created or migrated first); dispose it.</summary>
    public static Result<NghiQuyetDbContext> Create(string? db, ICurrentUser user, TimeProvider time, TimeSpan? busyTimeout = null)
    {
        var options = Options(db, user, time, busyTimeout);
        if (!options.Success)
            return Result<NghiQuyetDbContext>.Fail(options.Error);
        var context = NewContext(options.Value);
        try
        {
            // Only migrate when something is pending: a read-only copy of an up-to-date database still opens for reading.
            if (context.Database.GetPendingMigrations().Any())
                context.Database.Migrate();
            return Result<NghiQuyetDbContext>.Ok(context);
        }
        catch (Exception ex) when (DbErrors.Describe(ex, context) is { } message)
        {
            context.Dispose();
            return Result<NghiQuyetDbContext>.Fail(message);
        }
    }

    internal static Result<string> PostgresConnectionString(string db)
    {
        try
        {
            var builder = db.Contains("://", StringComparison.Ordinal) ? FromUrl(db) : new NpgsqlConnectionStringBuilder(db);
            if (string.IsNullOrWhiteSpace(builder.Host))
                return Result<string>.Fail(string.Format(Messages.DbConnectionStringInvalid, Messages.DbHostMissing));
            return Result<string>.Ok(builder.ConnectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or UriFormatException or InvalidOperationException)
        {
            return Result<string>.Fail(string.Format(Messages.DbConnectionStringInvalid, ex.Message));
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
            builder.Port = uri.Port;
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length > 1)
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
            builder.Database = Uri.UnescapeDataString(database);
        return builder;
    }

    private static Result<string> SqliteConnectionString(string db, TimeSpan busyTimeout)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = db.Contains('=') ? new SqliteConnectionStringBuilder(db) : new SqliteConnectionStringBuilder { DataSource = db };
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            return Result<string>.Fail(string.Format(Messages.DbCannotOpen, db, ex.Message));
        }
        if (!db.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase) && !db.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase))
            builder.DefaultTimeout = Math.Max(1, (int)busyTimeout.TotalSeconds);
        var path = builder.DataSource;
        if (path.Length > 0 && path != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                if (db == DefaultSqlitePath)
                    Directory.CreateDirectory(folder);
                else
                    return Result<string>.Fail(string.Format(Messages.DbFolderMissing, folder));
            }
            // A file without write permission opens read-only, so that even root gets the read-only refusal.
            if (File.Exists(path) && !OperatingSystem.IsWindows()
                && (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
                builder.Mode = SqliteOpenMode.ReadOnly;
        }
        return Result<string>.Ok(builder.ConnectionString);
    }
}
