using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Data.Configurations;

public sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> b)
    {
        b.ToTable("SourceDocuments");
        b.HasKey(d => d.SourceFileId);
        // One per source file, gone with it.
        b.HasOne<SourceFile>().WithOne().HasForeignKey<StoredDocument>(d => d.SourceFileId).OnDelete(DeleteBehavior.Cascade);
        b.Property(d => d.Json).IsRequired();
    }
}
