using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NghiQuyet.Core;
using NghiQuyet.Data;
using Npgsql;

namespace NghiQuyet.Accounts;

/// <summary>
/// The Identity tables (AspNetUsers …) live in the project's database beside the storage tables, but in their own
/// context with their own migrations and history table: the storage model and its migrations stay untouched.
/// </summary>
public abstract class WebIdentityDbContext(DbContextOptions options) : IdentityDbContext<WebUser, IdentityRole, string>(options)
{
    public const string HistoryTable = "__IdentityMigrationsHistory";

    /// <summary>The Identity context on the connection string the storage context of the same database uses.</summary>
    public static WebIdentityDbContext Create(string connectionString, bool postgres) => postgres
        ? new PostgresWebIdentityDbContext(new DbContextOptionsBuilder<PostgresWebIdentityDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(HistoryTable)
                // Each request checks its session here first, so a restarting server's dropped connections are
                // tried again as the storage context does.
                .ExecutionStrategy(d => new NghiQuyet.Data.PostgresRetryStrategy(d))).Options)
        : new SqliteWebIdentityDbContext(new DbContextOptionsBuilder<SqliteWebIdentityDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable(HistoryTable)).Options);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<WebUser>(user =>
        {
            user.Property(u => u.OrganizationCode).HasMaxLength(16).IsRequired();
            user.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
            user.HasIndex(u => u.OrganizationCode);
        });
    }
}

public sealed class SqliteWebIdentityDbContext(DbContextOptions<SqliteWebIdentityDbContext> options) : WebIdentityDbContext(options);

public sealed class PostgresWebIdentityDbContext(DbContextOptions<PostgresWebIdentityDbContext> options) : WebIdentityDbContext(options);

/// <summary>
/// The accounts of the database a <c>--db</c> value names, read the way every <c>nghiquyet</c> command reads it
/// (<see cref="DbFactory.Options"/>: SQLite path or PostgreSQL connection string; empty = <see cref="DbFactory.DefaultSqlitePath"/>).
/// </summary>
public sealed record IdentityStore(string ConnectionString, bool IsPostgres, string Description)
{
    public static Result<IdentityStore> For(string? db) =>
        DbFactory.Options(db, new FixedUser(Environment.UserName), TimeProvider.System).Map(options =>
        {
            var connection = DbFactory.ConnectionString(options);
            var postgres = DbFactory.IsPostgres(options);
            return new IdentityStore(connection, postgres, Describe(connection, postgres));
        });

    public WebIdentityDbContext Create() => WebIdentityDbContext.Create(ConnectionString, IsPostgres);

    // Never the password: this line is printed.
    private static string Describe(string connection, bool postgres)
    {
        if (!postgres)
            return "SQLite " + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        var pg = new NpgsqlConnectionStringBuilder(connection);
        return $"PostgreSQL {pg.Host}/{pg.Database}";
    }
}

// Used by `dotnet ef migrations add` only (see Migrations/README.md).
internal sealed class SqliteIdentityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWebIdentityDbContext>
{
    public SqliteWebIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWebIdentityDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(WebIdentityDbContext.HistoryTable)).Options);
}

internal sealed class PostgresIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWebIdentityDbContext>
{
    public PostgresWebIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWebIdentityDbContext>()
            .UseNpgsql("Host=localhost;Database=nghiquyet", o => o.MigrationsHistoryTable(WebIdentityDbContext.HistoryTable)).Options);
}
