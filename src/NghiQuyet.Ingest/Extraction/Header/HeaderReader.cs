using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Extraction.Header;

/// <summary>
/// The document header: whose congress ("Đại hội đại biểu Đảng bộ xã Bắc Yên lần thứ nhất, nhiệm kỳ 2025-2030"), its level,
/// province, congress number and term, and whether the text carries tone marks. Read from the whole text joined into one
/// line, because the phrase is often broken across lines.
/// </summary>
public static partial class HeaderReader
{
    private const string OrgLead = @"[dpb]\w{0,2}ng\s+b\S{0,2}\s+(xa|phuong|thi tran|thi xa|huyen|quan|tinh|thanh pho)\b";

    [GeneratedRegex(@"\b[dpb]\w{0,2}i\s+h\w{1,2}i\s+(?:(?:dai|[dpb]\w{0,2}i)\s+bi\w{1,2}u\s+)?" + OrgLead, RegexOptions.CultureInvariant)]
    private static partial Regex Congress();

    [GeneratedRegex(@"\b" + OrgLead, RegexOptions.CultureInvariant)]
    private static partial Regex Organization();

    [GeneratedRegex(@"^\s*(?:lan\s+th\w{1,2}\s+(\w+))", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\bnhi\w{1,2}m\s+k\w\s+(20\d\d)\s*-\s*(20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TermPattern();

    [GeneratedRegex(@"\G\s*lan\s+th\w{1,2}\s+\w+\s*,?\s*(?:\(|-)?\s*nhi\w{1,2}m\s+k\w\s+(20\d\d)\s*-\s*(20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalTerm();

    [GeneratedRegex(@"\bnghi\s+quy\w{1,2}t\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ResolutionBefore();

    [GeneratedRegex(@"\btinh\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ProvinceWord();

    private const string VietnameseMarked = "ăằắẳẵặâầấẩẫậđêềếểễệôồốổỗộơờớởỡợưừứửữựạảẹẻẽịỉọỏụủỳỵỷỹĩũ";

    public static Diacritics DetectDiacritics(SourceDocument doc)
    {
        long letters = 0, marked = 0;
        foreach (var line in doc.Lines)
        {
            foreach (var c in line.Text)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (VietnameseMarked.Contains(char.ToLowerInvariant(c))) marked++;
            }
        }
        return letters > 200 && marked < letters / 25 ? Diacritics.Missing : Diacritics.Full;
    }

    public static DocumentHeader Read(SourceDocument doc, Diacritics diacritics)
    {
        var ocr = diacritics == Diacritics.Missing;
        var sb = new StringBuilder();
        foreach (var line in doc.Lines)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Core.Text.UnicodeForms.FormC(line.Text));
        }
        var joined = Collapse(sb.ToString());
        var text = MatchText.Create(joined, ocr);
        var folded = text.Folded;

        string? levelWord = null;
        string? name = null;
        int? congress = null;
        Term? congressTerm = null;
        foreach (Match m in Congress().Matches(folded))
        {
            if (ResolutionBefore().IsMatch(folded.AsSpan(Math.Max(0, m.Index - 16), Math.Min(16, m.Index)).ToString()))
                continue;
            var word = m.Groups[1].Value;
            var after = m.Index + m.Length;
            var (candidate, nameEnd) = NameAt(text.Original, after);
            if (levelWord is not null && word != levelWord)
                continue;
            if (levelWord is null)
            {
                levelWord = word;
                name = candidate;
            }
            else if (name is null && candidate is not null)
                name = candidate;
            // Only the 40 characters after the name are read: copying the rest of the report here, for every mention of
            // a congress, made this loop quadratic in the report's length.
            var ord = Ordinal().Match(folded.Substring(nameEnd, Math.Min(40, folded.Length - nameEnd)));
            if (congress is null && ord.Success)
                congress = ParseOrdinal(ord.Groups[1].Value);
            // "Đại hội đại biểu Đảng bộ xã … lần thứ nhất, nhiệm kỳ 2025 - 2030": the term named with the congress.
            var near = OrdinalTerm().Match(folded, nameEnd, Math.Min(80, folded.Length - nameEnd));
            if (congressTerm is null && near.Success)
                congressTerm = new Term(int.Parse(near.Groups[1].ValueSpan, CultureInfo.InvariantCulture), int.Parse(near.Groups[2].ValueSpan, CultureInfo.InvariantCulture));
            if (name is not null && congress is not null && congressTerm is not null)
                break;
        }
        if (levelWord is null || name is null)
        {
            foreach (Match m in Organization().Matches(folded))
            {
                var (candidate, _) = NameAt(text.Original, m.Index + m.Length);
                if (candidate is null) continue;
                if (levelWord is not null && m.Groups[1].Value != levelWord) continue;
                if (levelWord is null && m.Groups[1].Value is "tinh" or "thanh pho" && name is null)
                {
                    // "ĐẢNG BỘ TỈNH SƠN LA" heads many commune reports: keep looking for the commune itself.
                    levelWord ??= null;
                }
                levelWord ??= m.Groups[1].Value;
                name = candidate;
                if (m.Groups[1].Value is not ("tinh" or "thanh pho")) break;
            }
        }
        var level = levelWord switch
        {
            "xa" or "phuong" or "thi tran" => OrganizationLevel.Commune,
            "tinh" => OrganizationLevel.Province,
            "thanh pho" when name is not null && Provinces.ByFolded.Any(p => p.Folded == MatchText.Create(name, false).Folded) => OrganizationLevel.Province,
            _ => OrganizationLevel.Other,
        };
        var organization = levelWord is null || name is null ? null : OfficialSpelling($"Đảng bộ {LevelWord(levelWord)} {TitleCase(name)}", joined);
        var province = level == OrganizationLevel.Province && name is not null ? ProvinceName(MatchText.Create(name, false).Folded) ?? TitleCase(name) : FindProvince(folded);

        // Not another body's term mentioned in passing ("Quốc hội khóa XVI, nhiệm kỳ 2026-2031").
        var terms = new Dictionary<(int, int), (int Count, int First)>();
        foreach (Match m in TermPattern().Matches(folded))
        {
            var from = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var to = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            if (to - from is < 2 or > 10) continue;
            var key = (from, to);
            terms[key] = terms.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.First) : (1, m.Index);
        }
        // Of the terms named more than once, the latest is the new term the congress opens (the previous one is named too).
        var repeated = terms.Where(p => p.Value.Count >= 2).ToList();
        var best = (repeated.Count > 0 ? repeated : terms.ToList()).OrderByDescending(p => p.Key.Item1).Select(p => ((int, int)?)p.Key).FirstOrDefault();
        var term = congressTerm ?? (best is { } b ? new Term(b.Item1, b.Item2) : null);
        return new DocumentHeader(organization, level, province, congress, term, diacritics);
    }

    /// <summary>
    /// The unit's name in its official spelling where OCR damaged it ("xã Bac Yén" → "xã Bắc Yên", "tỉnh Son La" →
    /// "tỉnh Sơn La"): the official names of that kind that the OCR channel can read from every word (<see cref="UnitNames"/>).
    /// A name already spelt right, or one no official name explains, is left as it is.
    /// </summary>
    private static string OfficialSpelling(string organization, string documentText) =>
        // A name whose every word carries a mark was not read by an engine that drops them: the list is not even loaded.
        organization.Split(' ').All(w => w.Any(VietnameseLetters.HasMark))
            ? organization
            : UnitNames.Shipped.Apply(organization, organization, OcrChannel.Shipped, UnitNames.Fold(documentText));

    /// <summary>Capitalised words right after the level word: "Bắc Yên", "Phiêng Pằn", "MƯỜNG LẦM".</summary>
    private static (string? Name, int End) NameAt(string original, int index)
    {
        var words = new List<string>();
        var i = index;
        var end = index;
        while (i < original.Length && words.Count < 5)
        {
            while (i < original.Length && original[i] == ' ') i++;
            var start = i;
            while (i < original.Length && (char.IsLetter(original[i]) || original[i] == '-' || (char.IsDigit(original[i]) && i > start))) i++;
            if (i == start) break;
            var word = original[start..i];
            if (!char.IsUpper(word[0])) break;
            var f = MatchText.Create(word, false).Folded;
            if (f is "lan" or "nhiem" or "khoa" or "trinh" or "tai" or "ve" or "va" or "dang" or "cong" or "so" or "s6" or "bao" or "dai") break;
            words.Add(word);
            end = i;
        }
        return (words.Count == 0 ? null : string.Join(' ', words), end);
    }

    private static string? FindProvince(string folded)
    {
        var counts = new Dictionary<string, int>();
        foreach (Match m in ProvinceWord().Matches(folded))
        {
            var at = m.Index + m.Length;
            foreach (var (f, n) in Provinces.ByFolded)
            {
                if (string.CompareOrdinal(folded, at, f, 0, f.Length) == 0 && (at + f.Length >= folded.Length || !char.IsLetter(folded[at + f.Length])))
                {
                    counts[n] = counts.GetValueOrDefault(n) + 1;
                    break;
                }
            }
        }
        return counts.Count == 0 ? null : counts.MaxBy(p => p.Value).Key;
    }

    private static string? ProvinceName(string folded) =>
        Provinces.ByFolded.FirstOrDefault(p => p.Folded == folded).Name;

    private static string LevelWord(string folded) => folded switch
    {
        "xa" => "xã",
        "phuong" => "phường",
        "thi tran" => "thị trấn",
        "thi xa" => "thị xã",
        "huyen" => "huyện",
        "quan" => "quận",
        "tinh" => "tỉnh",
        _ => "thành phố",
    };

    private static string TitleCase(string name)
    {
        if (name.Any(char.IsLower)) return name;
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        return string.Join(' ', name.Split(' ').Select(w => w.Length == 0 ? w : w[..1] + w[1..].ToLower(vi)));
    }

    private static int? ParseOrdinal(string word)
    {
        switch (word)
        {
            case "nhat": return 1;
            case "hai": return 2;
            case "ba": return 3;
            case "tu": return 4;
            case "nam": return 5;
            case "sau": return 6;
            case "bay": return 7;
            case "tam": return 8;
            case "chin": return 9;
            case "muoi": return 10;
        }
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        var total = 0;
        var prev = 0;
        foreach (var c in word.Reverse())
        {
            var v = c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => -1 };
            if (v < 0) return null;
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total > 0 ? total : null;
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var lastSpace = false;
        foreach (var c in s)
        {
            var space = char.IsWhiteSpace(c);
            if (space && lastSpace) continue;
            sb.Append(space ? ' ' : c);
            lastSpace = space;
        }
        return sb.ToString();
    }
}
