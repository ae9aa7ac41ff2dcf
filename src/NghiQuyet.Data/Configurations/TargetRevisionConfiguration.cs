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
        // A complex type over the columns the revision always had (no schema change).
        b.ComplexProperty(r => r.Terms, terms =>
        {
            terms.Property(x => x.Name).HasColumnName("Name").HasMaxLength(1000).IsRequired();
            terms.Property(x => x.Op).HasColumnName("Op").HasConversion<string>().HasMaxLength(20);
            terms.Property(x => x.Value).HasColumnName("Value");
            terms.Property(x => x.ValueMax).HasColumnName("ValueMax");
            terms.Property(x => x.Unit).HasColumnName("Unit").HasMaxLength(100);
            terms.Property(x => x.Year).HasColumnName("Year");
        });
        b.Property(r => r.Reason).HasMaxLength(1000).IsRequired();
        b.Property(r => r.RequestedBy).HasMaxLength(200).IsRequired();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DecidedBy).HasMaxLength(200);
        b.Property(r => r.DecisionNote).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}
