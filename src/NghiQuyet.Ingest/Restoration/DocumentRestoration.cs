using NghiQuyet.Core;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>A document after the restoration step, and whether its text had lost its tone marks.</summary>
public sealed record RestoredDocument(SourceDocument Source, bool MarksWereMissing);

/// <summary>
/// The step between reading and extraction: a document whose text lacks tone marks (OCR without a Vietnamese model,
/// text typed without marks) is restored line by line; each changed line keeps its OCR text in
/// <see cref="SourceLine.Original"/> so that the source line can still be shown as it was.
/// </summary>
public static class DocumentRestoration
{
    public static RestoredDocument RestoreIfStripped(SourceDocument source) =>
        RestoreIfStripped(source, () => ToneRestorer.TryDefault());

    /// <summary>Whether the document's text lacks its tone marks (and <see cref="RestoreIfStripped(SourceDocument)"/> would restore it).</summary>
    public static bool LooksStripped(SourceDocument source) => ToneMarkDetector.LooksStripped(source.Lines.Select(l => l.Text));

    public static RestoredDocument RestoreIfStripped(SourceDocument source, Func<Result<ToneRestorer>> restorerFactory)
    {
        var texts = source.Lines.Select(l => l.Text).ToList();
        if (!ToneMarkDetector.LooksStripped(texts))
            return new RestoredDocument(source, false);
        var restorer = restorerFactory();
        if (!restorer.Success)
            return new RestoredDocument(source with { Warnings = [.. source.Warnings, restorer.Error] }, true);
        var restored = restorer.Value.Restore(string.Join('\n', texts)).Split('\n');
        var lines = new List<SourceLine>(source.Lines.Count);
        for (var i = 0; i < source.Lines.Count; i++)
        {
            var line = source.Lines[i];
            var text = restored[i];
            if (text == line.Text)
            {
                lines.Add(line);
                continue;
            }
            var cells = line.Cells;
            if (cells is not null)
            {
                var split = text.Split('\t');
                cells = split.Length == cells.Count ? split : cells.Select(c => restorer.Value.RestoreLine(c)).ToList();
            }
            lines.Add(line with { Text = text, Cells = cells, Original = line.Original ?? line.Text });
        }
        return new RestoredDocument(source with { Lines = lines }, true);
    }
}
