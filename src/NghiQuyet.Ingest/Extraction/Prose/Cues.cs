using System.Text.RegularExpressions;

namespace NghiQuyet.Ingest.Extraction.Prose;

/// <summary>"phấn đấu …", "đặt (ra) mục tiêu", "đề ra mục tiêu", "hướng tới", "mục tiêu mới:", "như mục tiêu đề ra".</summary>
public sealed partial class AimCue : IProseCueRecognizer
{
    [GeneratedRegex(@"\bph\w{1,2}n d\w{1,2}u\b|\bd\w{1,2}t\s+(?:ra\s+)?(?:cac\s+)?m\w{1,2}c ti\w{1,2}u\b(?:\s+moi)?|\b(?:de ra|dua ra|xac dinh|dat ra|neu ro|thong nhat)\s+(?:cac\s+|nhung\s+)?m\w{1,2}c ti\w{1,2}u\b|\bhuong toi\b|\bmuc tieu\s+(?:moi|la|den nam|nhiem ky|phat trien)\b|\bmuc tieu\s*:|\bmuc tieu de ra\b|\bquyet tam\s+(?:dat|phan dau)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public IEnumerable<ProseCue> Find(string folded, TermYears term) => CueMatches.From(Pattern(), folded, TimeFrame.New, "prose:aim", 0.85, true);
}

/// <summary>"các chỉ tiêu chủ yếu", "đề ra 16 chỉ tiêu cụ thể, nổi bật như:", "xác định nhiều chỉ tiêu quan trọng, trong đó", "đặt chỉ tiêu".</summary>
public sealed partial class TargetListCue : IProseCueRecognizer
{
    [GeneratedRegex(@"\b(?:cac|mot so|nhieu|nhung)?\s*chi tieu\s+(?:chu yeu|cu the|co ban|quan trong|phat trien|kinh te)\b|\b(?:de ra|dat|xac dinh|thong qua|thuc hien|dat ra|dat duoc)\s+(?:cac\s+|nhieu\s+|\d+\s+)?chi tieu\b|\bnghi quyet\b[^.;]{0,60}\bxac dinh\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public IEnumerable<ProseCue> Find(string folded, TermYears term) => CueMatches.From(Pattern(), folded, TimeFrame.New, "prose:target-list", 0.85, true);
}

/// <summary>"đến năm 2030", "vào năm 2030", "trước năm 2030", "giai đoạn 2026-2030": a deadline in the new term.</summary>
public sealed partial class DeadlineCue : IProseCueRecognizer
{
    [GeneratedRegex(@"\b(?:den|toi|vao|truoc|cuoi)\s+(?:cuoi\s+)?(?:nam\s+)?(?<y>20\d\d)\b|\bgiai doan\s+(?<a>20\d\d)\s*-\s*(?<y>20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public IEnumerable<ProseCue> Find(string folded, TermYears term)
    {
        foreach (Match m in Pattern().Matches(folded))
        {
            var y = CueMatches.Year(m, "y");
            var from = m.Groups["a"].Success ? CueMatches.Year(m, "a") : y;
            if (term.IsNew(y) && from >= term.From)
                yield return new ProseCue(TimeFrame.New, "prose:deadline", 0.75, m.Index, m.Index + m.Length, false);
            else if (term.IsPast(y))
                yield return new ProseCue(TimeFrame.Past, "past:year", 0.7, m.Index, m.Index + m.Length, false);
        }
    }
}

/// <summary>"Nhiệm kỳ 2025-2030, …", "Trong nhiệm kỳ tới", "nhiệm kỳ mới" opening a sentence: the new term speaks.</summary>
public sealed partial class NewTermCue : IProseCueRecognizer
{
    [GeneratedRegex(@"^\W*(?:trong\s+|ve\s+)?(?:nhiem ky|giai doan)\s+(?<a>20\d\d)\s*-\s*(?<y>20\d\d)\b|\bnhiem ky\s+(?:moi|toi)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public IEnumerable<ProseCue> Find(string folded, TermYears term)
    {
        foreach (Match m in Pattern().Matches(folded))
        {
            if (m.Groups["y"].Success && !(CueMatches.Year(m, "a") >= term.From && term.IsNew(CueMatches.Year(m, "y"))))
                continue;
            yield return new ProseCue(TimeFrame.New, "prose:new-term", 0.75, m.Index, m.Index + m.Length, false);
        }
    }
}

/// <summary>
/// The previous term's results: "nhiệm kỳ 2020-2025", "nhiệm kỳ qua", "giai đoạn 2020-2025", "đến nay", "ước đạt",
/// "đã đạt", "năm 2025 dự kiến", "so với đầu nhiệm kỳ", "thời gian qua".
/// </summary>
public sealed partial class PastCue : IProseCueRecognizer
{
    [GeneratedRegex(@"\b(?:nhiem ky|giai doan)\s+(?<a>20\d\d)\s*-\s*(?<y>20\d\d)\b|\bnhiem ky\s+(?:qua|vua qua|truoc)\b|\b(?:den nay|uoc dat|uoc thuc hien|uoc tinh|da dat|da dat duoc|dat duoc nhieu|thoi gian qua|nam qua|dau nhiem ky|ket qua|vuot chi tieu|vuot muc tieu|so voi dau|truoc day)\b|\bnam\s+(?<y>20\d\d)\s+(?:du kien|uoc|dat|tang|giam)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public IEnumerable<ProseCue> Find(string folded, TermYears term)
    {
        foreach (Match m in Pattern().Matches(folded))
        {
            if (m.Groups["y"].Success && !term.IsPast(CueMatches.Year(m, "y")))
                continue;
            yield return new ProseCue(TimeFrame.Past, "past", 0.8, m.Index, m.Index + m.Length, false);
        }
    }
}
