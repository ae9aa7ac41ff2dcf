using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> b)
    {
        b.ToTable("Resolutions");
        b.HasKey(r => r.Id);
        b.Property(r => r.OrganizationCode).HasMaxLength(10).IsRequired();
        b.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.SourceFile).WithMany().HasForeignKey(r => r.SourceFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.OrganizationCode);
        b.Property(r => r.HeaderOrganization).HasMaxLength(400);
        b.Property(r => r.HeaderProvince).HasMaxLength(200);
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Diacritics).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.CreatedBy).HasMaxLength(200).IsRequired();
        b.Property(r => r.PublishedBy).HasMaxLength(200);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasMany(r => r.Targets).WithOne().HasForeignKey(t => t.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Results).WithOne().HasForeignKey(x => x.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Results).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
