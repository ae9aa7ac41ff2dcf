using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

internal enum ColumnKind
{
    Item,
    Name,
    Unit,
    /// <summary>An earlier year's figure ("Năm 2020", "Thực hiện 2020"), the start point; not the target.</summary>
    Baseline,
    /// <summary>The resolution's figure: "Chỉ tiêu NQ", "Kế hoạch", "Mục tiêu đến 2030".</summary>
    Target,
    /// <summary>The achieved figure: "Kết quả thực hiện", "Thực hiện", "Ước thực hiện năm 2025".</summary>
    Actual,
    /// <summary>
    /// The new term's target in a table that first assesses the old term ("… | Thực hiện 2025 | Tỷ lệ (%) | Mục tiêu
    /// 2030 | Ghi chú"): a target column standing after the achieved figure.
    /// </summary>
    NewTarget,
    /// <summary>"Đánh giá", "Mức độ": a verdict word (now and then a figure).</summary>
    Assessment,
    /// <summary>"So sánh (%)", "Tỷ lệ %": achieved over target, a figure.</summary>
    Ratio,
    Note,
}

/// <summary>
/// A table's columns, read from its header in order: whether it spans several flattened lines ("Kết" / "quả" / "thực" /
/// "hiện") or stands in real cells. Keyword matching is on folded text so that OCR without tone marks still reads.
/// </summary>
internal sealed class TableHeader
{
    private sealed record Phrase(string[] Words, ColumnKind Kind, bool AlwaysNew = false);

    // Longest first, so "chỉ tiêu nq" is taken before "chỉ tiêu".
    private static readonly Phrase[] Phrases =
    [
        .. new (string, ColumnKind, bool)[]
        {
            ("ten chi tieu", ColumnKind.Name, false), ("noi dung chi tieu", ColumnKind.Name, false), ("noi dung", ColumnKind.Name, false),
            ("don vi tinh", ColumnKind.Unit, false), ("don vi", ColumnKind.Unit, false), ("dvt", ColumnKind.Unit, false), ("dv tinh", ColumnKind.Unit, false),
            ("chi tieu nghi quyet", ColumnKind.Target, false), ("chi tieu nq", ColumnKind.Target, false), ("chi tieu dai hoi", ColumnKind.Target, false),
            ("chi tieu ke hoach", ColumnKind.Target, false), ("chi tieu giao", ColumnKind.Target, false),
            ("nghi quyet", ColumnKind.Target, false), ("nq", ColumnKind.Target, false), ("ke hoach", ColumnKind.Target, false),
            ("muc tieu", ColumnKind.Target, false), ("kh", ColumnKind.Target, false), ("du kien", ColumnKind.Target, false),
            ("phuong huong", ColumnKind.Target, false), ("chi tieu nhiem ky", ColumnKind.Target, false),
            ("ket qua thuc hien", ColumnKind.Actual, false), ("ket qua", ColumnKind.Actual, false),
            ("uoc thuc hien", ColumnKind.Actual, true), ("uoc th", ColumnKind.Actual, true), ("uoc dat", ColumnKind.Actual, true),
            ("thuc hien", ColumnKind.Actual, false), ("dat duoc", ColumnKind.Actual, false), ("th", ColumnKind.Actual, false),
            ("danh gia", ColumnKind.Assessment, false), ("so sanh", ColumnKind.Ratio, false), ("ty le", ColumnKind.Ratio, false),
            ("ty le hoan thanh", ColumnKind.Ratio, false), ("ty le dat", ColumnKind.Ratio, false),
            ("muc do", ColumnKind.Assessment, false),
            ("ghi chu", ColumnKind.Note, false), ("ghi", ColumnKind.Note, false),
            ("stt", ColumnKind.Item, false), ("tt", ColumnKind.Item, false), ("so tt", ColumnKind.Item, false),
        }.Select(p => new Phrase([.. p.Item1.Split(' ').Select(OcrChannel.Skeleton)], p.Item2, p.Item3)).OrderByDescending(p => p.Words.Length),
    ];

