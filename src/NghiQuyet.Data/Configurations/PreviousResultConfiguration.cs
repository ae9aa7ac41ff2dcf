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
        // A complex type over the columns the row always had (no schema change).
        b.ComplexProperty(r => r.Row, row =>
        {
            row.Property(x => x.Table).HasColumnName("Table").HasMaxLength(100);
            row.Property(x => x.Name).HasColumnName("Name").HasMaxLength(1000).IsRequired();
            row.Property(x => x.Unit).HasColumnName("Unit").HasMaxLength(100);
            row.Property(x => x.Target).HasColumnName("TargetValue");
            row.Property(x => x.Actual).HasColumnName("Actual");
            row.Property(x => x.Verdict).HasColumnName("Verdict").HasConversion<string>().HasMaxLength(20);
            row.Property(x => x.Line).HasColumnName("Line");
        });
        b.Property(r => r.FormerUnitCode).HasMaxLength(10);
        b.Property(r => r.FormerUnitName).HasMaxLength(200);
    }
}
