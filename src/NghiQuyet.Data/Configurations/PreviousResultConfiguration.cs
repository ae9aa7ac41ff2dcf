using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class PreviousResultConfiguration : IEntityTypeConfiguration<PreviousResult>
{
    public void Configure(EntityTypeBuilder<PreviousResult> b)
    {
        b.ToTable("PreviousResults");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ResolutionId, r.Position }).IsUnique();
        b.Property(r => r.Table).HasMaxLength(100);
        b.Property(r => r.Name).HasMaxLength(1000).IsRequired();
        b.Property(r => r.Unit).HasMaxLength(100);
        b.Property(r => r.TargetValue);
        b.Property(r => r.Actual);
        b.Property(r => r.Verdict).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.FormerUnitCode).HasMaxLength(10);
        b.Property(r => r.FormerUnitName).HasMaxLength(200);
    }
}
