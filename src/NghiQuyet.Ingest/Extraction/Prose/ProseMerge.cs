using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Targets;

namespace NghiQuyet.Ingest.Extraction.Prose;

/// <summary>
/// News texts say a target in the headline, the lead and the body; the fullest statement is the one kept. A prose
/// figure already read by the targets section or table is dropped; two prose statements of one figure (same value,
/// same unit, names that share their words) become the one with the fuller name.
/// </summary>
public static partial class ProseMerge
{
    [GeneratedRegex(@"[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    public static List<ExtractedTarget> Merge(List<ExtractedTarget> structured, List<ExtractedTarget> prose)
    {
        var kept = new List<(int Index, ExtractedTarget Target)>();
        foreach (var (p, index) in prose.Select((p, i) => (p, i)).OrderByDescending(x => Tokens(x.p.Name).Count).ThenByDescending(x => x.p.Confidence ?? 0).ThenBy(x => x.i))
        {
            if (structured.Any(s => Same(s, p) || (s.Line == p.Line && s.Value == p.Value && UnitTable.Key(s.Unit) == UnitTable.Key(p.Unit))))
                continue;
            if (kept.Any(k => k.Target.Line != p.Line && Same(k.Target, p)))
                continue;
            kept.Add((index, p));
        }
        // Back in the order the text gives them.
        return [.. structured, .. kept.OrderBy(k => k.Index).Select(k => k.Target)];
    }

    private static bool Same(ExtractedTarget a, ExtractedTarget b)
    {
        if (a.Value != b.Value || a.ValueMax != b.ValueMax || UnitTable.Key(a.Unit) != UnitTable.Key(b.Unit))
            return false;
        var ta = Tokens(a.Name);
        var tb = Tokens(b.Name);
        var shorter = ta.Count <= tb.Count ? ta : tb;
        var longer = ta.Count <= tb.Count ? tb : ta;
        // A share of 100% or 90% recurs for different indicators; an amount with its unit rarely does by chance.
        var share = a.Unit is null || a.Unit.StartsWith('%');
        return shorter.Count < 1 || shorter.Count(longer.Contains) * (share ? 2 : 4) >= shorter.Count;
    }

    // Words every indicator of the genre shares ("tăng bình quân hằng năm", "tỷ lệ … trên địa bàn"): they say nothing about which one it is.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "tang", "truong", "binh", "quan", "hang", "moi", "nam", "dat", "ty", "le", "trong", "tren", "dia", "ban", "toc", "do",
        "tong", "so", "cua", "va", "den", "giai", "doan", "muc", "khoang", "tu", "tro", "len", "tinh", "xa", "phuong", "thanh", "pho",
    };

    private static HashSet<string> Tokens(string name) =>
        Token().Matches(Text.MatchText.Create(name, false).Folded).Select(m => m.Value)
            .Where(t => !Common.Contains(t) && !t.All(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);
}
