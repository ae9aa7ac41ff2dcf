using DocumentFormat.OpenXml.Wordprocessing;

namespace NghiQuyet.Ingest.Reading.Docx;

/// <summary>
/// Word's automatic list numbers ("1.", "(7)", "a)", "-") are not in the text but are what a reader sees and what the
/// extractor needs as item labels, so they are computed here from numbering.xml: one counter per list and level,
/// deeper levels restarting when a shallower one advances. Call <see cref="Next"/> once per paragraph, in order.
/// </summary>
internal sealed class NumberingLabels
{
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, NumberingProperties> _styleNumbering = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _counters = new(StringComparer.Ordinal);
    private readonly HashSet<int> _overrideApplied = [];

    public NumberingLabels(Numbering? numbering, Styles? styles)
    {
        if (numbering is null)
            return;
        foreach (var a in numbering.Elements<AbstractNum>())
        {
            if (a.AbstractNumberId?.Value is { } id)
                _abstracts.TryAdd(id, a);
        }
        foreach (var n in numbering.Elements<NumberingInstance>())
        {
            if (n.NumberID?.Value is { } id)
                _instances.TryAdd(id, n);
        }
        if (styles is null)
            return;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && style.StyleParagraphProperties?.NumberingProperties is { } numPr)
                _styleNumbering.TryAdd(id, numPr);
        }
    }

    public string? Next(Paragraph paragraph)
    {
        if (_instances.Count == 0)
            return null;
        var properties = paragraph.ParagraphProperties;
        var numPr = properties?.NumberingProperties;
        if (numPr is null && properties?.ParagraphStyleId?.Val?.Value is { } style)
            _styleNumbering.TryGetValue(style, out numPr);
        var numId = numPr?.NumberingId?.Val?.Value;
        if (numId is null or 0 || !_instances.TryGetValue(numId.Value, out var instance))
            return null;
        var level = Math.Clamp(numPr!.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
        var abstractId = instance.AbstractNumId?.Val?.Value;
        if (abstractId is null || !_abstracts.TryGetValue(abstractId.Value, out var abstractNum))
            return null;
        var levels = new Level?[9];
        foreach (var l in abstractNum.Elements<Level>())
        {
            if (l.LevelIndex?.Value is { } i and >= 0 and < 9)
                levels[i] = l;
        }
        var starts = levels.Select(l => l?.StartNumberingValue?.Val?.Value ?? 1).ToArray();
        var overrides = instance.Elements<LevelOverride>().ToList();
        // A numbering instance with start overrides is a list of its own; others continue their abstract list.
        var key = overrides.Count > 0 ? "n" + numId : "a" + abstractId;
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = starts.Select(s => s - 1).ToArray();
            _counters[key] = counters;
        }
        if (overrides.Count > 0 && _overrideApplied.Add(numId.Value))
        {
            foreach (var o in overrides)
            {
                if (o.LevelIndex?.Value is { } i and >= 0 and < 9 && o.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    starts[i] = start;
                    counters[i] = start - 1;
                }
            }
        }
        counters[level]++;
        for (var deeper = level + 1; deeper < 9; deeper++)
            counters[deeper] = starts[deeper] - 1;
        var definition = levels[level];
        if (definition is null)
            return null;
        var format = definition.NumberingFormat?.Val?.Value;
        var pattern = definition.LevelText?.Val?.Value ?? string.Empty;
        if (format == NumberFormatValues.Bullet)
            return pattern.Length == 1 && pattern[0] is '-' or '+' or '*' or '•' or '–' ? pattern : "-";
        if (format == NumberFormatValues.None || pattern.Length == 0)
            return null;
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var l = pattern[i + 1] - '1';
                var f = levels[l]?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
                sb.Append(Format(Math.Max(counters[l], starts[l]), f));
                i++;
            }
            else
            {
                sb.Append(pattern[i]);
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter)
            return Letters(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter)
            return Letters(value);
        if (format == NumberFormatValues.LowerRoman)
            return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperRoman)
            return Roman(value);
        if (format == NumberFormatValues.DecimalZero)
            return value.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Word repeats the letter after z: aa, bb … (not a spreadsheet's aa, ab).
    private static string Letters(int value)
    {
        if (value < 1)
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var letter = (char)('A' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ReadOnlySpan<int> numbers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < numbers.Length; i++)
        {
            while (value >= numbers[i])
            {
                sb.Append(symbols[i]);
                value -= numbers[i];
            }
        }
        return sb.ToString();
    }
}