    // Header words compared by their OCR skeleton ("Thyc hién" is "Thực hiện"), so a scanned header still reads.
    private static readonly string[] ChiTieu = [.. new[] { "chi", "tieu" }.Select(OcrChannel.Skeleton)];
    private static readonly string[] ChiTieuNq = [.. ChiTieu, OcrChannel.Skeleton("nq")];
    private static readonly string[] ChiTieuNghiQuyet = [.. ChiTieu, OcrChannel.Skeleton("nghi"), OcrChannel.Skeleton("quyet")];
    private static readonly string[] ChiTieuDaiHoi = [.. ChiTieu, OcrChannel.Skeleton("dai"), OcrChannel.Skeleton("hoi")];
    private static readonly string Nam = OcrChannel.Skeleton("nam");
    private static readonly HashSet<string> YearQualifiers = [.. new[] { "den", "toi", "dat", "ky", "doan", "cua", "trong" }.Select(OcrChannel.Skeleton)];
    // What a ratio or result is compared with: "so với NQ", "so vai NQ" (a misread "với").
    private static readonly HashSet<string> ComparisonBases = [.. new[] { "nq", "nghi", "kh", "ke" }.Select(OcrChannel.Skeleton)];
    private static readonly HashSet<string> BaseWords = [.. new[] { "voi", "so" }.Select(OcrChannel.Skeleton)];

    /// <summary>Words a header is made of besides the column keywords.</summary>
    private static readonly HashSet<string> FillerWords =
        ["dai", "hoi", "nhiem", "ky", "den", "nam", "giai", "doan", "so", "voi", "cua", "dang", "bo", "xa", "huyen", "tinh", "lan",
         "thu", "chu", "yeu", "ve", "va", "theo", "trong", "%"];

    /// <summary>A line made only of header words (so a sentence that opens with "Chỉ tiêu" is not taken for a header).</summary>
    public static bool IsAllHeaderWords(string text) =>
        Words(text).All(w => SkeletonFiller.Contains(w) || FigureText.IsYear(w) || Phrases.Any(p => p.Words.Contains(w))
            || ChiTieu.Contains(w) || TableLines.IsGroupLabel(w.ToUpperInvariant()));

    /// <summary>Share of a line's words that are header words (column keywords, filler, years): 1 for a clean header.</summary>
    public static double HeaderWordShare(string text)
    {
        var words = Words(text);
        return words.Count == 0 ? 0 : words.Count(w => FigureText.IsYear(w) || IsHeaderWord(w)) / (double)words.Count;
    }

    /// <summary>Whether a word (as <see cref="OcrChannel.Skeleton"/>) is a column keyword or header filler.</summary>
    public static bool IsHeaderWord(string skeleton) =>
        SkeletonFiller.Contains(skeleton) || ChiTieu.Contains(skeleton) || Phrases.Any(p => p.Words.Contains(skeleton));

    private static readonly HashSet<string> SkeletonFiller = [.. FillerWords.Select(OcrChannel.Skeleton)];

    public IReadOnlyList<ColumnKind> Columns { get; }

    /// <summary>Folded words the header was made of, to recognise it when a page break repeats it.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    private TableHeader(IReadOnlyList<ColumnKind> columns, IReadOnlySet<string> vocabulary)
    {
        Columns = columns;
        Vocabulary = vocabulary;
    }

    public bool Has(ColumnKind kind) => Columns.Contains(kind);

    /// <summary>
    /// Whether a line could be (part of) this header printed again: its own columns, in order, are among this header's
    /// (the new target column of a repeat counts as a target). A different table's header names a column this one lacks.
    /// </summary>
    public bool CouldRepeat(string text)
    {
        var other = FromText(text).Columns;
        var k = 0;
        foreach (var kind in other)
        {
            var at = k;
            while (at < Columns.Count && Columns[at] != kind && !(kind == ColumnKind.Target && Columns[at] == ColumnKind.NewTarget))
                at++;
            if (at < Columns.Count)
                k = at + 1;
            // A number or note column a scan left unread in the first header may read in the repeat.
            else if (kind is not (ColumnKind.Item or ColumnKind.Note))
                return false;
        }
        return true;
    }

