using System.Text.RegularExpressions;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Targets;
using NghiQuyet.Ingest.Extraction.Text;

namespace NghiQuyet.Ingest.Extraction.Structure;

/// <summary>The targets section of a report: where it starts, and its items under their group headings.</summary>
public sealed record TargetSection(int HeadingLine, IReadOnlyList<TargetItem> Items, int EndLine);

/// <summary>
/// Finds the section "Các chỉ tiêu chủ yếu (đến năm 2030)" of the new term and splits it into items. The section is the
/// heading that best looks like the new term's targets (it names 2030, or stands under a "Mục tiêu"/"Phương hướng"
/// part rather than under "Kết quả thực hiện") and runs to the next heading of its level or above.
/// </summary>
public static partial class TargetSectionReader
{
    // Made once: a params array would be built for every line at each call.
    private static readonly char[] HeadingPunctuation = [' ', '*', '-', '+', '.', ':'];
    private static readonly char[] Bullets = [' ', '*', '-', '+', '•'];

    [GeneratedRegex(@"^(?:cac\s+|nhom\s+|he thong\s+)*chi t\w{1,3}u\b", RegexOptions.CultureInvariant)]
    private static partial Regex TargetsHeading();

    [GeneratedRegex(@"\bch\w{1,2} y\w{1,2}u\b|\b20\d\d\b|\bnhiem ky (?:moi|20\d\d)|\bden n\w{1,2}m\b|\bco ban\b|\bphat trien\b", RegexOptions.CultureInvariant)]
    private static partial Regex TargetsHeadingQualifier();

