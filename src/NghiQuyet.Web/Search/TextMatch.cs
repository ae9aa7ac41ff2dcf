using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Search;

/// <summary>A hit inside a piece of original text: where it starts and how long it is, in the original's characters.</summary>
public sealed record Hit(string Text, int Start, int Length)
{
    public string Before => Text[..Start];
    public string Match => Text.Substring(Start, Length);
    public string After => Text[(Start + Length)..];
}

/// <summary>
/// Tone-insensitive search inside text that marks the hit in the original ("ho ngheo" marks "hộ nghèo"): the kernel's
/// fold with its position map (<see cref="VietnameseFold.FoldWithMap"/>) finds it and maps it back.
/// </summary>
public static class TextMatch
{
    /// <summary>The query as it is compared: folded; empty when it holds nothing to search for.</summary>
    public static string Query(string? text) => VietnameseFold.Fold(text);

    public static Hit? Find(string text, string foldedQuery)
    {
        if (foldedQuery.Length == 0 || string.IsNullOrEmpty(text))
            return null;
        var folded = VietnameseFold.FoldWithMap(text);
        var at = folded.Text.IndexOf(foldedQuery, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var (start, length) = folded.SourceSpan(at, foldedQuery.Length);
        return new Hit(text, start, length);
    }

    public static bool Contains(string? text, string foldedQuery) =>
        foldedQuery.Length > 0 && VietnameseFold.Fold(text).Contains(foldedQuery, StringComparison.Ordinal);
}
