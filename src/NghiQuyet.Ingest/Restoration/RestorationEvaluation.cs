using System.Globalization;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>Syllable error counts of a damaged text and of its restoration against the clean reference.</summary>
public sealed record SyllableErrorRate(long Syllables, long RawErrors, long RestoredErrors)
{
    public double RawRate => Syllables == 0 ? 0 : RawErrors / (double)Syllables;
    public double RestoredRate => Syllables == 0 ? 0 : RestoredErrors / (double)Syllables;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Syllables} syllables: raw SER {RawRate:P2}, restored SER {RestoredRate:P2}");
}

/// <summary>
/// Measures restoration on clean text: each line is damaged (marks stripped, or OCR noise), restored, and compared
/// syllable by syllable with the original. A syllable is wrong when its canonical lower-case form differs, so tone
/// placement style ("hoà"/"hòa") and case do not count as errors.
/// </summary>
public static class RestorationEvaluation
{
    public static SyllableErrorRate Evaluate(ToneRestorer restorer, IEnumerable<string> cleanLines, Func<string, string> damage)
    {
        long syllables = 0, raw = 0, restored = 0;
        foreach (var clean in cleanLines)
        {
            var damaged = damage(clean);
            var output = restorer.Restore(damaged);
            var reference = Words(clean);
            var input = Words(damaged);
            var result = Words(output);
            if (reference.Count != input.Count || reference.Count != result.Count)
                continue;
            for (var i = 0; i < reference.Count; i++)
            {
                var expected = reference[i];
                if (!VietnameseSyllable.IsSyllable(expected))
                    continue;
                syllables++;
                if (input[i] != expected)
                    raw++;
                if (result[i] != expected)
                    restored++;
            }
        }
        return new SyllableErrorRate(syllables, raw, restored);
    }

    /// <summary>
    /// Restoration of real OCR: the OCR lines of each printed batch (consecutive pairs with the same settings) are
    /// restored together as one document, as a scan would be, and each line is compared with its clean line by word
    /// edit distance (a split or merged word costs what it costs), so no line is skipped.
    /// </summary>
    public static SyllableErrorRate EvaluateOcr(ToneRestorer restorer, IEnumerable<OcrLinePair> pairs)
    {
        long words = 0, raw = 0, restored = 0;
        foreach (var batch in Batches(pairs))
        {
            var output = restorer.Restore(string.Join('\n', batch.Select(p => p.Ocr))).Split('\n');
            for (var i = 0; i < batch.Count; i++)
            {
                var reference = Words(batch[i].Clean);
                words += reference.Count;
                raw += EditDistance(reference, Words(batch[i].Ocr));
                restored += EditDistance(reference, i < output.Length ? Words(output[i]) : []);
            }
        }
        return new SyllableErrorRate(words, raw, restored);
    }

    private static IEnumerable<List<OcrLinePair>> Batches(IEnumerable<OcrLinePair> pairs)
    {
        var batch = new List<OcrLinePair>();
        foreach (var pair in pairs)
        {
            if (batch.Count > 0 && (batch[0].Settings != pair.Settings || batch.Count >= 120))
            {
                yield return batch;
                batch = [];
            }
            batch.Add(pair);
        }
        if (batch.Count > 0)
            yield return batch;
    }

    internal static int EditDistance(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Count; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Count];
    }

    private static List<string> Words(string line) =>
        SyllableTokenizer.Tokenize(line)
            .Where(t => t.Kind == TokenKind.Word)
            .Select(t => VietnameseSyllable.Canonical(line.Substring(t.Start, t.Length).ToLower(CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Held-out test lines of a corpus file (never trained on), at most <paramref name="max"/>.</summary>
    public static IEnumerable<string> HeldOutLines(string file, int max) =>
        LmTrainer.ReadLines(file).Where(x => Holdout.IsTest(x.Index)).Select(x => x.Text).Take(max);

    /// <summary>Tuning lines of a corpus file (never trained on, never the test set).</summary>
    public static IEnumerable<string> DevLines(string file, int max) =>
        LmTrainer.ReadLines(file).Where(x => Holdout.IsDev(x.Index)).Select(x => x.Text).Take(max);
}
