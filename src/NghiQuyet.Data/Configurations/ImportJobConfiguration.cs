using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("ImportJobs");
        b.HasKey(j => j.Id);
        // The worker looks for the oldest queued job; the restart check for running ones.
        b.HasIndex(j => new { j.Status, j.CreatedAt });
        b.Property(j => j.FileName).HasMaxLength(400).IsRequired();
        b.Property(j => j.Bytes).IsRequired();
        b.Property(j => j.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(j => j.UnitCode).HasMaxLength(10);
        b.Property(j => j.RequestedBy).HasMaxLength(200).IsRequired();
        b.Property(j => j.RequestedRole).HasMaxLength(50).IsRequired();
        b.Property(j => j.RequestedOrganization).HasMaxLength(10);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.Message).HasMaxLength(2000);
        b.Property(j => j.Version).IsConcurrencyToken();
        b.Ignore(j => j.IsFinished);
    }
}
