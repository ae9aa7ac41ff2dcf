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

    /// <summary>The verdict phrases' words prepared for comparison (see <see cref="WordMatch.Key"/>), with their OCR skeletons.</summary>
    private static readonly (WordMatch.Key Key, string Skeleton)[][] PhraseKeys =
        [.. Phrases.Select(p => p.Words.Select(w => (WordMatch.Key.Of(w), OcrChannel.Skeleton(w))).ToArray())];

    private static readonly int LongestPhrase = Phrases.Max(p => p.Words.Length);

    /// <summary>The longest verdict phrase ending at <paramref name="end"/> (exclusive) in <paramref name="words"/>.</summary>
    public static (PrintedVerdict Verdict, int Length)? EndingAt(IReadOnlyList<string> words, int end)
    {
        // Each of the last words is prepared once for all the phrases it is compared with.
        var observed = new Observed?[Math.Min(LongestPhrase, Math.Max(end, 0))];
        (PrintedVerdict, int)? best = null;
        for (var p = 0; p < Phrases.Length; p++)
        {
            var (phrase, verdict) = Phrases[p];
            if (phrase.Length > end || (best is { } b && b.Item2 >= phrase.Length))
                continue;
            if (SameAt(words, end, PhraseKeys[p], observed))
                best = (verdict, phrase.Length);
        }
        return best;
    }

    /// <summary>A word of the text prepared for comparison; its skeleton made only if an OCR comparison needs it.</summary>
    private sealed class Observed(string word)
    {
        public WordMatch.Key Key { get; } = WordMatch.Key.Of(word);

        // OcrSame looks only at words without marks of at least three letters.
        public bool OcrComparable => Key.Folded == Key.Lower && word.Length >= 3;

        public string Skeleton => field ??= OcrChannel.Skeleton(word);
    }

    /// <summary>Whether the phrase ends at <paramref name="end"/>; <paramref name="observed"/>[k] is words[end - 1 - k], made on demand.</summary>
    private static bool SameAt(IReadOnlyList<string> words, int end, (WordMatch.Key Key, string Skeleton)[] phrase, Observed?[] observed)
    {
        var start = end - phrase.Length;
        if (start < 0)
            return false;
        for (var i = 0; i < phrase.Length; i++)
        {
            var word = observed[end - 1 - (start + i)] ??= new Observed(words[start + i]);
            if (!WordMatch.Same(word.Key, phrase[i].Key) && !OcrSame(word, phrase[i].Skeleton))
                return false;
        }
        return true;
    }

    /// <summary>
    /// A verdict word a scan misread ("Vuct", "Vuoct", "Vuet" for "Vượt"; "Pat" for "Đạt"): a word without tone marks
    /// whose OCR skeleton is the verdict's (<paramref name="b"/>), or one glyph off it for the longer words.
    /// </summary>
    private static bool OcrSame(Observed word, string b)
    {
        if (!word.OcrComparable)
            return false;
        var a = word.Skeleton;
        // One glyph changed or added, never dropped or first: "dat" is not "k.đạt" short of its "k".
        return a == b || (b.Length >= 4 && a.Length >= b.Length && a[0] == b[0] && OcrChannel.OneEditApart(a, b));
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

    private static readonly string[][] Continuations =
        [["đạt"], ["thành"], ["hoàn", "thành"], ["chỉ", "tiêu"], ["kế", "hoạch"], ["mức"], ["đạt", "chỉ", "tiêu"]];

    /// <summary>Whether <paramref name="words"/> could finish a verdict begun on the line before ("đạt", "thành", "chỉ tiêu").</summary>
    public static bool IsContinuation(IReadOnlyList<string> words) =>
        Continuations.Any(c => c.Length == words.Count && WordMatch.SameAt(words, 0, c));
}
