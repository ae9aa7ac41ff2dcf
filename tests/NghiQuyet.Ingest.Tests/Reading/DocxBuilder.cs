using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NghiQuyet.Ingest.Tests.Reading;

/// <summary>Builds small .docx files in memory with the OpenXml SDK, the way Word lays them out.</summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _blocks = [];
    private Numbering? _numbering;
    private string? _defaultFont;

    /// <summary>The document's default font (styles.xml docDefaults), as old templates set .VnTime.</summary>
    public DocxBuilder WithDefaultFont(string font)
    {
        _defaultFont = font;
        return this;
    }

    public DocxBuilder Paragraph(string text, string? font = null) => Add(new Paragraph(MakeRun(text, font)));

    public DocxBuilder Paragraph(params Run[] runs) => Add(new Paragraph(runs));

    public DocxBuilder ListItem(string text, int numId = 1, int level = 0) =>
        Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            MakeRun(text, null)));

    /// <summary>A decimal list "(%1)" at level 0 and "%1.%2." at level 1, as numId 1.</summary>
    public DocxBuilder WithDecimalNumbering()
    {
        _numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "(%1)" }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        return this;
    }

    public DocxBuilder Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
        table.Append(rows);
        return Add(table);
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableRow Row(params string[] cells) => new(cells.Select(c => Cell(c)));

    public static TableCell Cell(string text, int span = 1, MergedCellValues? verticalMerge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
            properties.Append(new GridSpan { Val = span });
        if (verticalMerge is not null)
            properties.Append(new VerticalMerge { Val = verticalMerge });
        // A cell may hold several paragraphs; they come out on one line.
        var paragraphs = text.Split('|').Select(t => new Paragraph(MakeRun(t, null)));
        return new TableCell([properties, .. paragraphs]);
    }

    public static Run MakeRun(string text, string? font)
    {
        var run = new Run();
        if (font is not null)
            run.Append(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }));
        var parts = text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                run.Append(new Break());
            run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    private DocxBuilder Add(OpenXmlElement element)
    {
        _blocks.Add(element);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_blocks.Select(b => b.CloneNode(true))));
            if (_defaultFont is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(new RunPropertiesDefault(
                    new RunPropertiesBaseStyle(new RunFonts { Ascii = _defaultFont, HighAnsi = _defaultFont }))));
            }
            if (_numbering is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = (Numbering)_numbering.CloneNode(true);
        }
        return stream.ToArray();
    }
}
