using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> b)
    {
        b.ToTable("Measurements");
        b.HasKey(m => m.Id);
        // One figure per target and year.
        b.HasIndex(m => new { m.TargetId, m.Year }).IsUnique();
        b.HasOne<Target>().WithMany().HasForeignKey(m => m.TargetId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.Value);
        b.Property(m => m.Numerator);
        b.Property(m => m.Denominator);
        b.Property(m => m.Note).HasMaxLength(2000);
        b.Property(m => m.Source).HasMaxLength(1000);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.EnteredBy).HasMaxLength(200).IsRequired();
        b.Property(m => m.UpdatedBy).HasMaxLength(200).IsRequired();
        b.Property(m => m.SubmittedBy).HasMaxLength(200);
        b.Property(m => m.ApprovedBy).HasMaxLength(200);
        b.Property(m => m.LockedBy).HasMaxLength(200);
        b.Property(m => m.Version).IsConcurrencyToken();
    }
}
