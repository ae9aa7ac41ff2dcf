using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NghiQuyet.Ingest.Reading.Encodings;

namespace NghiQuyet.Ingest.Reading.Docx;

/// <summary>
/// Word body → lines in reading order. A paragraph is a line (a manual line break inside it starts a new one); a table
/// row is one line with its cells. Runs typed in a legacy font (.VnTime → TCVN3, VNI-Times → VNI) are converted by
/// their font name. Call only after <see cref="ZipGuard"/> has accepted the bytes.
/// </summary>
internal sealed class DocxReader
{
    private readonly FontResolver _fonts;
    private readonly NumberingLabels _numbering;
    private readonly List<RawLine> _lines = [];

    /// <summary>True if some run was converted from a legacy font (for the document's encoding label).</summary>
    private string? _legacyEncoding;

    private DocxReader(MainDocumentPart main)
    {
        _fonts = new FontResolver(main.StyleDefinitionsPart?.Styles);
        _numbering = new NumberingLabels(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
    }

    /// <summary>Null lines when the package has no readable main document (not a Word file after all).</summary>
    public static (List<RawLine>? Lines, string? LegacyEncoding) Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var settings = new OpenSettings { MaxCharactersInPart = ZipGuard.MaxUncompressedBytes };
        using var document = WordprocessingDocument.Open(stream, false, settings);
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null)
            return (null, null);
        var reader = new DocxReader(main);
        reader.ReadBlocks(body);
        return (reader._lines, reader._legacyEncoding);
    }

    private void ReadBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    var text = ParagraphText(paragraph);
                    var label = _numbering.Next(paragraph);
                    if (label is not null)
                        text = label + " " + text;
                    foreach (var line in text.Split('\n'))
                        _lines.Add(new RawLine(line));
                    break;
                case Table table:
                    ReadTable(table);
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    ReadBlocks(child);
                    break;
            }
        }
    }

    // Merged cells: a horizontal span (gridSpan) keeps its text in its first column and leaves the columns it covers
    // empty, so every row keeps the header's column positions; a vertical merge (vMerge continuation) repeats the text
    // of the cell above, so every row stands on its own ("Đơn vị tính" merged down a group is in each of its rows).
    private void ReadTable(Table table)
    {
        var above = new Dictionary<int, string>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var gridBefore = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < gridBefore; i++)
                cells.Add(string.Empty);
            foreach (var cell in row.Elements<TableCell>())
            {
                var column = cells.Count;
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                string text;
                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                    text = above.GetValueOrDefault(column, string.Empty);
                else
                    text = CellText(cell);
                above[column] = text;
                cells.Add(text);
                for (var i = 1; i < span; i++)
                {
                    above[cells.Count] = string.Empty;
                    cells.Add(string.Empty);
                }
            }
            _lines.Add(new RawLine(string.Join('\t', cells), cells));
        }
    }

    /// <summary>A cell's paragraphs (and any nested table) on one line: cells cannot hold tabs or line breaks.</summary>
    private string CellText(TableCell cell)
    {
        var sb = new StringBuilder();
        foreach (var element in cell.Descendants().Where(e => e is Paragraph && !e.Ancestors<Paragraph>().Any()))
        {
            var text = ParagraphText((Paragraph)element);
            var label = _numbering.Next((Paragraph)element);
            if (label is not null)
                text = label + " " + text;
            if (text.Length == 0)
                continue;
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(text);
        }
        for (var i = 0; i < sb.Length; i++)
        {
            if (sb[i] is '\t' or '\n')
                sb[i] = ' ';
        }
        return sb.ToString().Trim();
    }

    private string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        var paragraphStyle = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        AppendInline(paragraph, sb, paragraphStyle);
        return sb.ToString();
    }

    private void AppendInline(OpenXmlElement element, StringBuilder sb, string? paragraphStyle)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    AppendRun(run, sb, paragraphStyle);
                    break;
                // A moved paragraph appears twice (moveFrom and moveTo); the deleted copy is not text.
                case ParagraphProperties or Table or Paragraph or MoveFromRun or DeletedRun:
                    break;
                default:
                    AppendInline(child, sb, paragraphStyle);
                    break;
            }
        }
    }

    private void AppendRun(Run run, StringBuilder sb, string? paragraphStyle)
    {
        var text = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                // Drawings, pictures and alternate content (text boxes, often duplicated in a fallback), field codes,
                // deleted text, symbols in symbol fonts: not part of the running text.
            }
        }
        if (text.Length == 0)
            return;
        var font = _fonts.FontOf(run, paragraphStyle);
        sb.Append(ConvertLegacy(text.ToString(), font));
    }

    private string ConvertLegacy(string text, string? font)
    {
        var encoding = FontResolver.LegacyEncodingOf(font);
        if (encoding is null)
            return text;
        var view = LegacyVietnamese.ToLatin1View(text);
        if (view is null)
            return text;
        _legacyEncoding = encoding;
        return encoding == TextDecoding.Tcvn3
            ? LegacyVietnamese.DecodeTcvn3(view, capitalFont: FontResolver.IsCapitalFont(font))
            : LegacyVietnamese.DecodeVni(view);
    }
}
