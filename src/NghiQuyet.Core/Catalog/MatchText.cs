using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Catalog;

/// <summary>
/// An indicator phrase reduced to the words that tell indicators apart: folded (<see cref="VietnameseFold"/>),
/// abbreviations expanded ("BHYT" → "bao hiem y te"), the damage OCR leaves undone ("ty 1€" → "ty le", "s6" → "so",
/// "ciia" → "cua", by the learned <see cref="OcrChannel"/>), filler words dropped ("tỷ lệ", "các", "được", "đến năm").
/// </summary>
public static class MatchText
{
    private static readonly HashSet<string> Filler =
    [
        "ty", "le", "so", "cac", "cua", "va", "duoc", "tren", "trong", "den", "nam", "dat", "theo", "voi", "cho", "tu",
        "tro", "len", "hang", "phan", "dau", "chiem", "nhung", "mot", "nay", "do", "la", "it", "nhat", "toi", "thieu",
        "da", "hoac", "gom", "ca", "cung", "nhu", "ve", "thuc", "hien", "tong",
    ];

    /// <param name="abbreviations">Keyed by folded form (<see cref="FoldKeys"/>).</param>
    public static IReadOnlyList<string> Tokens(string? text, IReadOnlyDictionary<string, string>? abbreviations = null)
    {
        var folded = VietnameseFold.Fold(text);
        var tokens = new List<string>();
        foreach (var raw in SplitRaw(folded))
        {
            var token = raw.Trim('.');
            if (token.Length == 0)
                continue;
            if (IsLeGlyph(token))
            {
                tokens.Add("le");
                continue;
            }
            if (abbreviations is not null && TryExpand(token, abbreviations, out var expansion))
            {
                foreach (var t in SplitRaw(VietnameseFold.Fold(expansion)))
                    Add(tokens, t);
                continue;
            }
            foreach (var part in token.Split(['.', '&', '€', '¢'], StringSplitOptions.RemoveEmptyEntries))
                Add(tokens, RepairOcr(part));
        }
        return tokens;
    }

    /// <summary>Tokens without filler words: what a phrase is about.</summary>
    public static IReadOnlyList<string> Content(string? text, IReadOnlyDictionary<string, string>? abbreviations = null) =>
        Tokens(text, abbreviations).Where(t => !Filler.Contains(t)).ToList();

    /// <summary>Short forms keyed by their folded form ("bhyt", "kh&amp;cn"), as <see cref="FoldKeys"/> makes them.</summary>
    private static bool TryExpand(string token, IReadOnlyDictionary<string, string> abbreviations, out string expansion)
    {
        if (abbreviations.TryGetValue(token, out var full))
        {
            expansion = full;
            return true;
        }
        expansion = "";
        return false;
    }

    /// <summary>A catalog's abbreviations keyed by their folded form, for <see cref="Tokens"/>.</summary>
    public static IReadOnlyDictionary<string, string> FoldKeys(IReadOnlyDictionary<string, string> abbreviations)
    {
        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (abbr, full) in abbreviations)
            folded[VietnameseFold.Fold(abbr)] = full;
        return folded;
    }

    // "1€", "1¢", "18", "1&" are what OCR makes of "lệ" after "tỷ".
    private static bool IsLeGlyph(string token) =>
        token.Length == 2 && token[0] == '1' && token[1] is '€' or '¢' or '&' or '8' or 'e';

    private static IEnumerable<string> SplitRaw(string folded)
    {
        var sb = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c is '&' or '€' or '¢' or '.')
            {
                sb.Append(c);
                continue;
            }
            if (sb.Length > 0)
                yield return sb.ToString();
            sb.Clear();
        }
        if (sb.Length > 0)
            yield return sb.ToString();
    }

    private static void Add(List<string> tokens, string token)
    {
        if (token.Length > 0)
            tokens.Add(token);
    }

    // OCR damage is undone by the channel learned from real OCR and the syllable grammar (the kernel's OcrChannel), not
    // by a list of words one scan happened to contain: a token is read as the plain syllable OCR most likely made it from.
    private static string RepairOcr(string token) => OcrChannel.Shipped.RepairFolded(token);
}
