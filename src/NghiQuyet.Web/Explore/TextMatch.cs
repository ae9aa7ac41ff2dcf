using System.Globalization;
using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Explore;

/// <summary>A hit inside a piece of original text: where it starts and how long it is, in the original's characters.</summary>
public sealed record Hit(string Text, int Start, int Length)
{
    public string Before => Text[..Start];
    public string Match => Text.Substring(Start, Length);
    public string After => Text[(Start + Length)..];
}

/// <summary>
/// Tone-insensitive search inside text that keeps track of positions, so the hit can be marked in the original
/// ("ho ngheo" marks "hộ nghèo"). Folds as <see cref="VietnameseFold"/> does, one original character at a time.
/// </summary>
public static class TextMatch
{
    /// <summary>The query as it is compared: folded; empty when it holds nothing to search for.</summary>
    public static string Query(string? text) => VietnameseFold.Fold(text);

    public static Hit? Find(string text, string foldedQuery)
    {
        if (foldedQuery.Length == 0 || string.IsNullOrEmpty(text))
            return null;
        var (folded, map) = FoldWithMap(text);
        var at = folded.IndexOf(foldedQuery, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var start = map[at];
        var end = map[at + foldedQuery.Length - 1];
        // Take the whole original character (with its combining marks) the last folded character came from.
        var stop = end + 1;
        while (stop < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[stop]) == UnicodeCategory.NonSpacingMark)
            stop++;
        return new Hit(text, start, stop - start);
    }

    public static bool Contains(string? text, string foldedQuery) =>
        foldedQuery.Length > 0 && VietnameseFold.Fold(text).Contains(foldedQuery, StringComparison.Ordinal);

    /// <summary>The folded text and, for each folded character, the index of the original character it came from.</summary>
    internal static (string Folded, int[] Map) FoldWithMap(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var lastWasSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    map.Add(i);
                }
                lastWasSpace = true;
                continue;
            }
            if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(c);
                    map.Add(i);
                }
                continue;
            }
            lastWasSpace = false;
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                    continue;
                sb.Append(d is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d));
                map.Add(i);
            }
        }
        return (sb.ToString(), map.ToArray());
    }
}
