using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(a => a.Id);
        b.HasIndex(a => new { a.Entity, a.EntityId });
        b.Property(a => a.UserName).HasMaxLength(200).IsRequired();
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Entity).HasMaxLength(50).IsRequired();
        b.Property(a => a.Note).HasMaxLength(2000);
    }
}
