using NghiQuyet.Core;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;
using NghiQuyet.Web.Units;

namespace NghiQuyet.Web.Units;

/// <summary>A target row of the appendix table: the figures by year in the table's year columns (null = none).</summary>
public sealed record TableRow(string? Item, string Name, string? Unit, string Target, IReadOnlyList<decimal?> Figures, string Assessment);

public sealed record TableGroup(string Number, string Name, IReadOnlyList<TableRow> Rows);

public sealed record PreviousRow(int Number, string Name, string? Unit, decimal? Target, decimal? Actual, string Verdict);

/// <summary>
/// A unit's report laid out as the political reports' appendix tables: "Biểu 02" (the term's main targets, grouped
/// I. Kinh tế, II. Văn hóa – xã hội …, with the approved figures by year) and "Biểu 01" (the previous term's results).
/// Both exports (xlsx, csv) write this one shape.
/// </summary>
public sealed record UnitTables(string UnitName, string? ProvinceName, int? TermFrom, int? TermTo, IReadOnlyList<int> Years,
    IReadOnlyList<TableGroup> Groups, IReadOnlyList<PreviousRow> Previous)
{
    public const string TargetsSheet = Messages.ExportTargetsSheet;
    public const string PreviousSheet = Messages.ExportPreviousSheet;

    public string TargetsTitle => TermFrom is null || TermTo is null ? Messages.ExportTargetsTitle : string.Format(Messages.ExportTargetsTitleTerm, TermFrom, TermTo);
    public string PreviousTitle => TermFrom is { } from ? string.Format(Messages.ExportPreviousTitleTerm, from - 5, from) : Messages.ExportPreviousTitle;
    public string TargetHeader => TermTo is { } to ? string.Format(Messages.ExportTargetColumnYear, to) : Messages.ExportTargetColumn;

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    public static UnitTables From(UnitReport report)
    {
        var lines = report.Lines;
        var years = lines.SelectMany(l => l.Figures).Select(f => f.Year).Distinct().Order().ToList();
        var groups = new List<TableGroup>();
        foreach (var g in Signals.Groups)
        {
            var inGroup = lines.Where(l => l.Target.Group == g).ToList();
            if (inGroup.Count == 0)
                continue;
            groups.Add(new TableGroup(Roman[Math.Min(groups.Count, Roman.Length - 1)], Signals.GroupName(g), inGroup.Select(l =>
            {
                var share = l.Row.Evaluation.Spec.IsShare;
                var byYear = l.Figures.ToDictionary(f => f.Year, f => f.Effective(share));
                return new TableRow(l.Target.Item, l.Target.EffectiveName, l.Target.EffectiveUnit, Format.Target(l.Target),
                    years.Select(y => byYear.GetValueOrDefault(y)).ToList(), l.Row.StatusText);
            }).ToList()));
        }
        var previous = report.PreviousResults.Select((r, i) => new PreviousRow(i + 1,
            r.FormerUnitName is { } former ? $"{r.Row.Name} ({former})" : r.Row.Name, r.Row.Unit, r.Row.Target, r.Row.Actual, Format.Verdict(r.Row.Verdict))).ToList();
        // The official name, not the header as the document spelt it (case and wording vary by report).
        return new UnitTables(report.Unit.FullName, report.Province?.FullName,
            report.Resolution?.TermFrom, report.Resolution?.TermTo, years, groups, previous);
    }
}
