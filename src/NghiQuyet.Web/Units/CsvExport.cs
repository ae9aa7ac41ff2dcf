using System.Globalization;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Csv;

namespace NghiQuyet.Web.Units;

/// <summary>
/// The appendix tables as CSV for Excel on a Vietnamese Windows: UTF-8 with a BOM (without it Excel reads the bytes
/// as Windows-1258 and the tone marks break), fields separated by ';' and numbers written with a decimal comma and no
/// thousands dots.
/// Why ';': CultureInfo("vi-VN").TextInfo.ListSeparator is "," on .NET/ICU (checked: list ",", decimal ",", group
/// "."), the same character as the decimal mark, so it cannot separate Vietnamese numbers without quoting each one.
/// Excel takes the separator from the Windows list separator; where that is ',' (e.g. English number settings),
/// double-clicking puts a ';' file in one column and the user opens it with Data → From Text/CSV — the .xlsx export
/// is the one meant for Excel; the CSV is for programs and Excel with decimal-comma settings (where ';' is usual).
/// No "sep=;" first line: Excel then ignores the BOM and the tone marks break.
/// Why no thousands dots: "9.589" is 9589 to Vietnamese Excel but 9.589 to any program reading the file; without
/// them both read the same number ("9589", "36,5").
/// Layout: the Biểu 02 block (title, header with one column per year, group heading rows "I;Kinh tế"), one empty
/// line, then the Biểu 01 block.
/// Every cell goes through the shared <see cref="CsvWriter"/>, which neutralises formula-like text (issue 12).
/// </summary>
public static class CsvExport
{
    public const char Separator = ';';
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Write(UnitTables t)
    {
        var csv = new CsvWriter(Separator);
        void Line(params object?[] fields) => csv.Row(fields.Select(Field));

        Line(UnitTables.TargetsSheet, t.TargetsTitle);
        Line(t.UnitName + (t.ProvinceName is { } p ? " – " + p : ""));
        Line([.. new object?[] { Messages.ExportColumnNumber, Messages.ExportColumnIndicator, Messages.ExportColumnUnitOfMeasure, t.TargetHeader }, .. t.Years.Select(y => (object?)string.Format(Messages.ExportColumnResultInYear, y)), Messages.ExportColumnAssessment]);
        foreach (var g in t.Groups)
        {
            Line(g.Number, g.Name);
            foreach (var r in g.Rows)
                Line([r.Item, r.Name, r.Unit, r.Target, .. r.Figures.Cast<object?>(), r.Assessment]);
        }
        csv.EmptyLine();
        Line(UnitTables.PreviousSheet, t.PreviousTitle);
        Line(Messages.ExportColumnNumber, Messages.ExportColumnIndicator, Messages.ExportColumnUnit, Messages.ExportColumnResolutionTarget, Messages.ExportColumnResult, Messages.ExportColumnAssessment);
        foreach (var r in t.Previous)
            Line(r.Number, r.Name, r.Unit, r.Target, r.Actual, r.Verdict);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>"36,5", "9589": the decimal comma, no grouping.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", Vietnamese);

    private static string Field(object? value) => value switch
    {
        null => "",
        decimal d => Number(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
