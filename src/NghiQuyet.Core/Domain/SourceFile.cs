using System.Security.Cryptography;

namespace NghiQuyet.Core.Domain;

/// <summary>The original bytes of an imported document, kept as they came, with their SHA-256 (which also spots a re-import).</summary>
public class SourceFile
{
    private SourceFile()
    {
        FileName = Sha256 = Format = ImportedBy = string.Empty;
        Content = [];
    }

    /// <summary>A document as uploaded, hashed and sized here.</summary>
    public SourceFile(string fileName, string format, byte[] content, string importedBy, DateTimeOffset importedAt)
    {
        Id = Guid.CreateVersion7(importedAt);
        FileName = fileName;
        Format = format;
        Content = content;
        Size = content.LongLength;
        Sha256 = HashOf(content);
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    /// <summary>Primary key.</summary>
    public Guid Id { get; private set; }
    /// <summary>The file's name as uploaded.</summary>
    public string FileName { get; private set; }
    /// <summary>"txt", "docx", "pdf", "ocr", "json" (an nq-extract/1 file imported as is).</summary>
    public string Format { get; private set; }
    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; private set; }
    /// <summary>Size in bytes.</summary>
    public long Size { get; private set; }
    /// <summary>The bytes as uploaded.</summary>
    public byte[] Content { get; private set; }
    /// <summary>Who imported it.</summary>
    public string ImportedBy { get; private set; }
    /// <summary>When it was imported.</summary>
    public DateTimeOffset ImportedAt { get; private set; }
    /// <summary>The document's text as read (lines joined by newlines), for full-text search; null where none was kept.</summary>
    public string? Text { get; private set; }

    /// <summary>Keeps the text the import read; Unicode-normalised (NFC) so that searching folds one spelling of each letter.</summary>
    public void KeepText(string? text) => Text = string.IsNullOrWhiteSpace(text) ? null : text.Normalize(System.Text.NormalizationForm.FormC);

    /// <summary>SHA-256 of the bytes, lower-case hex: the identity under which a re-import is recognised.</summary>
    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
