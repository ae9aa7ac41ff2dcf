using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class TargetRevisionConfiguration : IEntityTypeConfiguration<TargetRevision>
{
    public void Configure(EntityTypeBuilder<TargetRevision> b)
    {
        b.ToTable("TargetRevisions");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.TargetId, r.Number }).IsUnique();
        b.Property(r => r.Name).HasMaxLength(1000).IsRequired();
        b.Property(r => r.Op).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Value);
        b.Property(r => r.ValueMax);
        b.Property(r => r.Unit).HasMaxLength(100);
        b.Property(r => r.Reason).HasMaxLength(1000).IsRequired();
        b.Property(r => r.RequestedBy).HasMaxLength(200).IsRequired();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DecidedBy).HasMaxLength(200);
        b.Property(r => r.DecisionNote).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}
