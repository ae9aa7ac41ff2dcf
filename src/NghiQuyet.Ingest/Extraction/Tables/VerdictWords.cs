using NghiQuyet.Core.Text;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// The assessment column's words as printed: "Vượt" (and "Vượt chỉ tiêu", "Vượt kế hoạch"), "Đạt", "Hoàn thành",
/// "Không đạt", "Chưa đạt", "K đạt", "Không hoàn thành" … Compared tone-aware (see <see cref="WordMatch"/>).
/// </summary>
internal static class VerdictWords
{
    private static readonly (string[] Words, PrintedVerdict Verdict)[] Phrases =
    [
        .. Make(PrintedVerdict.NotMet, "không đạt", "k đạt", "k.đạt", "kđạt", "chưa đạt", "không hoàn thành", "chưa hoàn thành",
            "không đạt chỉ tiêu", "chưa đạt chỉ tiêu", "k hoàn thành"),
        .. Make(PrintedVerdict.Exceeded, "vượt", "vượt chỉ tiêu", "vượt kế hoạch", "vượt mức", "vượt nghị quyết", "vượt nq",
            "hoàn thành vượt", "hoàn thành vượt mức", "vượt ct", "vượt kh"),
        .. Make(PrintedVerdict.Met, "đạt", "đạt chỉ tiêu", "đạt kế hoạch", "hoàn thành", "đạt nq", "đạt nghị quyết", "hoàn thành chỉ tiêu"),
    ];

    /// <summary>First words of a verdict that the line break cut ("K" / "đạt", "Không" / "đạt", "Hoàn" / "thành").</summary>
    private static readonly string[] Openings = ["k", "không", "chưa", "hoàn"];

    private static IEnumerable<(string[], PrintedVerdict)> Make(PrintedVerdict verdict, params string[] phrases) =>
        phrases.Select(p => (WordMatch.Words(p), verdict));

    /// <summary>The longest verdict phrase ending at <paramref name="end"/> (exclusive) in <paramref name="words"/>.</summary>
    public static (PrintedVerdict Verdict, int Length)? EndingAt(IReadOnlyList<string> words, int end)
    {
        (PrintedVerdict, int)? best = null;
        foreach (var (phrase, verdict) in Phrases)
        {
            if (phrase.Length > end || (best is { } b && b.Item2 >= phrase.Length))
                continue;
            if (SameAt(words, end - phrase.Length, phrase))
                best = (verdict, phrase.Length);
        }
        return best;
    }

    /// <summary>A whole cell that is a verdict ("Vượt", "Không đạt").</summary>
    public static PrintedVerdict? Whole(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
            return null;
        var words = WordMatch.Words(cell.Replace('.', ' ').Trim()).Select(FigureText.Bare).Where(w => w.Length > 0).ToArray();
        return EndingAt(words, words.Length) is { } m && m.Length == words.Length ? m.Verdict : null;
    }

    public static bool IsOpening(string word) => Openings.Any(o => WordMatch.Same(FigureText.Bare(word), o));

    private static bool SameAt(IReadOnlyList<string> words, int start, string[] phrase)
    {
        if (start < 0)
            return false;
        for (var i = 0; i < phrase.Length; i++)
            if (!WordMatch.Same(words[start + i], phrase[i]) && !OcrSame(words[start + i], phrase[i]))
                return false;
        return true;
    }

    /// <summary>
    /// A verdict word a scan misread ("Vuct", "Vuoct", "Vuet" for "Vượt"; "Pat" for "Đạt"): a word without tone marks
    /// whose OCR skeleton is the verdict's, or one glyph off it for the longer words.
    /// </summary>
    private static bool OcrSame(string word, string canonical)
    {
        if (VietnameseFold.Fold(word) != word.ToLowerInvariant() || word.Length < 3)
            return false;
        var a = OcrChannel.Skeleton(word);
        var b = OcrChannel.Skeleton(canonical);
        // One glyph changed or added, never dropped or first: "dat" is not "k.đạt" short of its "k".
        return a == b || (b.Length >= 4 && a.Length >= b.Length && a[0] == b[0] && OcrChannel.OneEditApart(a, b));
    }

    private static readonly string[][] Continuations =
        [["đạt"], ["thành"], ["hoàn", "thành"], ["chỉ", "tiêu"], ["kế", "hoạch"], ["mức"], ["đạt", "chỉ", "tiêu"]];

    /// <summary>Whether <paramref name="words"/> could finish a verdict begun on the line before ("đạt", "thành", "chỉ tiêu").</summary>
    public static bool IsContinuation(IReadOnlyList<string> words) =>
        Continuations.Any(c => c.Length == words.Count && WordMatch.SameAt(words, 0, c));
}
