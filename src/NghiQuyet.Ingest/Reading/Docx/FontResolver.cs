using DocumentFormat.OpenXml.Wordprocessing;
using NghiQuyet.Ingest.Reading.Encodings;

namespace NghiQuyet.Ingest.Reading.Docx;

/// <summary>The font a run is shown in: its own, else its character style's, else its paragraph style's, else the default.</summary>
internal sealed class FontResolver
{
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _default;
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public FontResolver(Styles? styles)
    {
        if (styles is null)
            return;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
                _styles.TryAdd(id, style);
        }
        _default = FontName(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts);
        var defaultParagraph = styles.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        if (defaultParagraph is not null)
            _default = StyleFont(defaultParagraph) ?? _default;
    }

    public string? FontOf(Run run, string? paragraphStyle) =>
        FontName(run.RunProperties?.RunFonts)
        ?? (run.RunProperties?.RunStyle?.Val?.Value is { } runStyle ? StyleFont(runStyle) : null)
        ?? (paragraphStyle is not null ? StyleFont(paragraphStyle) : null)
        ?? _default;

    private string? StyleFont(string styleId)
    {
        if (_cache.TryGetValue(styleId, out var cached))
            return cached;
        _cache[styleId] = null; // guards against basedOn cycles
        string? font = null;
        if (_styles.TryGetValue(styleId, out var style))
        {
            font = FontName(style.StyleRunProperties?.RunFonts);
            if (font is null && style.BasedOn?.Val?.Value is { } parent)
                font = StyleFont(parent);
        }
        _cache[styleId] = font;
        return font;
    }

    private static string? FontName(RunFonts? fonts) => fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value;

    /// <summary>".VnTime", ".VnArial", ".VnTimeH" … are TCVN3 (ABC) fonts; "VNI-Times" … are VNI fonts.</summary>
    public static string? LegacyEncodingOf(string? font)
    {
        if (font is null)
            return null;
        if (font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
            return TextDecoding.Tcvn3;
        if (font.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase))
            return TextDecoding.Vni;
        return null;
    }

    /// <summary>The TCVN3 capital fonts end in "H" (.VnTimeH): they draw the lower-case byte positions as capitals.</summary>
    public static bool IsCapitalFont(string? font) => font is not null && font.EndsWith('H') && font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase);
}
