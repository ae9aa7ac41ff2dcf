using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NghiQuyet.Core;

namespace NghiQuyet.Web.Units;

/// <summary>
/// The appendix tables as an .xlsx written with DocumentFormat.OpenXml directly (no ClosedXML: the one served targets
/// OpenXml 2.x). Figures are numeric cells; their format codes ("#,##0", "#,##0.0#") are shown by Excel in the
/// reader's own regional style, so a Vietnamese Excel shows "9.589" and "36,5".
/// </summary>
public static class XlsxExport
{
    // Cell formats (indexes into CellFormats below).
    private const uint Plain = 0, Title = 1, Header = 2, Text = 3, Integer = 4, Decimal = 5, GroupRow = 6, Subtitle = 7, Centered = 8;
    private const uint DecimalFormatId = 164;

    public static byte[] Write(UnitTables tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            AddSheet(workbook, 1, UnitTables.TargetsSheet, Targets(tables));
            AddSheet(workbook, 2, UnitTables.PreviousSheet, Previous(tables));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>What one sheet holds: rows of cells, merged ranges, column widths.</summary>
    private sealed class Grid
    {
        public List<List<(object? Value, uint Style)>> Rows { get; } = [];
        public List<string> Merges { get; } = [];
        public List<double> Widths { get; } = [];

        public void Add(params (object? Value, uint Style)[] cells) => Rows.Add([.. cells]);

        /// <summary>A row with one text spanning <paramref name="columns"/> columns.</summary>
        public void Banner(string text, uint style, int columns)
        {
            var row = new List<(object?, uint)> { (text, style) };
            for (var i = 1; i < columns; i++)
                row.Add((null, style));
            Rows.Add(row);
            if (columns > 1)
                Merges.Add($"A{Rows.Count}:{Column(columns - 1)}{Rows.Count}");
        }
    }

    private static Grid Targets(UnitTables t)
    {
        var g = new Grid();
        var columns = 5 + t.Years.Count;
        g.Widths.AddRange([6, 48, 16, 18]);
        g.Widths.AddRange(t.Years.Select(_ => 11d));
        g.Widths.Add(22);
        g.Banner(UnitTables.TargetsSheet, Plain, 1);
        g.Banner(t.TargetsTitle, Title, columns);
        g.Banner(t.UnitName + (t.ProvinceName is { } p ? " – " + p : ""), Subtitle, columns);
        g.Add();

        // Two header rows: the fixed columns span both; "Kết quả thực hiện" spans the year columns.
        var top = g.Rows.Count + 1;
        var first = new List<(object?, uint)> { (Messages.ExportColumnNumber, Header), (Messages.ExportColumnIndicator, Header), (Messages.ExportColumnUnitOfMeasure, Header), (t.TargetHeader, Header) };
        var second = new List<(object?, uint)> { (null, Header), (null, Header), (null, Header), (null, Header) };
        for (var i = 0; i < t.Years.Count; i++)
        {
            first.Add((i == 0 ? Messages.ExportColumnResults : null, Header));
            second.Add((t.Years[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Header));
        }
        first.Add((Messages.ExportColumnAssessment, Header));
        second.Add((null, Header));
        g.Rows.Add(first);
        g.Rows.Add(second);
        for (var c = 0; c < 4; c++)
            g.Merges.Add($"{Column(c)}{top}:{Column(c)}{top + 1}");
        if (t.Years.Count > 1)
            g.Merges.Add($"{Column(4)}{top}:{Column(3 + t.Years.Count)}{top}");
        g.Merges.Add($"{Column(columns - 1)}{top}:{Column(columns - 1)}{top + 1}");

        foreach (var group in t.Groups)
        {
            var heading = new List<(object?, uint)> { (group.Number, GroupRow), (group.Name, GroupRow) };
            for (var c = 2; c < columns; c++)
                heading.Add((null, GroupRow));
            g.Rows.Add(heading);
            g.Merges.Add($"B{g.Rows.Count}:{Column(columns - 1)}{g.Rows.Count}");
            foreach (var r in group.Rows)
            {
                var row = new List<(object?, uint)> { (r.Item, Centered), (r.Name, Text), (r.Unit, Centered), (r.Target, Centered) };
                row.AddRange(r.Figures.Select(f => ((object?)f, NumberStyle(f))));
                row.Add((r.Assessment, Text));
                g.Rows.Add(row);
            }
        }
        return g;
    }

    private static Grid Previous(UnitTables t)
    {
        var g = new Grid();
        g.Widths.AddRange([6, 48, 16, 14, 14, 14]);
        g.Banner(UnitTables.PreviousSheet, Plain, 1);
        g.Banner(t.PreviousTitle, Title, 6);
        g.Banner(t.UnitName + (t.ProvinceName is { } p ? " – " + p : ""), Subtitle, 6);
        g.Add();
        g.Add((Messages.ExportColumnNumber, Header), (Messages.ExportColumnIndicator, Header), (Messages.ExportColumnUnit, Header), (Messages.ExportColumnResolutionTarget, Header), (Messages.ExportColumnResult, Header), (Messages.ExportColumnAssessment, Header));
        foreach (var r in t.Previous)
            g.Add((r.Number, Centered), (r.Name, Text), (r.Unit, Centered), (r.Target, NumberStyle(r.Target)), (r.Actual, NumberStyle(r.Actual)), (r.Verdict, Centered));
        return g;
    }

    private static uint NumberStyle(decimal? value) => value is { } v && v != Math.Truncate(v) ? Decimal : Integer;

    private static void AddSheet(WorkbookPart workbook, uint id, string name, Grid grid)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < grid.Rows[r].Count; c++)
            {
                var (value, style) = grid.Rows[r][c];
                var cell = new Cell { CellReference = $"{Column(c)}{r + 1}", StyleIndex = style };
                switch (value)
                {
                    case null:
                        break;
                    case decimal d:
                        cell.DataType = CellValues.Number;
                        cell.CellValue = new CellValue(d);
                        break;
                    case int i:
                        cell.DataType = CellValues.Number;
                        cell.CellValue = new CellValue(i);
                        break;
                    default:
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve });
                        break;
                }
                row.Append(cell);
            }
            data.Append(row);
        }
        var worksheet = new Worksheet();
        var columns = new Columns(grid.Widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        worksheet.Append(columns, data);
        if (grid.Merges.Count > 0)
            worksheet.Append(new MergeCells(grid.Merges.Select(m => new MergeCell { Reference = m })));
        worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
        part.Worksheet = worksheet;
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    internal static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Times New Roman" }),
            new Font(new Italic(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);
        var formats = new NumberingFormats(new NumberingFormat { NumberFormatId = DecimalFormatId, FormatCode = "#,##0.0#" });

        static CellFormat Format(uint font, uint border, uint numFmt, HorizontalAlignmentValues? h, bool wrap = false) => new(
            new Alignment { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
        {
            FontId = font, BorderId = border, NumberFormatId = numFmt, FillId = 0,
            ApplyFont = true, ApplyBorder = border > 0, ApplyNumberFormat = numFmt > 0, ApplyAlignment = true,
        };
        var cellFormats = new CellFormats(
            Format(0, 0, 0, null),                                        // Plain
            Format(2, 0, 0, HorizontalAlignmentValues.Center, true),      // Title
            Format(1, 1, 0, HorizontalAlignmentValues.Center, true),      // Header
            Format(0, 1, 0, HorizontalAlignmentValues.Left, true),        // Text
            Format(0, 1, 3, HorizontalAlignmentValues.Right),             // Integer: #,##0
            Format(0, 1, DecimalFormatId, HorizontalAlignmentValues.Right), // Decimal
            Format(1, 1, 0, HorizontalAlignmentValues.Left),              // GroupRow
            Format(3, 0, 0, HorizontalAlignmentValues.Center, true),      // Subtitle
            Format(0, 1, 0, HorizontalAlignmentValues.Center, true));     // Centered
        return new Stylesheet(formats, fonts, fills, borders, cellFormats);
    }
}
