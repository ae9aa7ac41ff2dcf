using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Catalog;

/// <summary>A unit read after a figure: canonical, tone-marked form; characters it took; whether it counts things.</summary>
public readonly record struct MeasureUnitMatch(string Unit, int Length, bool IsCount);

/// <summary>
/// The unit grammar over folded text (lower case, no tone marks, "đ" → "d", one character per character of the source):
/// <c>[magnitude]{0,2} base ("/" ["1 "] [magnitude] denominator)*</c>, e.g. "nghìn tỷ đồng", "triệu lượt khách",
/// "USD/người", "triệu đồng/người/năm", "bác sĩ/1 vạn dân", "%/năm"; plus the abbreviations "tr.đ", "trđ". A magnitude
/// with no base before "/" is money ("54 triệu/người/năm"). With <c>fuzzy</c> (OCR text), a long unit may be one or two
/// letters wrong ("ty deng"). Linear in the length of the unit; no regular expressions.
/// </summary>
public static class UnitGrammar
{
    private static readonly (string Key, UnitWord Word)[] BaseKeys =
        UnitVocabulary.Bases.Select(b => (Fold(b.Spelling), b.Word)).OrderByDescending(b => b.Item1.Length).ToArray();

    private static readonly (string Key, string Canonical)[] MagnitudeKeys =
        UnitVocabulary.Magnitudes.Select(m => (Fold(m.Spelling), m.Canonical)).ToArray();

    private static readonly (string Key, string Canonical)[] AbbreviationKeys =
        UnitVocabulary.Abbreviations.Select(a => (Fold(a.Spelling), a.Canonical)).OrderByDescending(a => a.Item1.Length).ToArray();

    private static readonly (string Key, string Canonical)[] DenominatorKeys =
        UnitVocabulary.Denominators.Select(d => (Fold(d.Spelling), d.Canonical)).OrderByDescending(d => d.Item1.Length).ToArray();

    private static readonly string[] ContextKeys = UnitVocabulary.ContextNouns.Select(Fold).OrderByDescending(k => k.Length).ToArray();

    // The long forms an OCR engine mangles most; compared with a small edit distance when the exact grammar fails.
    private static readonly (string Key, string Canonical, bool Count)[] FuzzyForms =
        new[] { "triệu đồng/người/năm", "triệu đồng/người", "triệu đồng", "tỷ đồng", "nghìn đồng", "nghìn tỷ đồng", "%/năm" }
            .Select(s => (Fold(s), s, false))
            .Concat(BaseKeys.Where(b => b.Key.Length >= 5).Select(b => (b.Key, b.Word.Canonical, b.Word.Kind == UnitKind.Count)))
            .ToArray();

    /// <summary>The fold the grammar matches on: tones and case removed (the text kernel's fold).</summary>
    public static string Fold(string text) => VietnameseFold.Fold(text);

    /// <summary>The unit starting at <paramref name="start"/> (after spaces), reading no further than <paramref name="limit"/>.</summary>
    public static MeasureUnitMatch? Match(string folded, int start, int limit, bool fuzzy)
    {
        var i = start;
        while (i < limit && folded[i] == ' ')
            i++;
        if (i >= limit)
            return null;
        string? head = null;
        var count = false;
        var pos = i;
        foreach (var (key, canonical) in AbbreviationKeys)
        {
            if (At(folded, pos, limit, key) && WordEnds(folded, pos + key.Length, limit))
            {
                head = canonical;
                pos += key.Length;
                break;
            }
        }
        if (head is null)
        {
            // At most two magnitude words ("nghìn tỷ"); no list, this runs for every number of a report.
            string? first = null, second = null;
            var count2 = 0;
            var p = pos;
            while (count2 < 2 && MagnitudeAt(folded, p, limit) is { } m)
            {
                if (count2++ == 0) first = m.Canonical;
                else second = m.Canonical;
                p += m.Length;
                var q = p;
                while (q < limit && folded[q] == ' ') q++;
                if (q < limit && char.IsLetter(folded[q])) p = q;
                else break;
            }
            var scale = first is null ? null : second is null ? first : first + " " + second;
            if (BaseAt(folded, p, limit) is { } b)
            {
                head = scale is not null ? scale + " " + b.Word.Canonical : b.Word.Canonical;
                count = b.Word.Kind == UnitKind.Count;
                pos = p + b.Key.Length;
            }
            else if (scale is not null && fuzzy && Fuzzy(folded, i, limit, start) is { } garbled)
                // OCR: "ty déng" — a magnitude whose base the scanner garbled.
                return garbled;
            else if (scale is not null)
            {
                // "54 triệu/người/năm": a bare magnitude before "/" is money; "2 tỷ" alone keeps its word.
                var end = MagnitudeEnd(folded, pos, limit, count2);
                var slash = SlashAt(folded, end, limit);
                head = slash >= 0 ? scale + " đồng" : scale;
                pos = end;
            }
        }
        if (head is null)
            return fuzzy ? Fuzzy(folded, i, limit, start) : null;
        // Per-unit parts: "/người", "/ năm", "/1 vạn dân".
        while (true)
        {
            var s = SlashAt(folded, pos, limit);
            if (s < 0) break;
            var d = s;
            var one = "";
            if (d + 2 <= limit && folded[d] == '1' && d + 1 < limit && folded[d + 1] == ' ') { one = "1 "; d += 2; }
            else if (d + 3 <= limit && folded[d] == '0' && folded[d + 1] == '1' && d + 2 < limit && folded[d + 2] == ' ') { one = "1 "; d += 3; }
            var denominator = DenominatorAt(folded, d, limit, fuzzy);
            if (denominator is null) break;
            head += "/" + one + denominator.Value.Canonical;
            pos = d + denominator.Value.Length;
            count = false;
        }
        // OCR: "triéu dong/ngudi/nam" — a per-part the exact grammar could not read; the whole long form may still be close.
        if (fuzzy && SlashAt(folded, pos, limit) >= 0 && Fuzzy(folded, i, limit, start) is { } whole && whole.Length > pos - start)
            return whole;
        return new MeasureUnitMatch(head, pos - start, count);
    }

