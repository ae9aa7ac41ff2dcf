using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>A unit found after a figure: its canonical, tone-marked form and how many characters it took in the text.</summary>
public readonly record struct UnitMatch(string Unit, int Length, bool IsCount);

/// <summary>
/// The units Vietnamese reports put after a target figure, matched on the folded text (so "tấn", "tan", and OCR's
/// "ty déng" all work) with a small edit distance for long units, and returned in their canonical tone-marked form.
/// </summary>
public static class UnitTable
{
    // (folded spelling, canonical form, is a count of things — "05 trường" — rather than a measure).
    private static readonly (string Key, string Canonical, bool Count)[] Entries =
    [
        ("triệu đồng/người/năm", "triệu đồng/người/năm", false),
        ("tr.đ/người/năm", "triệu đồng/người/năm", false),
        ("trđ/người/năm", "triệu đồng/người/năm", false),
        ("triệu/người/năm", "triệu đồng/người/năm", false),
        ("triệu đồng/người", "triệu đồng/người", false),
        ("triệu đồng/năm", "triệu đồng/năm", false),
        ("triệu đồng", "triệu đồng", false),
        ("tỷ đồng/năm", "tỷ đồng/năm", false),
        ("tỷ đồng", "tỷ đồng", false),
        ("tỉ đồng", "tỷ đồng", false),
        ("nghìn tỷ đồng", "nghìn tỷ đồng", false),
        ("nghìn đồng", "nghìn đồng", false),
        ("usd/người/năm", "USD/người/năm", false),
        ("usd", "USD", false),
        ("%/năm", "%/năm", false),
        ("%", "%", false),
        ("phần trăm", "%", false),
        ("ha/năm", "ha/năm", false),
        ("ha", "ha", false),
        ("héc ta", "ha", false),
        ("hecta", "ha", false),
        ("km2", "km2", false),
        ("km", "km", false),
        ("m2", "m2", false),
        ("m3", "m3", false),
        ("m", "m", false),
        ("tấn/ha", "tấn/ha", false),
        ("tấn/năm", "tấn/năm", false),
        ("tấn", "tấn", false),
        ("tạ/ha", "tạ/ha", false),
        ("kg", "kg", false),
        ("con", "con", true),
        ("cây", "cây", true),
        ("hộ", "hộ", true),
        ("lượt người", "lượt người", true),
        ("lượt khách", "lượt khách", true),
        ("lượt", "lượt", true),
        ("người", "người", true),
        ("lao động", "lao động", true),
        ("công dân", "công dân", true),
        ("học sinh", "học sinh", true),
        ("đảng viên", "đảng viên", true),
        ("hợp tác xã", "hợp tác xã", true),
        ("htx", "HTX", true),
        ("doanh nghiệp", "doanh nghiệp", true),
        ("dn", "DN", true),
        ("tổ hợp tác", "tổ hợp tác", true),
        ("sản phẩm", "sản phẩm", true),
        ("tiêu chí", "tiêu chí", true),
        ("trường", "trường", true),
        ("bản", "bản", true),
        ("thôn", "thôn", true),
        ("tiểu khu", "tiểu khu", true),
        ("tổ dân phố", "tổ dân phố", true),
        ("khu dân cư", "khu dân cư", true),
        ("xã", "xã", true),
        ("phường", "phường", true),
        ("công trình", "công trình", true),
        ("dự án", "dự án", true),
        ("phong trào", "phong trào", true),
        ("mô hình", "mô hình", true),
        ("chi bộ", "chi bộ", true),
        ("tổ chức", "tổ chức", true),
        ("lớp", "lớp", true),
        ("cơ sở", "cơ sở", true),
        ("giường bệnh", "giường bệnh", true),
        ("bác sĩ", "bác sĩ", true),
        ("nhà văn hóa", "nhà văn hóa", true),
        ("lần", "lần", false),
    ];

    private static readonly (string Folded, string Canonical, bool Count)[] Folded =
        Entries.Select(e => (MatchText.Create(e.Key, false).Folded, e.Canonical, e.Count))
            .OrderByDescending(e => e.Folded.Length).ToArray();

    /// <summary>The unit starting at <paramref name="start"/> in <paramref name="folded"/> (after optional spaces), if any.</summary>
    public static UnitMatch? Match(string folded, int start, bool ocr) => Match(folded, start, folded.Length, ocr);

    /// <summary>As <see cref="Match(string, int, bool)"/>, reading no further than <paramref name="limit"/>.</summary>
    public static UnitMatch? Match(string folded, int start, int limit, bool ocr)
    {
        var i = start;
        while (i < limit && folded[i] == ' ')
            i++;
        if (i >= limit)
            return null;
        foreach (var (key, canonical, count) in Folded)
        {
            if (i + key.Length <= limit && string.CompareOrdinal(folded, i, key, 0, key.Length) == 0 && EndsWord(folded, i + key.Length, limit, key))
                return new UnitMatch(canonical, i + key.Length - start, count);
        }
        if (!ocr)
            return null;
        // OCR: a long unit with one or two letters wrong ("ty deng", "trieu dong/ngudi/nam").
        foreach (var (key, canonical, count) in Folded)
        {
            if (key.Length < 5 || !char.IsLetter(key[0]))
                continue;
            var allowed = key.Length >= 12 ? 2 : 1;
            for (var len = key.Length - 1; len <= key.Length + 1; len++)
            {
                if (i + len > limit || !EndsWord(folded, i + len, limit, key))
                    continue;
                if (folded[i] == key[0] && Edit.Distance(folded.AsSpan(i, len), key, allowed) <= allowed)
                    return new UnitMatch(canonical, i + len - start, count);
            }
        }
        return null;
    }

    /// <summary>A unit written on its own (a table's "Đơn vị tính" cell): canonical form, or the text as written.</summary>
    public static string? Canonical(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
            return null;
        var text = MatchText.Create(unit.Trim(), false);
        var m = Match(text.Folded, 0, false);
        return m is { } u && u.Length == text.Length ? u.Unit : unit.Trim();
    }

    /// <summary>A key under which two spellings of the same unit compare equal ("HTX" and "hợp tác xã").</summary>
    public static string Key(string? unit)
    {
        var k = MatchText.Create(unit ?? "", false).Folded.Replace(" ", "");
        return k switch
        {
            "htx" => "hoptacxa",
            "dn" => "doanhnghiep",
            "phantram" => "%",
            _ => k,
        };
    }

    private static bool EndsWord(string s, int end, int limit, string key)
    {
        if (end >= limit)
            return true;
        var last = key[^1];
        if (!char.IsLetterOrDigit(last))
            return true;
        var next = s[end];
        // "%" may be followed by "/năm" handled by the longer key; a letter or digit right after a word unit means a longer word.
        return !char.IsLetterOrDigit(next) && !(next == '/' && char.IsLetter(last) && end + 1 < limit && char.IsLetter(s[end + 1]) && key != "%");
    }
}

/// <summary>Bounded Levenshtein distance (the units are short; two rows are enough).</summary>
public static class Edit
{
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
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
