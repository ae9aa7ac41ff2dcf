using System.Text;
using System.Text.RegularExpressions;

namespace NghiQuyet.Core.Csv;

/// <summary>
/// The one way the product writes CSV. Every text cell goes through <see cref="Cell"/>: quoted when it holds the
/// separator, a quote or a line break, and neutralised when a spreadsheet would take it for a formula.
/// Why: cell texts come from uploaded documents (target names, units, item labels); "=HYPERLINK(…)", "+1+cmd|…",
/// "@SUM(…)" in a name would run when an officer opens the export in Excel or LibreOffice (CSV/formula injection).
/// </summary>
public sealed partial class CsvWriter(char separator, string newLine = "\r\n")
{
    private readonly StringBuilder _text = new();

    /// <summary>The cell separator this writer uses.</summary>
    public char Separator => separator;

    /// <summary>Appends one row of cells, each quoted or neutralised as needed.</summary>
    public CsvWriter Row(params string?[] cells) => Row((IEnumerable<string?>)cells);

    /// <summary>Appends one row of cells, each quoted or neutralised as needed.</summary>
    public CsvWriter Row(IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
                _text.Append(separator);
            _text.Append(Cell(cell, separator));
            first = false;
        }
        _text.Append(newLine);
        return this;
    }

    /// <summary>Appends a blank line (between sections of an export).</summary>
    public CsvWriter EmptyLine()
    {
        _text.Append(newLine);
        return this;
    }

    /// <summary>The CSV written so far.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>One cell as written: neutralised (<see cref="Neutralise"/>), then quoted where needed.</summary>
    public static string Cell(string? text, char separator)
    {
        var value = Neutralise(text ?? "");
        return value.IndexOfAny([separator, '"', '\r', '\n']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }

    /// <summary>
    /// A cell starting with = + - @ tab or CR (OWASP's list) gets a leading apostrophe, which spreadsheets show as text
    /// and never evaluate; the text itself is kept whole. A plain number ("-1,5", "-12") is left alone: it is a value,
    /// not a formula, and must stay a number for whoever reads the file.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(text)
            ? "'" + text
            : text;

    [GeneratedRegex(@"^-?[0-9]+([.,][0-9]+)?$")]
    private static partial Regex PlainNumber();
}
