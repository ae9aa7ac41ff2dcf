using System.Text.RegularExpressions;

namespace NghiQuyet.Ingest.Extraction.Targets.Phrases;

/// <summary>
/// Keyword patterns on folded text, tolerant of what OCR does to them ("tir"/"tuw" for "từ", "dudi" for "dưới",
/// "trd 1én" for "trở lên", "nim" for "năm").
/// </summary>
internal static partial class PhrasePatterns
{
    /// <summary>Filler that may stand between an op word and the figure: "đạt", ":", "khoảng".</summary>
    internal const string Gap = @"(?:\s*:)?(?:\s+(?:dat|la|con|chiem|muc|o muc|khoang|xuong))*[\s:]*";

    [GeneratedRegex(@"\bbinh quan\s+(?:h\w{1,2}ng|moi)\s+n\w{1,2}m\b|\btang truong\b.*\bbinh quan\b|\bbinh quan\b.*\btang truong\b|\b(?:h\w{1,2}ng|moi)\s+n\w{1,2}m\s+tang\b", RegexOptions.CultureInvariant)]
    internal static partial Regex GrowthContext();

    [GeneratedRegex(@"^\s*(?:tr[oedaà]\w?\s+[l1]\w{1,2}n\s+)?(?:moi|h\w{1,2}ng)\s+n\w{1,2}m\b", RegexOptions.CultureInvariant)]
    internal static partial Regex YearlyAfter();

    // The subject of a growth rate: "tăng trưởng (kinh tế|GRDP)", "tốc độ tăng …" — not "tăng … so với".
    [GeneratedRegex(@"\btang truong\b(?!.*\bso v\w{1,2}i\b)|\btoc do tang\b(?!.*\bso v\w{1,2}i\b)", RegexOptions.CultureInvariant)]
    internal static partial Regex GrowthSubject();

    /// <summary>The words before a figure since the previous figure of the clause ended (its "%"), where a new subject starts.</summary>
    internal static string SinceLastFigure(string before)
    {
        var cut = before.LastIndexOf('%');
        return cut >= 0 ? before[(cut + 1)..] : before;
    }

    [GeneratedRegex(@"\bso\s+v\w{1,2}i\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Compared();

    [GeneratedRegex(@"^\s*(?:tr[oedaà]\w?\s+[l1]\w{1,2}n|tro len)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex OrMoreAfter();

    [GeneratedRegex(@"\b(?:duy tri|giu vung|giu on dinh|hien co|hien nay co)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex MaintainWord();

    [GeneratedRegex(@"\b(?:trong do|phan dau|thanh lap|xay dung moi|tang|nang|moi)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex MaintainBreak();
}
