using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NghiQuyet.Web.Identity;

/// <summary>
/// The Identity tables (AspNetUsers …) live in the project's database beside the storage tables, but in their own
/// context with their own migrations and history table: the storage model and its migrations stay untouched.
/// </summary>
public abstract class WebIdentityDbContext(DbContextOptions options) : IdentityDbContext<WebUser, IdentityRole, string>(options)
{
    public const string HistoryTable = "__IdentityMigrationsHistory";

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

// Used by `dotnet ef migrations add` only (see Identity/Migrations/README.md).
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
