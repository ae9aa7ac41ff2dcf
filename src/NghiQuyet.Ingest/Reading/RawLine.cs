namespace NghiQuyet.Ingest.Reading;

/// <summary>A line as a format reader finds it, before normalisation and numbering. <paramref name="Cells"/> for a table row.</summary>
internal sealed record RawLine(string Text, IReadOnlyList<string>? Cells = null);
