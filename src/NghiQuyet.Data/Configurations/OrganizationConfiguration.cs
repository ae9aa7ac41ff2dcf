using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("Organizations");
        b.HasKey(o => o.Code);
        b.Property(o => o.Code).HasMaxLength(10);
        b.Property(o => o.Name).HasMaxLength(200).IsRequired();
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.ProvinceCode).HasMaxLength(10);
        b.Ignore(o => o.FullName);
        b.HasOne<Organization>().WithMany().HasForeignKey(o => o.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(o => o.Predecessors, p =>
        {
            p.ToTable("OrganizationPredecessors");
            p.WithOwner().HasForeignKey("OrganizationCode");
            p.Property<string>("OrganizationCode").HasMaxLength(10);
            p.HasKey("OrganizationCode", nameof(Predecessor.Code));
            p.Property(x => x.Code).HasMaxLength(10);
            p.Property(x => x.FullName).HasMaxLength(200).IsRequired();
            p.Property(x => x.District).HasMaxLength(200);
        });
        b.Navigation(o => o.Predecessors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
