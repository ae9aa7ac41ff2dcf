namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Units that the "Đơn vị tính" column of these reports holds. A flattened row has lost its cell borders, so the unit is
/// recognised by word: the longest known unit just before the figures. Compared tone-aware, case-insensitive.
/// </summary>
internal static class UnitLexicon
{
    // The solution's one unit vocabulary (Core/Catalog/Units), read back by word.
    private static readonly string[][] Units =
        [.. NghiQuyet.Core.Catalog.UnitVocabulary.TableSpellings().Distinct().Select(WordMatch.Words).Where(u => u.Length > 0)];

    private static readonly WordMatch.Key[][] UnitKeys = [.. Units.Select(u => u.Select(WordMatch.Key.Of).ToArray())];

    // Every row end of a flattened table asks which unit ends there: the units are found by their last word (by its lower
    // case and by its fold, the two ways WordMatch.Same can match it) instead of comparing the word with every unit.
    private static readonly ILookup<string, int> ByLastLower = Enumerable.Range(0, Units.Length).ToLookup(i => UnitKeys[i][^1].Lower, StringComparer.Ordinal);
    private static readonly ILookup<string, int> ByLastFolded = Enumerable.Range(0, Units.Length).ToLookup(i => UnitKeys[i][^1].Folded, StringComparer.Ordinal);

    private static readonly WordMatch.Key[] SingleWordUnits = [.. UnitKeys.Where(u => u.Length == 1).Select(u => u[0])];

    /// <summary>Length in words of the longest unit ending at <paramref name="end"/> (exclusive), 0 when none.</summary>
    public static int EndingAt(IReadOnlyList<string> words, int end)
    {
        if (end <= 0)
            return 0;
        var last = WordMatch.Key.Of(words[end - 1]);
        var longest = 0;
        foreach (var i in Candidates(last))
        {
            var unit = UnitKeys[i];
            if (unit.Length <= longest || unit.Length > end || !WordMatch.Same(last, unit[^1]))
                continue;
            var start = end - unit.Length;
            var k = 0;
            while (k < unit.Length - 1 && WordMatch.Same(WordMatch.Key.Of(words[start + k]), unit[k]))
                k++;
            if (k == unit.Length - 1)
                longest = unit.Length;
        }
        if (longest == 0 && IsCompound(words[end - 1]))
            longest = 1;
        return longest == 0 ? 0 : longest + Magnitudes(words, end - longest);
    }

    /// <summary>Units whose last word <paramref name="last"/> may be: a superset of those it is (checked after).</summary>
    private static IEnumerable<int> Candidates(WordMatch.Key last)
    {
        var byLower = ByLastLower[last.Lower];
        if (!last.ByFold)
            return byLower;
        var byFold = ByLastFolded[last.Folded];
        return last.Repaired is { } repaired ? byLower.Concat(byFold).Concat(ByLastFolded[repaired]) : byLower.Concat(byFold);
    }

    private static readonly WordMatch.Key[] MagnitudeWords = [.. new[] { "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "vạn" }.Select(WordMatch.Key.Of)];

    /// <summary>Magnitude words before a unit: "Nghìn tỷ đồng", "Triệu USD" — a unit grammar, not a longer list.</summary>
    private static int Magnitudes(IReadOnlyList<string> words, int start)
    {
        var n = 0;
        while (start - n - 1 >= 0 && WordMatch.Key.Of(words[start - n - 1]) is var word && MagnitudeWords.Any(m => WordMatch.Same(word, m)))
            n++;
        return n;
    }

    public static bool IsUnit(string phrase)
    {
        var words = WordMatch.Words(phrase);
        return words.Length > 0 && EndingAt(words, words.Length) == words.Length;
    }

    /// <summary>"Tr.đ/người/năm", "con/hộ", "%/năm": parts joined by "/", the first a known unit.</summary>
    private static bool IsCompound(string word)
    {
        var parts = word.Split('/');
        return parts.Length > 1 && parts.All(p => p.Length > 0) && WordMatch.Key.Of(parts[0]) is var first && SingleWordUnits.Any(u => WordMatch.Same(first, u));
    }
}
