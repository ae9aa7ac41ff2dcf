using NghiQuyet.Core.Catalog;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>A unit found after a figure: its canonical, tone-marked form and how many characters it took in the text.</summary>
public readonly record struct UnitMatch(string Unit, int Length, bool IsCount);

/// <summary>
/// The extractor's door to the solution's one unit grammar (<see cref="UnitGrammar"/> over <see cref="UnitVocabulary"/>),
/// on text folded by <see cref="Text.MatchText"/> (so "tấn", "tan" and OCR's "ty déng" all work).
/// </summary>
public static class UnitTable
{
    /// <summary>The unit starting at <paramref name="start"/> in <paramref name="folded"/> (after optional spaces), if any.</summary>
    public static UnitMatch? Match(string folded, int start, bool ocr) => Match(folded, start, folded.Length, ocr);

    /// <summary>As <see cref="Match(string, int, bool)"/>, reading no further than <paramref name="limit"/>.</summary>
    public static UnitMatch? Match(string folded, int start, int limit, bool ocr) =>
        UnitGrammar.Match(folded, start, limit, ocr) is { } m ? new UnitMatch(m.Unit, m.Length, m.IsCount) : null;

    /// <summary>A unit written on its own (a table's "Đơn vị tính" cell): canonical form, or the text as written.</summary>
    public static string? Canonical(string? unit) => UnitGrammar.Canonical(unit);

    /// <summary>A key under which two spellings of the same unit compare equal ("HTX" and "hợp tác xã").</summary>
    public static string Key(string? unit) => UnitGrammar.Key(unit);
}
