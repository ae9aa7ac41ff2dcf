using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>
/// Degrades clean Vietnamese text the way an OCR engine without a Vietnamese model does: most marked letters lose their
/// marks, some become look-alike glyphs (ô/ơ/ộ → 6, ư → ir/w, ệ → €, ộ → ¢, đ → d/p/b, l → 1). Used to make the pairs the
/// channel model learns from and to build the "stripped + OCR noise" evaluation. Deterministic for a given seed.
/// Token boundaries are kept so that a degraded text aligns syllable by syllable with its source.
/// </summary>
public sealed class OcrNoise(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Look-alikes by base vowel (after removing the tone), each with a relative weight.</summary>
    private static readonly Dictionary<char, (string Glyph, double Weight)[]> LookAlikes = new()
    {
        ['o'] = [("6", 3), ("d", 1), ("g", 1), ("é", 1), ("0", 0.5)],
        ['ô'] = [("6", 3), ("d", 2), ("g", 1), ("é", 1), ("¢", 1)],
        ['ơ'] = [("6", 2), ("d", 2), ("g", 2), ("é", 1), ("a", 1)],
        ['a'] = [("d", 1), ("á", 1)],
        ['ă'] = [("d", 2), ("i", 1), ("á", 1)],
        ['â'] = [("d", 2), ("i", 1), ("á", 1)],
        ['e'] = [("é", 2), ("c", 0.5)],
        ['ê'] = [("é", 3), ("€", 2), ("¢", 1), ("c", 0.5)],
        ['u'] = [("ii", 1), ("ú", 1)],
        ['ư'] = [("ir", 3), ("w", 2), ("y", 1), ("ii", 1)],
        ['i'] = [("1", 2), ("í", 1)],
        ['y'] = [("v", 1), ("ý", 1)],
    };

    /// <summary>Share of marked letters that come out as a look-alike glyph rather than the bare letter.</summary>
    public double GlyphRate { get; init; } = 0.12;

    /// <summary>Share of marked letters that keep their marks (OCR gets some right).</summary>
    public double KeepRate { get; init; } = 0.04;

    /// <summary>Share of the letter l read as the digit 1.</summary>
    public double OneForL { get; init; } = 0.08;

    public string Degrade(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in Core.Text.UnicodeForms.FormC(text))
            sb.Append(DegradeChar(c));
        return sb.ToString();
    }

    private string DegradeChar(char c)
    {
        var upper = char.IsUpper(c);
        var lower = char.ToLowerInvariant(c);
        if (lower == 'đ')
        {
            var r = _random.NextDouble();
            if (r < KeepRate) return c.ToString();
            if (upper)
                return r < 0.45 ? "P" : r < 0.65 ? "B" : r < 0.95 ? "D" : "Db";
            return r < 0.85 ? "d" : r < 0.95 ? "p" : "b";
        }
        if (lower == 'l')
            return _random.NextDouble() < OneForL ? "1" : c.ToString();
        if (!VietnameseLetters.IsVowel(lower) || !VietnameseLetters.HasMark(lower))
            return c.ToString();
        var roll = _random.NextDouble();
        if (roll < KeepRate)
            return c.ToString();
        var plain = VietnameseFold.FoldChar(lower);
        if (roll < KeepRate + GlyphRate)
        {
            var toneless = VietnameseLetters.WithoutTone(lower);
            if (LookAlikes.TryGetValue(toneless, out var options))
            {
                var pick = Pick(options);
                return upper ? pick.ToUpperInvariant() : pick;
            }
        }
        return upper ? char.ToUpperInvariant(plain).ToString() : plain.ToString();
    }

    private string Pick((string Glyph, double Weight)[] options)
    {
        var total = options.Sum(o => o.Weight);
        var r = _random.NextDouble() * total;
        foreach (var (glyph, weight) in options)
        {
            r -= weight;
            if (r <= 0)
                return glyph;
        }
        return options[^1].Glyph;
    }
}
