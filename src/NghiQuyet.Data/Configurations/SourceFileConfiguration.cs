using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Configurations;

public sealed class SourceFileConfiguration : IEntityTypeConfiguration<SourceFile>
{
    public void Configure(EntityTypeBuilder<SourceFile> b)
    {
        b.ToTable("SourceFiles");
        b.HasKey(f => f.Id);
        b.Property(f => f.FileName).HasMaxLength(400).IsRequired();
        b.Property(f => f.Format).HasMaxLength(20).IsRequired();
        b.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        b.HasIndex(f => f.Sha256).IsUnique();
        b.Property(f => f.Content).IsRequired();
        b.Property(f => f.ImportedBy).HasMaxLength(200).IsRequired();
    }
}
