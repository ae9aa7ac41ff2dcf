using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Core.Units;

namespace NghiQuyet.Core.Domain;

/// <summary>
/// Finds which old commune an assessment table speaks of. A merged commune's report carries one table per old commune,
/// captioned "Biểu 01 / BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ ĐỨA MÒN …": the caption (the table's label line and the few lines
/// after it, or the label itself) names one of the unit's predecessors.
/// </summary>
public sealed class FormerUnitLocator
{
    private const int CaptionLines = 4;
    private const int LookBack = 400;

    private readonly List<(Predecessor Predecessor, string Folded)> _names;
    private readonly IReadOnlyList<SourceLine>? _lines;
    private readonly Dictionary<(string?, int), Predecessor?> _cache = [];

    /// <summary>A locator over the organization's predecessors (with fewer than two, every table is about the unit itself) and the lines of its report, whose captions name them.</summary>
    public FormerUnitLocator(Organization organization, SourceDocument? source)
    {
        // With one predecessor or none, every table is about the unit itself.
        _names = organization.Predecessors.Count < 2
            ? []
            : organization.Predecessors
                .Select(p => (p, UnitQuery.Parse(p.FullName).Name))
                .OrderByDescending(p => p.Name.Length)
                .ToList();
        _lines = source?.Lines;
    }

    /// <summary>The old commune the row's table is about, or null where its caption names none of them.</summary>
    public Predecessor? Locate(PreviousTermResult row)
    {
        if (_names.Count == 0)
            return null;
        var caption = CaptionLine(row);
        if (_cache.TryGetValue((row.Table, caption), out var known))
            return known;
        var found = Named(row.Table);
        if (found is null && caption > 0 && _lines is not null)
            for (var i = caption; i < Math.Min(_lines.Count, caption + CaptionLines) && found is null; i++)
                found = Named(_lines[i].Text);
        _cache[(row.Table, caption)] = found;
        return found;
    }

    /// <summary>Index (0-based) of the nearest line at or above the row that starts with the table's label; -1 if none.</summary>
    private int CaptionLine(PreviousTermResult row)
    {
        if (_lines is null || string.IsNullOrWhiteSpace(row.Table))
            return -1;
        var label = VietnameseFold.Fold(row.Table);
        for (var i = Math.Min(row.Line - 1, _lines.Count - 1); i >= 0 && i >= row.Line - LookBack; i--)
            if (VietnameseFold.Fold(_lines[i].Text).StartsWith(label, StringComparison.Ordinal))
                return i;
        return -1;
    }

    private Predecessor? Named(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var folded = " " + new string(VietnameseFold.Fold(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()) + " ";
        foreach (var (predecessor, name) in _names)
            if (folded.Contains(" " + name + " ", StringComparison.Ordinal))
                return predecessor;
        return null;
    }
}