    /// <summary>An assessment of the past term: target beside what was achieved, or a verdict column.</summary>
    public bool IsAssessment => Has(ColumnKind.Name)
        && (Has(ColumnKind.Actual) || (Has(ColumnKind.Target) && (Has(ColumnKind.Assessment) || Has(ColumnKind.Ratio))));

    /// <summary>Whether the table states targets for the new term: a targets table, or a combined one with a new-target column.</summary>
    public bool HasNewTargets => IsTargets || (Has(ColumnKind.Name) && Has(ColumnKind.NewTarget));

    /// <summary>A table of targets alone (Biểu 03: "Mục tiêu đến 2030").</summary>
    public bool IsTargets => Has(ColumnKind.Name) && Has(ColumnKind.Target) && !Has(ColumnKind.Actual) && !Has(ColumnKind.Assessment)
        && !Has(ColumnKind.Ratio);

    /// <summary>The columns, left to right, that a flattened row's trailing figures fill (a verdict column may hold one too).</summary>
    public IReadOnlyList<ColumnKind> FigureColumns =>
        [.. Columns.Where(c => c is ColumnKind.Baseline or ColumnKind.Target or ColumnKind.Actual or ColumnKind.Ratio or ColumnKind.Assessment or ColumnKind.NewTarget)];

    /// <summary>Header of a flattened table: all its words in reading order.</summary>
    public static TableHeader FromText(string text)
    {
        var words = Words(text);
        return new TableHeader(Classify(words, null, Capitalised(text, words.Count)), words.ToHashSet());
    }

    /// <summary>Header of a real table: one entry per cell (cells of stacked header rows already joined).</summary>
    public static TableHeader FromCells(IReadOnlyList<string> cells)
    {
        var kinds = new List<ColumnKind>();
        var vocabulary = new HashSet<string>();
        var nameSeen = false;
        foreach (var cell in cells)
        {
            var words = Words(cell);
            vocabulary.UnionWith(words);
            var found = Classify(words, nameSeen ? ColumnKind.Name : null, Capitalised(cell, words.Count));
            if (found.Count == 0 && words.Any(FigureText.IsYear))
                found.Add(ColumnKind.Baseline);
            // A cell no keyword names (or left empty by a span) is read like a note: kept, never a figure.
            var kind = found.Count > 0 ? found[0] : ColumnKind.Note;
            if (kind == ColumnKind.Name)
                nameSeen = true;
            kinds.Add(kind);
        }
        return new TableHeader(MarkNewTarget(MarkBaseline(kinds)), vocabulary);
    }

    private static readonly char[] Separators = [' ', '\t', '|', '(', ')', '/', ',', ';', ':', '-', '–', '.'];

    private static List<string> Words(string text) =>
        [.. text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(OcrChannel.Skeleton)];

    /// <summary>Which words start with a capital in the original: "Năm 2025" opens a cell, "… năm 2025" qualifies one.</summary>
    private static bool[] Capitalised(string text, int count)
    {
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == count ? [.. words.Select(w => char.IsUpper(w[0]))] : new bool[count];
    }

