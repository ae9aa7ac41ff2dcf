namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Units that the "Đơn vị tính" column of these reports holds. A flattened row has lost its cell borders, so the unit is
/// recognised by word: the longest known unit just before the figures. Compared tone-aware, case-insensitive.
/// </summary>
internal static class UnitLexicon
{
    // The solution's one unit vocabulary (Core/Catalog/Units), read back by word.
    private static readonly string[][] Units = [.. NghiQuyet.Core.Catalog.UnitVocabulary.TableSpellings().Distinct().Select(WordMatch.Words)];

    private static readonly int Longest = Units.Max(u => u.Length);

    /// <summary>Length in words of the longest unit ending at <paramref name="end"/> (exclusive), 0 when none.</summary>
    public static int EndingAt(IReadOnlyList<string> words, int end)
    {
        for (var n = Math.Min(Longest, end); n >= 1; n--)
            if (Units.Any(u => u.Length == n && WordMatch.SameAt(words, end - n, u)) || (n == 1 && IsCompound(words[end - 1])))
                return n + Magnitudes(words, end - n);
        return 0;
    }

    private static readonly string[] MagnitudeWords = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "vạn"];

    /// <summary>Magnitude words before a unit: "Nghìn tỷ đồng", "Triệu USD" — a unit grammar, not a longer list.</summary>
    private static int Magnitudes(IReadOnlyList<string> words, int start)
    {
        var n = 0;
        while (start - n - 1 >= 0 && MagnitudeWords.Any(m => WordMatch.Same(words[start - n - 1], m)))
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
        return parts.Length > 1 && parts.All(p => p.Length > 0) && Units.Any(u => u.Length == 1 && WordMatch.Same(parts[0], u[0]));
    }
}
