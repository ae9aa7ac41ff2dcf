using System.Globalization;

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
