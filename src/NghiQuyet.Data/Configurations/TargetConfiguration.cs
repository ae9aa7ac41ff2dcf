using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.ToTable("Targets");
        b.HasKey(t => t.Id);
        b.HasIndex(t => new { t.ResolutionId, t.Position }).IsUnique();
        b.Property(t => t.Item).HasMaxLength(20);
        b.Property(t => t.Group).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Name).HasMaxLength(1000).IsRequired();
        b.Property(t => t.Op).HasConversion<string>().HasMaxLength(20);
        // Decimals unconstrained (PostgreSQL "numeric" keeps the scale written: "33.0" stays 33.0, not 33.000000).
        b.Property(t => t.Value);
        b.Property(t => t.ValueMax);
        b.Property(t => t.Unit).HasMaxLength(100);
        b.Property(t => t.Cue).HasMaxLength(40);
        b.Property(t => t.CorrectedBy).HasMaxLength(200);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Property(t => t.CorrectedName).HasMaxLength(1000);
        b.Property(t => t.CorrectedOp).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.CorrectedValue);
        b.Property(t => t.CorrectedValueMax);
        b.Property(t => t.CorrectedUnit).HasMaxLength(100);
        b.HasMany(t => t.Revisions).WithOne().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(t => t.Correction);
        b.Ignore(t => t.EffectiveName);
        b.Ignore(t => t.EffectiveOp);
        b.Ignore(t => t.EffectiveValue);
        b.Ignore(t => t.EffectiveValueMax);
        b.Ignore(t => t.EffectiveUnit);
        b.Ignore(t => t.EffectiveYear);
        b.Ignore(t => t.NeedsLook);
    }
}
