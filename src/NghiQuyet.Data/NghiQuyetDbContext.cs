using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data;

/// <summary>
/// The store. Not sealed: the web app derives from it (ASP.NET Identity). Providers differ only in the derived
/// <see cref="SqliteNghiQuyetDbContext"/> / <see cref="PostgresNghiQuyetDbContext"/>, each with its own migrations.
/// </summary>
public class NghiQuyetDbContext : DbContext
{
    public NghiQuyetDbContext(DbContextOptions<NghiQuyetDbContext> options) : base(options)
    {
    }

    /// <summary>For derived contexts, which pass their own typed options.</summary>
    protected NghiQuyetDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();
    public DbSet<Storage.StoredDocument> SourceDocuments => Set<Storage.StoredDocument>();
    public DbSet<Resolution> Resolutions => Set<Resolution>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<TargetRevision> TargetRevisions => Set<TargetRevision>();
    public DbSet<PreviousResult> PreviousResults => Set<PreviousResult>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    /// <summary>
    /// Why the next SaveChanges is made (a return comment, an unlock or correction reason): the audit interceptor
    /// writes it into the <see cref="AuditEntry.Note"/> of every entry of that save and then clears it, so a reason
    /// never leaks into a later, unrelated change.
    /// </summary>
    public string? AuditNote { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NghiQuyetDbContext).Assembly);
    }
}

public class SqliteNghiQuyetDbContext(DbContextOptions<SqliteNghiQuyetDbContext> options) : NghiQuyetDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset stored as text; as a binary number it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        // Decimals as text with the scale they were written with ("5" stays 5, "33.0" stays 33.0), as PostgreSQL's numeric does.
        configurationBuilder.Properties<decimal>().HaveConversion<ScaleKeepingDecimalConverter>();
        configurationBuilder.Properties<decimal?>().HaveConversion<ScaleKeepingDecimalConverter>();
    }
}

internal sealed class ScaleKeepingDecimalConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<decimal, string>(
    v => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
    s => decimal.Parse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture));

public class PostgresNghiQuyetDbContext(DbContextOptions<PostgresNghiQuyetDbContext> options) : NghiQuyetDbContext(options);
