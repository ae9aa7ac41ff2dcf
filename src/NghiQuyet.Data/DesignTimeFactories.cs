using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NghiQuyet.Data;

// Used by `dotnet ef migrations add` only (see Migrations/README.md); no database is touched.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNghiQuyetDbContext>
{
    public SqliteNghiQuyetDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNghiQuyetDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNghiQuyetDbContext>
{
    public PostgresNghiQuyetDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNghiQuyetDbContext>().UseNpgsql("Host=localhost;Database=nghiquyet").Options);
}
