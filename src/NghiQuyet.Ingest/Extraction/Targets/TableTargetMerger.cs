using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Structure;
using NghiQuyet.Ingest.Extraction.Tables;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>
/// Rows of a targets table → targets, and the merge with the text's targets: a table row is kept only where its figure
/// is not already a target of the text (same value and unit, similar name), so each figure is listed once, from the text.
/// </summary>
public static partial class TableTargetMerger
{
    [GeneratedRegex(@"[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    public static List<ExtractedTarget> ToTargets(IReadOnlyList<TableTargetRow> rows, int year, bool ocr, List<string> warnings)
    {
        var targets = new List<ExtractedTarget>();
        foreach (var row in rows)
        {
            var parsed = TargetExpression.Parse(ocr ? ScannedComparators(row.Expression) : row.Expression, ocr);
            if (parsed.Count == 0)
            {
                if (!string.IsNullOrWhiteSpace(row.Expression))
                    warnings.Add(string.Format(Core.Messages.TableRowSkipped, row.Line, row.Name + " — " + row.Expression));
                continue;
            }
            var headingGroups = row.GroupHeading is null ? [] : GroupClassifier.FromHeading(MatchText.Create(row.GroupHeading, ocr).Folded);
            var rowUnit = ocr ? ScannedUnit(row.Unit) : UnitTable.Canonical(row.Unit);
            for (var i = 0; i < parsed.Count; i++)
            {
                var p = parsed[i];
                var name = parsed.Count > 1 && Token().Count(MatchText.Create(p.Rest, ocr).Folded) >= 2 ? row.Name + " " + p.Rest : row.Name;
                var unit = p.Unit ?? rowUnit;
                var group = GroupClassifier.Resolve(headingGroups, MatchText.Create(name, ocr).Folded);
                targets.Add(new ExtractedTarget(row.Item, group, name.Trim(), p.Op, p.Value, p.ValueMax, unit, year, LineOf(row, p, i)));
            }
        }
        return targets;
    }

    [GeneratedRegex(@"[^\s/.]+", RegexOptions.CultureInvariant)]
    private static partial Regex UnitPart();

    [GeneratedRegex(@"^\s*2\s+(?=\d)|(?<=^|\s)=\s*(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ScannedAtLeast();

    /// <summary>
    /// "≥" as an English OCR model reads it: "=" (the lower bar merged) or "2" before the figure ("% 2 95" for "% ≥ 95").
    /// A target cell prints neither "=" nor two bare numbers side by side, so both are read back as "≥".
    /// </summary>
    private static string ScannedComparators(string expression) => ScannedAtLeast().Replace(expression, "≥ ");

    /// <summary>A unit cell a scan damaged ("Ty d6éng"), read word by word through the look-alike repair ("tỷ đồng").</summary>
    private static string? ScannedUnit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
            return null;
        // Word by word, and each part of "Tr.d/ngwoi/nam" on its own.
        var repaired = UnitPart().Replace(Core.Text.VietnameseFold.Fold(unit), m => Core.Text.OcrChannel.Shipped.RepairFolded(m.Value));
        var canonical = UnitTable.Canonical(repaired);
        return canonical is not null && canonical != repaired ? canonical : UnitTable.Canonical(unit);
    }

    /// <summary>The line of the i-th figure of a wrapped cell ("Duy trì 758 ha, trồng" / "mới 50 ha/năm").</summary>
    private static int LineOf(TableTargetRow row, ParsedTarget p, int index)
    {
        if (row.ExpressionLines.Count <= 1 || p.Value is not { } value)
            return row.Line;
        var seen = 0;
        foreach (var piece in row.ExpressionLines)
        {
            foreach (var f in FigureScanner.Scan(MatchText.Create(piece.Text, false), 0, piece.Text.Length, false, unitless: true))
            {
                if (seen == index && f.Value == value)
                    return piece.Line;
                seen++;
            }
        }
        return row.Line;
    }

    public static List<ExtractedTarget> Merge(List<ExtractedTarget> text, List<ExtractedTarget> table)
    {
        var merged = new List<ExtractedTarget>(text);
        // Every table target is compared with every text target: each name's words are made once.
        var tokens = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> TokensOf(string name)
        {
            if (!tokens.TryGetValue(name, out var set))
                tokens[name] = set = Tokens(name);
            return set;
        }
        foreach (var t in table)
        {
            // The same figure under the same item of the same group is the same target, however differently a scan
            // damaged its two names (the table's "TCCSĐ …" and the text's "Tỷ lệ tổ chức cơ sở đảng …").
            var duplicate = text.Any(x => x.Value == t.Value && x.ValueMax == t.ValueMax && UnitTable.Key(x.Unit) == UnitTable.Key(t.Unit)
                && (Similar(TokensOf(x.Name), TokensOf(t.Name)) || (x.Item is not null && x.Item == t.Item && x.Group == t.Group)));
            if (!duplicate)
                merged.Add(t);
        }
        return merged;
    }

    /// <summary>Half the words of the shorter name appear in the other.</summary>
    private static bool Similar(HashSet<string> ta, HashSet<string> tb)
    {
        if (ta.Count == 0 || tb.Count == 0) return false;
        var common = ta.Count(tb.Contains);
        return common * 2 >= Math.Min(ta.Count, tb.Count);
    }

    private static HashSet<string> Tokens(string s)
    {
        var set = new HashSet<string>();
        foreach (Match m in Token().Matches(MatchText.Create(s, false).Folded))
        {
            if (Abbreviations.TryGetValue(m.Value, out var full))
                set.UnionWith(full.Split(' ').Select(Core.Text.OcrChannel.Skeleton));
            else
                // The same word in a scanned text and a scanned table may be misread two ways ("tổ chức": "t6 chife", "to chirc").
                set.Add(Core.Text.OcrChannel.Skeleton(Core.Text.OcrChannel.Shipped.RepairFolded(m.Value)));
        }
        return set;
    }

    // Tables abbreviate what the text spells out.
    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["htx"] = "hop tac xa",
        ["dn"] = "doanh nghiep",
        ["ntm"] = "nong thon moi",
        ["bhyt"] = "bao hiem y te",
        ["bhxh"] = "bao hiem xa hoi",
        ["tthc"] = "thu tuc hanh chinh",
        ["dvctt"] = "dich vu cong truc tuyen",
        ["kdc"] = "khu dan cu",
        ["antt"] = "an ninh trat tu",
        ["tccsd"] = "to chuc co so dang",
        ["khcn"] = "khoa hoc cong nghe",
        ["mt"] = "mat tran",
    };
}
