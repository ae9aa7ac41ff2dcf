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
    public static RestoredDocument RestoreIfStripped(SourceDocument source)
    {
        var document = RestorableDocument.Of(source, () => ToneRestorer.TryDefault());
        return new RestoredDocument(document.Restored, document.MarksWereMissing);
    }

    /// <summary>Whether the document's text lacks its tone marks (and <see cref="RestoreIfStripped(SourceDocument)"/> would restore it).</summary>
    public static bool LooksStripped(SourceDocument source) => ToneMarkDetector.LooksStripped(source.Lines.Select(l => l.Text));
}

/// <summary>
/// A document as read and, where its text lacks its tone marks, its restoration: the one place that decides what is
/// restored and what the extractor reads. Each line is restored at most once, from the text the reader (or OCR) gave,
/// and only when someone asks: <see cref="Restored"/> for the text shown beside the targets, <see cref="RestoreName"/>
/// for the names the extractor reports.
/// </summary>
public sealed class RestorableDocument
{
    private readonly Lazy<Result<ToneRestorer>> _restorer;
    private readonly Lazy<SourceDocument> _restored;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    private RestorableDocument(SourceDocument read, bool marksWereMissing, Func<Result<ToneRestorer>> restorer)
    {
        Read = read;
        MarksWereMissing = marksWereMissing;
        _restorer = new Lazy<Result<ToneRestorer>>(restorer, LazyThreadSafetyMode.ExecutionAndPublication);
        _restored = new Lazy<SourceDocument>(Restore, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The document as the reader gave it.</summary>
    public SourceDocument Read { get; }

    public bool MarksWereMissing { get; }

    /// <param name="restorer">Called once, and only for a document whose marks are missing.</param>
    public static RestorableDocument Of(SourceDocument read, Func<Result<ToneRestorer>> restorer) =>
        new(read, DocumentRestoration.LooksStripped(read), restorer);

    /// <summary>
    /// The shipped restorer, loaded on another core as soon as the document is known to need it, so that the model
    /// loads while the extractor reads.
    /// </summary>
    public static RestorableDocument OfDefault(SourceDocument read)
    {
        if (!DocumentRestoration.LooksStripped(read))
            return new RestorableDocument(read, false, ToneRestorer.TryDefault);
        var loading = Task.Run(ToneRestorer.TryDefault);
        return new RestorableDocument(read, true, () => loading.GetAwaiter().GetResult());
    }

    /// <summary>
    /// What the extractor reads, decided once. A text with its marks: as read. A text without: each line as scanned (the
    /// OCR text, also of a line OCR itself restored: the extractor's OCR-tolerant recognisers find structure, figures and
    /// units there, where a restoration slip could hide a heading or a figure), except a table row's cells, which are its
    /// restored twin's: the table reader matches headings and names cell by cell. So only a document with table rows is
    /// restored before extraction.
    /// </summary>
    public SourceDocument ForExtraction
    {
        get
        {
            if (!MarksWereMissing || Read.Lines.All(l => l.Original is null && l.Cells is null))
                return Read;
            var restored = Read.Lines.Any(l => l.Cells is not null) ? Restored.Lines : null;
            return Read with
            {
                Lines = [.. Read.Lines.Select((l, i) =>
                {
                    var scanned = l.Original is null ? l : l with { Text = l.Original, Original = null };
                    return l.Cells is null || restored is null ? scanned : scanned with { Cells = restored[i].Cells };
                })],
            };
        }
    }

    /// <summary>
    /// The text shown beside the extraction (its line numbers are the extraction's): as read when its marks are there;
    /// otherwise each line restored, keeping what was read in <see cref="SourceLine.Original"/>; a restorer that cannot be
    /// loaded leaves the text as read, with its message among the warnings.
    /// </summary>
    public SourceDocument Restored => _restored.Value;

    /// <summary>The restorer's message when it cannot be loaded for a document that needs it, else null.</summary>
    public string? RestorerError => MarksWereMissing && !_restorer.Value.Success ? _restorer.Value.Error : null;

    /// <summary>
    /// A name the extractor reported, restored on its own (a name is decoded alone, so each distinct one is restored
    /// once, however often it is reported); unchanged when the marks were there or no restorer could be loaded.
    /// </summary>
    public string RestoreName(string name)
    {
        if (!MarksWereMissing || !_restorer.Value.Success)
            return name;
        if (!_names.TryGetValue(name, out var restored))
            _names[name] = restored = _restorer.Value.Value.RestoreLine(name);
        return restored;
    }

    private SourceDocument Restore()
    {
        if (!MarksWereMissing)
            return Read;
        var restorer = _restorer.Value;
        if (!restorer.Success)
            return Read with { Warnings = [.. Read.Warnings, restorer.Error] };
        // Each line is restored from what was scanned: a line OCR already restored (a low-confidence line) is decoded
        // from its OCR text, not restored a second time; where the decoder keeps the OCR text, OCR's reading stands.
        var read = Read.Lines.Select(l => l.Original ?? l.Text).ToList();
        var restored = restorer.Value.Restore(string.Join('\n', read)).Split('\n');
        var lines = new List<SourceLine>(Read.Lines.Count);
        for (var i = 0; i < Read.Lines.Count; i++)
        {
            var line = Read.Lines[i];
            var text = restored[i];
            if (text == read[i])
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
            lines.Add(line with { Text = text, Cells = cells, Original = read[i] });
        }
        return Read with { Lines = lines };
    }
}
