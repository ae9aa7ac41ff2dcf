namespace NghiQuyet.Core.Text;

/// <summary>
/// A report read into normalised lines. Every reader (.txt, .docx, .pdf, OCR) produces this; the extractor reads only this.
/// </summary>
/// <param name="Name">File name, for messages.</param>
/// <param name="Format">"txt", "docx", "pdf", "ocr" …</param>
/// <param name="Lines">1-based, in order; <see cref="SourceLine.Number"/> is the line a user sees in the source.</param>
public sealed record SourceDocument(string Name, string Format, IReadOnlyList<SourceLine> Lines)
{
    /// <summary>Non-fatal reading problems, in Vietnamese.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The encoding the text was decoded from ("UTF-8", "TCVN3", "VNI", "Windows-1258", "UTF-16LE" …), null for binary formats.</summary>
    public string? Encoding { get; init; }
}

/// <summary>
/// One line of normalised text (NFC, folded spaces and quotes). <paramref name="Cells"/> is set for a row of a real table
/// (a Word or PDF table): the row's cells in order, and <paramref name="Text"/> is then the cells joined by a tab.
/// <paramref name="Original"/> is the text as it stood before any repair (tone-mark restoration), when it differs.
/// </summary>
public sealed record SourceLine(int Number, string Text, IReadOnlyList<string>? Cells = null, string? Original = null)
{
    /// <summary>Whether the line is a row of a real table.</summary>
    public bool IsTableRow => Cells is not null;
}