    [GeneratedRegex(@"ket qua|thuc hien|danh gia|bieu|phu luc|\bdat duoc\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastWords();

    [GeneratedRegex(@"muc t\w{1,2}u|phuong huong|nhiem vu|dinh huong|quan diem", RegexOptions.CultureInvariant)]
    private static partial Regex FutureWords();

    [GeneratedRegex(@"ket qua|danh gia|han che|khuyet diem|boi canh|tinh hinh|bai hoc", RegexOptions.CultureInvariant)]
    private static partial Regex PastPart();

    [GeneratedRegex(@"khau dot pha|nhiem vu|giai phap|phuong huong|to chuc thuc hien|dot pha", RegexOptions.CultureInvariant)]
    private static partial Regex NextSection();

    public static IReadOnlyList<ReportLine> Prepare(SourceDocument doc, bool ocr) =>
        doc.Lines.Select(l =>
        {
            var text = MatchText.Create(l.Text, ocr);
            return new ReportLine(l.Number, text, LineShape.Of(text), l.IsTableRow);
        }).ToList();

    /// <summary>
    /// The targets section under its heading, for the term <paramref name="from"/>–<paramref name="to"/> the document
    /// names; null where there is none (a list run on from a sentence is the prose reader's, which also knows its time
    /// frame and "Về …" groups).
    /// </summary>
    public static TargetSection? Find(IReadOnlyList<ReportLine> lines, bool ocr, int from, int to)
    {
        var toYear = to.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pastYear = (from - 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var best = -1;
        var bestScore = int.MinValue;
        string? lastPart = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Shape.Kind is LineKind.RomanHeading or LineKind.Part)
                lastPart = line.FoldedContent;
            if (line.Shape.Kind is not (LineKind.NumberedHeading or LineKind.RomanHeading or LineKind.Text or LineKind.SubLine))
                continue;
            if (line.Text.Length > 120 || line.Text.IsTableRowLike())
                continue;
            var content = line.FoldedContent.Trim(HeadingPunctuation);
            if (!TargetsHeading().IsMatch(content) || !TargetsHeadingQualifier().IsMatch(content))
                continue;
            var score = 0;
            if (content.Contains(toYear, StringComparison.Ordinal)) score += 2;
            if (PastWords().IsMatch(content) || content.Contains(pastYear, StringComparison.Ordinal)) score -= 4;
            if (GroupClassifier.FromHeading(content).Count > 0) score -= 1;
            if (lastPart is not null && FutureWords().IsMatch(lastPart)) score += 2;
            if (lastPart is not null && PastPart().IsMatch(lastPart)) score -= 3;
            if (line.Shape.Kind == LineKind.Text && !content.Contains(toYear, StringComparison.Ordinal)) score -= 1;
            if (!HasItemsAfter(lines, i, ocr)) score -= 10;
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        if (best >= 0 && bestScore > -8)
            return ReadSection(lines, best, ocr);
        return null;
    }

    private static bool HasItemsAfter(IReadOnlyList<ReportLine> lines, int heading, bool ocr)
    {
        for (var i = heading + 1; i < lines.Count && i <= heading + 40; i++)
        {
            var t = lines[i].Text;
            if (FigureScanner.Scan(t, 0, t.Length, ocr).Count > 0)
                return true;
        }
        return false;
    }

    private static TargetSection ReadSection(IReadOnlyList<ReportLine> lines, int headingIndex, bool ocr)
    {
        var heading = lines[headingIndex];
        var headingLevel = heading.Shape.Kind switch
        {
            LineKind.RomanHeading => 0,
            LineKind.NumberedHeading => heading.Shape.Level,
            _ => int.MaxValue,
        };
        var headingNumber = heading.Shape.Kind == LineKind.NumberedHeading ? LastNumber(heading.Shape.Label) : -1;
        var items = new List<TargetItem>();
        IReadOnlyList<Core.Extraction.TargetGroup> groups = GroupClassifier.FromHeading(heading.FoldedContent);
        string? label = null;
        List<ItemLine>? current = null;
        var end = lines.Count;
        var sameLevelItems = false;

        void Close()
        {
            if (current is { Count: > 0 })
                items.Add(new TargetItem(label, groups, current));
            current = null;
        }

        void Start(string? newLabel, ReportLine line, bool sub)
        {
            Close();
            label = newLabel;
            current = [new ItemLine(line.Number, line.Content, sub)];
        }

        for (var i = headingIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var shape = line.Shape;
            // A real table's rows are the table reader's (TargetTables), not running text.
            if (shape.Kind is LineKind.Blank or LineKind.PageNumber || line.IsTableRow)
                continue;
            if (shape.Kind is LineKind.Part or LineKind.RomanHeading)
            {
                end = i;
                break;
            }
            var hasFigure = FigureScanner.Scan(line.Text, 0, line.Text.Length, ocr).Count > 0;
            if (shape.Kind == LineKind.NumberedHeading)
            {
                var level = shape.Level;
                if (level < headingLevel || (level == headingLevel && !hasFigure
                        && (NextSection().IsMatch(line.FoldedContent) || (!sameLevelItems && LastNumber(shape.Label) == headingNumber + 1))))
                {
                    end = i;
                    break;
                }
                if (!hasFigure && (level > 1 || IsGroupHeading(line, allowNoLead: true) || headingLevel == int.MaxValue))
                {
                    Close();
                    label = null;
                    var named = GroupClassifier.FromHeading(line.FoldedContent);
                    if (named.Count > 0) groups = named;
                    continue;
                }
                if (level == headingLevel) sameLevelItems = true;
                Start(shape.Label, line, false);
                continue;
            }
            if (shape.Kind == LineKind.Item)
            {
                Start(shape.Label, line, false);
                continue;
            }
            if (!hasFigure && line.Text.Length < 140 && IsGroupHeading(line))
            {
                Close();
                label = null;
                groups = GroupClassifier.FromHeading(line.FoldedContent.TrimStart(Bullets));
                continue;
            }
            if (shape.Kind == LineKind.Text && !hasFigure && NextSection().IsMatch(line.FoldedContent) && line.Text.Length < 80 && LooksLikeHeading(line))
            {
                end = i;
                break;
            }
            if (shape.Kind == LineKind.SubLine)
            {
                if (current is null) Start(label, line, true);
                else current.Add(new ItemLine(line.Number, line.Content, true));
                continue;
            }
            if (current is null) Start(label, line, false);
            else current.Add(new ItemLine(line.Number, line.Content, false));
        }
        Close();
        return new TargetSection(heading.Number, items, end < lines.Count ? lines[end].Number : lines.Count > 0 ? lines[^1].Number + 1 : 0);
    }

    [GeneratedRegex(@"^[\s*\-+•]*(?:(?:cac|nhom|chi tieu|chu yeu|ve|v[a-z]|linh vuc|cong tac|phat trien)\s+)*", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLead();

    private static bool IsGroupHeading(ReportLine line, bool allowNoLead = false)
    {
        var folded = line.FoldedContent;
        var lead = HeadingLead().Match(folded);
        if (lead.Length == 0 && line.Shape.Kind != LineKind.SubLine && !allowNoLead)
            return false;
        var groups = GroupClassifier.FromHeading(folded.TrimStart(Bullets));
        if (groups.Count == 0)
            return false;
        // The group word must follow the lead words closely: "Về kinh tế", not "- Nâng cao chất lượng … kinh tế".
        var rest = folded[lead.Length..];
        return rest.Length < 90 && GroupClassifier.FromHeading(rest).Count > 0 && StartsWithGroupWord(rest);
    }

    [GeneratedRegex(@"^(?:kinh t|x\w h\wi|van hoa|m\wi tr|quoc phong|an ninh|x\wy d\wng|d\wng|chinh tri|chinh quyen|tai nguyen|y te|giao duc)", RegexOptions.CultureInvariant)]
    private static partial Regex GroupWordStart();

    private static bool StartsWithGroupWord(string rest) => GroupWordStart().IsMatch(rest);

    private static bool LooksLikeHeading(ReportLine line)
    {
        var text = line.Text.Original.Trim();
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(char.IsUpper) * 2 > letters.Count;
    }

    private static int LastNumber(string? label)
    {
        if (label is null) return -1;
        var last = label.Split('.', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return int.TryParse(last, out var n) ? n : -1;
    }
}

internal static class MatchTextExtensions
{
    /// <summary>A line of a flattened table ("TT Chỉ tiêu Đơn vị …") is not a heading of the text.</summary>
    public static bool IsTableRowLike(this MatchText text) => text.Original.Contains('\t');
}