    /// <summary>Column kinds in the order the words name them; a phrase of the current column's kind continues it.</summary>
    private static List<ColumnKind> Classify(List<string> words, ColumnKind? nameAlreadySeen, bool[] capitalised)
    {
        var kinds = new List<ColumnKind>();
        var nameSeen = nameAlreadySeen is not null;
        for (var i = 0; i < words.Count;)
        {
            Phrase? hit = null;
            if (Matches(words, i, ChiTieu) && !nameSeen && !Matches(words, i, ChiTieuNq)
                && !Matches(words, i, ChiTieuNghiQuyet) && !Matches(words, i, ChiTieuDaiHoi))
                hit = new Phrase(ChiTieu, ColumnKind.Name);
            else if (Matches(words, i, ChiTieu) && nameSeen)
                hit = new Phrase(ChiTieu, ColumnKind.Target);
            hit ??= Phrases.FirstOrDefault(p => Matches(words, i, p.Words)) ?? Phrases.FirstOrDefault(p => NearlyMatches(words, i, p.Words));
            // "Năm 2020 | … | Năm 2025": a bare year heads a figure column, unless it qualifies the column before
            // ("Ước thực hiện năm 2025", "Mục tiêu đến năm 2030").
            if (hit is null && words[i] == Nam && i + 1 < words.Count && FigureText.IsYear(words[i + 1])
                && (capitalised[i] || kinds.Count == 0 || kinds[^1] is ColumnKind.Item or ColumnKind.Name or ColumnKind.Unit)
                && !(i > 0 && YearQualifiers.Contains(words[i - 1])))
                hit = new Phrase([Nam, words[i + 1]], ColumnKind.Actual, AlwaysNew: true);
            if (hit is null)
            {
                i++;
                continue;
            }
            if (hit.Kind == ColumnKind.Name)
                nameSeen = true;
            var continues = kinds.Count > 0 && kinds[^1] == hit.Kind && !hit.AlwaysNew;
            // "Kết quả thực hiện so với NQ", "Tỷ lệ % so với NQ": the "nq" belongs to the column it follows.
            if (hit.Kind == ColumnKind.Target && kinds.Count > 0 && kinds[^1] is ColumnKind.Actual or ColumnKind.Assessment or ColumnKind.Ratio
                && ((i > 0 && BaseWords.Contains(words[i - 1])) || (i > 1 && BaseWords.Contains(words[i - 2]) && ComparisonBases.Contains(words[i]))))
                continues = true;
            if (!continues)
                kinds.Add(hit.Kind);
            i += hit.Words.Length;
        }
        return MarkNewTarget(MarkBaseline(kinds));
    }

    /// <summary>
    /// A target column after the achieved figure is the new term's ("Chỉ tiêu NQ 2020-2025 | Thực hiện | Tỷ lệ % |
    /// Mục tiêu 2030"): assessment first, then what the next term aims at — the order the province tables print.
    /// </summary>
    private static List<ColumnKind> MarkNewTarget(List<ColumnKind> kinds)
    {
        var firstActual = kinds.IndexOf(ColumnKind.Actual);
        // Only where the old term's target stands before the achieved figure: "Kết quả đạt được | Mục tiêu NQ | Đánh
        // giá" prints its one target after the result, and that target is the old one.
        if (firstActual < 0 || kinds.IndexOf(ColumnKind.Target) is var firstTarget && (firstTarget < 0 || firstTarget > firstActual))
            return kinds;
        for (var k = firstActual + 1; k < kinds.Count; k++)
            if (kinds[k] == ColumnKind.Target)
                kinds[k] = ColumnKind.NewTarget;
        return kinds;
    }

    /// <summary>Of two achieved-figure columns ("Thực hiện 2020", "Ước thực hiện 2025") the earlier is the baseline.</summary>
    private static List<ColumnKind> MarkBaseline(List<ColumnKind> kinds)
    {
        var actuals = kinds.Select((k, i) => (k, i)).Where(x => x.k == ColumnKind.Actual).Select(x => x.i).ToList();
        for (var j = 0; j < actuals.Count - 1; j++)
            kinds[actuals[j]] = ColumnKind.Baseline;
        return kinds;
    }

    /// <summary>
    /// A two-word keyword with one word a glyph off ("Thu hién" for "Thực hiện", "Ket qud"): a scan rarely damages both
    /// words of a column's name, and a header holds few other words to be confused with.
    /// </summary>
    private static bool NearlyMatches(List<string> words, int start, string[] phrase)
    {
        if (phrase.Length != 2 || start + 2 > words.Count)
            return false;
        var exact = (words[start] == phrase[0] ? 1 : 0) + (words[start + 1] == phrase[1] ? 1 : 0);
        if (exact != 1)
            return false;
        var (word, canonical) = words[start] == phrase[0] ? (words[start + 1], phrase[1]) : (words[start], phrase[0]);
        return word.Length >= 3 && canonical.Length >= 3 && word[0] == canonical[0] && OcrChannel.OneEditApart(word, canonical);
    }

    private static bool Matches(List<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
            if (words[start + k] != phrase[k])
                return false;
        return true;
    }
}