    /// <summary>Whether the words at <paramref name="start"/> count the meeting or the document ("28 chỉ tiêu", "300 đại biểu").</summary>
    public static bool IsContextNoun(string folded, int start, int limit)
    {
        var i = start;
        while (i < limit && folded[i] == ' ')
            i++;
        foreach (var key in ContextKeys)
            if (At(folded, i, limit, key) && WordEnds(folded, i + key.Length, limit))
                return true;
        return false;
    }

    /// <summary>A unit written on its own (a table's unit cell): the canonical form, or the text as written.</summary>
    public static string? Canonical(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
            return null;
        var trimmed = unit.Trim();
        var folded = FoldSameLength(trimmed);
        var m = Match(folded, 0, folded.Length, false);
        return m is { } u && u.Length == folded.Length ? u.Unit : trimmed;
    }

    /// <summary>A key under which two spellings of one unit compare equal ("HTX" / "hợp tác xã", "tỉ" / "tỷ", "ngàn" / "nghìn").</summary>
    public static string Key(string? unit)
    {
        var k = Fold(Canonical(unit) ?? "").Replace(" ", "");
        if (k.StartsWith("ngan", StringComparison.Ordinal)) k = "nghin" + k[4..];
        return k switch
        {
            "htx" => "hoptacxa",
            "dn" => "doanhnghiep",
            "phantram" => "%",
            _ => k,
        };
    }

    private static string FoldSameLength(string s)
    {
        var chars = new char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            var f = Fold(s[i].ToString());
            chars[i] = f.Length == 1 ? f[0] : s[i] == ' ' || char.IsWhiteSpace(s[i]) ? ' ' : char.ToLowerInvariant(s[i]);
        }
        return new string(chars);
    }

    private static bool At(string s, int i, int limit, string key) =>
        i + key.Length <= limit && string.CompareOrdinal(s, i, key, 0, key.Length) == 0;

    private static bool WordEnds(string s, int end, int limit) => end >= limit || !char.IsLetterOrDigit(s[end]) || !char.IsLetterOrDigit(s[end - 1]);

    private static (string Canonical, int Length)? MagnitudeAt(string s, int i, int limit)
    {
        foreach (var (key, canonical) in MagnitudeKeys)
            if (At(s, i, limit, key) && WordEnds(s, i + key.Length, limit))
                return (canonical, key.Length);
        return null;
    }

    private static int MagnitudeEnd(string s, int i, int limit, int n)
    {
        var p = i;
        for (var k = 0; k < n; k++)
        {
            while (p < limit && s[p] == ' ') p++;
            if (MagnitudeAt(s, p, limit) is { } m) p += m.Length;
        }
        return p;
    }

    private static (string Key, UnitWord Word)? BaseAt(string s, int i, int limit)
    {
        foreach (var (key, word) in BaseKeys)
            if (At(s, i, limit, key) && WordEnds(s, i + key.Length, limit))
                return (key, word);
        return null;
    }

    /// <summary>The position after "/" (and spaces around it) at <paramref name="i"/>, or -1.</summary>
    private static int SlashAt(string s, int i, int limit)
    {
        var p = i;
        while (p < limit && p < i + 1 && s[p] == ' ') p++;
        if (p >= limit || s[p] != '/') return -1;
        p++;
        while (p < limit && s[p] == ' ' && p < i + 4) p++;
        return p;
    }

    private static (string Canonical, int Length)? DenominatorAt(string s, int i, int limit, bool fuzzy)
    {
        var p = i;
        var prefix = "";
        if (MagnitudeAt(s, p, limit) is { } m && p + m.Length < limit && s[p + m.Length] == ' ')
        {
            var q = p + m.Length + 1;
            foreach (var (key, canonical) in DenominatorKeys)
                if (At(s, q, limit, key) && WordEnds(s, q + key.Length, limit))
                    return (m.Canonical + " " + canonical, q + key.Length - i);
        }
        foreach (var (key, canonical) in DenominatorKeys)
            if (At(s, p, limit, key) && WordEnds(s, p + key.Length, limit))
                return (prefix + canonical, p + key.Length - i);
        // OCR reads "năm" as "nim", "nam", "narn".
        if (fuzzy && At(s, p, limit, "nim") && WordEnds(s, p + 3, limit))
            return ("năm", 3);
        return null;
    }

    private static MeasureUnitMatch? Fuzzy(string s, int i, int limit, int start)
    {
        foreach (var (key, canonical, count) in FuzzyForms)
        {
            if (key.Length < 5 || !char.IsLetter(key[0]) || s[i] != key[0])
                continue;
            var allowed = key.Length >= 12 ? 2 : 1;
            for (var len = key.Length - 1; len <= key.Length + 1; len++)
            {
                if (i + len > limit || !(i + len >= limit || !char.IsLetterOrDigit(s[i + len])))
                    continue;
                if (EditDistance.Within(s.AsSpan(i, len), key, allowed) <= allowed)
                    return new MeasureUnitMatch(canonical, i + len - start, count);
            }
        }
        return null;
    }
}

/// <summary>Bounded Levenshtein distance (the units are short; two rows are enough).</summary>
public static class EditDistance
{
    /// <summary>The edit distance between the two spans, or <paramref name="max"/> + 1 as soon as it is larger.</summary>
    public static int Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max)
                return max + 1;
            cur.CopyTo(prev);
        }
        return prev[b.Length];
    }
}
