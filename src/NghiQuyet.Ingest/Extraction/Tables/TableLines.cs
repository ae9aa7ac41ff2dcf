using System.Text.RegularExpressions;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>What a single line of a table region can be, recognised on its own.</summary>
internal static partial class TableLines
{
    [GeneratedRegex(@"^\s*((?:biểu|bieu|bảng|bang)\s+(?:số\s+|so\s+)?(?:\d{1,3}[a-z]?|[IVXL]{1,5})\b|(?:phụ|phu)\s+(?:lục|luc)(?:\s+(?:số\s+|so\s+)?(?:\d{1,3}[a-z]?|[IVXL]{1,5})\b)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^\s*(?<n>VIII|VII|III|II|IV|VI|IX|XII|XI|X|V|I|[A-E](?=[.)]))[.)\-–]?\s+(?<t>\p{L}.*)$")]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})(?:[.)](?!\d)|\s*$|\s+(?=\D))(?<t>.*)$")]
    private static partial Regex ItemPattern();

    /// <summary>"Biểu 01", "Phụ lục 2", "BIỂU SỐ 03" as printed; null when the line is no caption label.</summary>
    public static string? Label(string text)
    {
        var m = LabelPattern().Match(text);
        return m.Success ? Regex.Replace(m.Groups[1].Value.Trim(), @"\s+", " ") : null;
    }

    /// <summary>A caption line ("Biểu 02", "BIỂU CÁC CHỈ TIÊU …", "PHỤ LỤC"), which ends the table above it.</summary>
    public static bool IsCaption(string text)
    {
        if (Label(text) is not null)
            return true;
        var trimmed = text.Trim();
        var folded = VietnameseFold.Fold(trimmed);
        return (folded.StartsWith("bieu ", StringComparison.Ordinal) || folded.StartsWith("phu luc", StringComparison.Ordinal))
            && trimmed.Length > 8 && trimmed.ToUpperInvariant() == trimmed;
    }

    /// <summary>A roman-numbered group row: "I Nhóm chỉ tiêu chủ yếu về kinh tế" → "Nhóm chỉ tiêu chủ yếu về kinh tế".</summary>
    public static string? Group(string text)
    {
        var m = GroupPattern().Match(text);
        return m.Success ? m.Groups["t"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(?:[-–]\s*\d{1,3}\s*[-–]|(?:trang|page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberPattern();

    /// <summary>A page number left between two halves of a table: "- 25 -", "Trang 25".</summary>
    public static bool IsPageNumber(string text) => PageNumberPattern().IsMatch(text.Trim());

    /// <summary>The row under a header that numbers its columns: "(1) | (2) | (3)" or "1 | 2 | 3".</summary>
    public static bool IsColumnNumbering(IReadOnlyList<string> cells)
    {
        var values = cells.Select(c => c.Trim().Trim('(', ')')).Where(c => c.Length > 0).ToList();
        if (values.Count < 3)
            return false;
        for (var k = 0; k < values.Count; k++)
            if (!int.TryParse(values[k], out var n) || n != k + 1)
                return false;
        return true;
    }

    /// <summary>A cell holding only a group's roman numeral ("II", "IV.") or letter ("A.").</summary>
    public static bool IsGroupLabel(string cell)
    {
        var t = cell.Trim();
        return t.Length > 0 && Group(t + " x") is not null && !int.TryParse(t.TrimEnd('.', ')'), out _);
    }

    /// <summary>A row that opens with its number: "4", "12 Tỷ lệ …", "3. Thu nhập …".</summary>
    public static (int Number, string After)? Item(string text)
    {
        var m = ItemPattern().Match(text);
        return m.Success && int.TryParse(m.Groups["n"].Value, out var n) ? (n, m.Groups["t"].Value.Trim()) : null;
    }

    /// <summary>First line of a header: "TT Chỉ tiêu …", "STT Nội dung …", or a real row whose first cell is "TT".</summary>
    public static bool IsHeaderStart(SourceLine line)
    {
        if (line.Cells is { } cells)
        {
            var first = cells.Select(VietnameseFold.Fold).FirstOrDefault(c => c.Length > 0);
            return (first is "tt" or "stt" or "so tt" or "so thu tu"
                    && cells.Any(c => VietnameseFold.Fold(c) is var f && (f.Contains("chi tieu") || f.Contains("noi dung"))))
                || (first is not null && NamesColumn(first) && cells.Any(c => VietnameseFold.Fold(c) is "dvt" or "don vi" or "don vi tinh"));
        }
        var folded = VietnameseFold.Fold(line.Text);
        return (Regex.IsMatch(folded, @"^(s?tt|so tt)(\s|$)") && (folded.Contains("chi tieu") || folded.Contains("noi dung") || folded.Length <= 4))
            // No number column: "Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện", kept short so a sentence is not taken for it.
            || (NamesColumn(folded) && Regex.IsMatch(folded, @"\b(don vi|dvt)\b") && TableHeader.IsAllHeaderWords(folded));
    }

    private static bool NamesColumn(string folded) =>
        folded.StartsWith("chi tieu", StringComparison.Ordinal) || folded.StartsWith("noi dung", StringComparison.Ordinal)
        || folded.StartsWith("ten chi tieu", StringComparison.Ordinal);

    /// <summary>Whether every word of the line belongs to the header (a header the page break repeated).</summary>
    public static bool IsHeaderLike(string text, TableHeader header)
    {
        var words = VietnameseFold.Fold(text).Split([' ', '(', ')', '/', ',', ';', ':', '-', '–', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => header.Vocabulary.Contains(w) || FigureText.IsYear(w));
    }

    public static bool StartsLowercase(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && char.IsLetter(t[0]) && char.IsLower(t[0]);
    }
}
