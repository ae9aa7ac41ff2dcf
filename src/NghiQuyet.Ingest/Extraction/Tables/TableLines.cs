using System.Text.RegularExpressions;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>What a single line of a table region can be, recognised on its own.</summary>
internal static partial class TableLines
{
    // Made once: these run on every line of a report, and a params array would be built at each call.
    private static readonly char[] CellGaps = [' ', '\t', '|'];
    private static readonly char[] HeaderWordGaps = [' ', '\t', '|', '(', ')', '/', ',', ';', ':', '-', '–', '.'];

    [GeneratedRegex(@"^\s*((?:biểu|bieu|bảng|bang)\s+(?:số\s+|so\s+)?(?:\d{1,3}[a-z]?|[IVXL]{1,5})\b|(?:phụ|phu)\s+(?:lục|luc)(?:\s+(?:số\s+|so\s+)?(?:\d{1,3}[a-z]?|[IVXL]{1,5})\b)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^[\s|]*(?<n>VIII|VII|III|II|IV|VI|IX|XII|XI|X|V|I|[A-H](?=[.)]|[\s|]+\p{Lu}))[.)\-–]?[\s|]+(?<t>\p{L}.*)$")]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})(?:[.)](?!\d)|\s*$|\s+(?=\D))(?<t>.*)$")]
    private static partial Regex ItemPattern();

    /// <summary>"Biểu 01", "Phụ lục 2", "BIỂU SỐ 03" as printed; null when the line is no caption label.</summary>
    public static string? Label(string text)
    {
        // Matched on the folded text, so that a scan's "Biéu 03" or "Phu luc" is a caption too; the label keeps its print.
        var folded = Text.MatchText.Create(text, false);
        var m = LabelPattern().Match(folded.Folded);
        return m.Success ? Regex.Replace(folded.Slice(m.Groups[1].Index, m.Groups[1].Index + m.Groups[1].Length).Trim(), @"\s+", " ") : null;
    }

    /// <summary>A caption line ("Biểu 02", "BIỂU CÁC CHỈ TIÊU …", "PHỤ LỤC"), which ends the table above it.</summary>
    public static bool IsCaption(string text)
    {
        if (Label(text) is not null)
            return true;
        var trimmed = text.Trim();
        var folded = VietnameseFold.Fold(trimmed);
        return (folded.StartsWith("bieu ", StringComparison.Ordinal) || folded.StartsWith("phu luc", StringComparison.Ordinal))
            && trimmed.Length > 8 && string.Equals(trimmed.ToUpperInvariant(), trimmed, StringComparison.Ordinal);
    }

    /// <summary>
    /// A group row: "I Nhóm chỉ tiêu chủ yếu về kinh tế" → "Nhóm chỉ tiêu chủ yếu về kinh tế", "A | Chỉ tiêu kinh tế",
    /// and — whatever OCR made of its numeral ("I11", "Il", "1V") or without one — a row that reads as a group heading
    /// ("Nhóm chỉ tiêu về xã hội", "Chỉ tiêu về môi trường") and holds no figure.
    /// </summary>
    public static string? Group(string text)
    {
        var m = GroupPattern().Match(text);
        if (m.Success)
            return m.Groups["t"].Value.Trim();
        var d = DamagedLabelPattern().Match(text);
        if (d.Success && IsGroupHeading(d.Groups["t"].Value))
            return d.Groups["t"].Value.Trim();
        return null;
    }

    // A group's label as printed or as OCR misread it: roman numerals with l/1/|/! for I, a capital letter, a number;
    // the heading after it.
    [GeneratedRegex(@"^[\s|]*(?:(?:[IVXLl1|!]{1,5}|[A-H]|\d{1,2})\s*[.)\-–:|]?\s+)?(?<t>\p{L}.*)$")]
    private static partial Regex DamagedLabelPattern();

    [GeneratedRegex(@"^(?:cac\s+|nhom\s+)?(?:nhom|chi\s+tieu|linh\s+vuc)\b(?:\s+(?:chu\s+yeu|co\s+ban))?\s+(?:ve|kinh|xa|van|moi|quoc|an|xay|dang|he|phat|chinh|khoa|giao|y|nong|cong|thu|lao|tai)\b")]
    private static partial Regex GroupHeadingPattern();

    /// <summary>Whether a cell reads as a group heading by its words (OCR-tolerant) and holds no figure.</summary>
    public static bool IsGroupHeading(string text)
    {
        var words = text.Split(CellGaps, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 16 || words.Any(w => FigureText.IsFigure(w, allowPercent: true) && !FigureText.IsYear(w)))
            return false;
        // The heading words by their look-alike repair ("Nh6m chi tiéu vé x4 hdi" reads "nhom chi tieu ve xa hoi").
        var folded = string.Join(' ', words.Select(w => OcrChannel.Shipped.RepairFolded(VietnameseFold.Fold(w))));
        return GroupHeadingPattern().IsMatch(folded);
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
    public static bool IsGroupLabel(string cell) => GroupLabelPattern().IsMatch(cell.Trim());

    [GeneratedRegex(@"^(?:VIII|VII|III|II|IV|VI|IX|XII|XI|X|V|I|[A-H])[.)]?$")]
    private static partial Regex GroupLabelPattern();

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
        var trimmed = line.Text.TrimStart(CellGaps);
        if (!MayOpenHeader(trimmed))
            return false;
        var folded = VietnameseFold.Fold(trimmed);
        // Every line of a report passes here: the OCR skeleton is made only for a line that may open with "STT"/"TT".
        var firstWord = folded.IndexOf(' ') is var space and >= 0 ? space : folded.Length;
        var skeleton = firstWord is >= 2 and <= 3 && folded[0] is 's' or 't' or 'i' or 'l' or '1' ? SkeletonLine(folded) : folded;
        return (Regex.IsMatch(skeleton, @"^(s?tt|so tt|s?it|s?ti)(\s|$)")
                && (skeleton.Contains(ChiTieu, StringComparison.Ordinal) || skeleton.Contains(NoiDung, StringComparison.Ordinal) || folded.Length <= 4)
                && (folded.StartsWith("tt", StringComparison.Ordinal) || folded.StartsWith("stt", StringComparison.Ordinal)
                    || folded.StartsWith("so tt", StringComparison.Ordinal) || TableHeader.HeaderWordShare(folded) >= 0.6))
            // No number column: "Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện", kept short so a sentence is not taken for it.
            || (NamesColumn(folded) && Regex.IsMatch(folded, @"\b(don vi|dvt)\b") && TableHeader.IsAllHeaderWords(folded));
    }

    /// <summary>
    /// False when the line cannot open a header, known from its first word alone: both readings below need the fold to
    /// open with a word of two or three letters, "stt"/"tt" as printed or misread (s, t, i, l or 1 first) or the names
    /// column's "chỉ"/"nội"/"tên". Folding the whole line is the dearest step of looking for tables, and every line of a
    /// report comes here. (A word's fold is the fold's first word: white space never combines with what follows it.)
    /// </summary>
    private static bool MayOpenHeader(string trimmed)
    {
        var start = 0;
        while (start < trimmed.Length && char.IsWhiteSpace(trimmed[start]))
            start++;
        var end = start;
        var ascii = true;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
            ascii &= trimmed[end++] < 128;
        if (end == start)
            return false;
        if (ascii && end - start is not (2 or 3))
            return false;
        var word = ascii ? trimmed[start..end].ToLowerInvariant() : VietnameseFold.Fold(trimmed[start..end]);
        // A word of marks alone folds to nothing: the whole line decides.
        return word.Length == 0
            || (word.Length is 2 or 3 && (word[0] is 's' or 't' or 'i' or 'l' or '1' || word is "chi" or "noi" or "ten"));
    }

    private static readonly string ChiTieu = OcrChannel.Skeleton("chi") + " " + OcrChannel.Skeleton("tieu");
    private static readonly string NoiDung = OcrChannel.Skeleton("noi") + " " + OcrChannel.Skeleton("dung");

    /// <summary>A line's words by their OCR skeleton, "|" and tabs read as spaces.</summary>
    private static string SkeletonLine(string text) =>
        string.Join(' ', text.Split(CellGaps, StringSplitOptions.RemoveEmptyEntries).Select(OcrChannel.Skeleton));

    private static bool NamesColumn(string folded) =>
        folded.StartsWith("chi tieu", StringComparison.Ordinal) || folded.StartsWith("noi dung", StringComparison.Ordinal)
        || folded.StartsWith("ten chi tieu", StringComparison.Ordinal);

    /// <summary>Whether every word of the line belongs to the header (a header the page break repeated).</summary>
    /// <remarks>
    /// Compared by OCR skeleton and by share, not word for word: the header a scan repeats after a page break is misread
    /// differently each time ("Thyc hién", "Két qua"), and a stray glyph must not end the table.
    /// </remarks>
    public static bool IsHeaderLike(string text, TableHeader header)
    {
        var words = text.Split(HeaderWordGaps, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit)).Select(OcrChannel.Skeleton).ToList();
        if (words.Count == 0 || words.Any(w => FigureText.IsFigure(w, allowPercent: true) && !FigureText.IsYear(w)))
            return false;
        var known = words.Count(w => header.Vocabulary.Contains(w) || FigureText.IsYear(w));
        return (known == words.Count || (words.Count >= 3 && known >= 0.7 * words.Count)) && header.CouldRepeat(text);
    }

    public static bool StartsLowercase(string text)
    {
        var t = text.TrimStart();
        return t.Length > 0 && char.IsLetter(t[0]) && char.IsLower(t[0]);
    }
}
