using System.Text.RegularExpressions;

namespace NghiQuyet.Core.Review.Checks;

/// <summary>
/// Item labels of the targets section, "(1)", "(2)" …, must run without gaps or repeats; a run may start again at (1)
/// under a new heading. Labels are read from the start of the source lines that span the section's targets; where the
/// source has none, from the targets' own labels (a label seen again under another group is a second item).
/// </summary>
internal sealed partial class NumberingCheck : IReviewCheck
{
    [GeneratedRegex(@"^\s*\((\d{1,3})\)")]
    private static partial Regex LabelAtStart();

    public IEnumerable<ReviewFinding> Run(ReviewContext context)
    {
        var labels = Labels(context);
        var findings = new List<ReviewFinding>();
        var seen = new Dictionary<int, int>();
        int? previous = null;
        var previousLine = 0;
        foreach (var (label, line) in labels)
        {
            if (previous is { } p)
            {
                if (label == 1 && p != 1)
                    seen.Clear();
                else if (seen.TryGetValue(label, out var firstLine))
                    findings.Add(new(FindingKinds.Numbering, line, firstLine, string.Format(Messages.ReviewNumberingDuplicate, label, firstLine)));
                else if (label > p + 1)
                    findings.Add(new(FindingKinds.Numbering, line, previousLine, string.Format(Messages.ReviewNumberingSkipped, p, label,
                        string.Join(", ", Enumerable.Range(p + 1, label - p - 1).Select(n => $"({n})")))));
                else if (label < p)
                    findings.Add(new(FindingKinds.Numbering, line, previousLine, string.Format(Messages.ReviewNumberingOrder, label, p)));
            }
            seen.TryAdd(label, line);
            previous = label;
            previousLine = line;
        }
        return findings;
    }

    private static List<(int Label, int Line)> Labels(ReviewContext context)
    {
        var body = context.BodyTargets.ToList();
        if (body.Count == 0)
            return [];
        var first = body.Min(t => t.Line);
        var last = body.Max(t => t.Line);
        // A label may stand a few lines above its first figure ("(4) Tổng lượt khách du lịch …" then the figure).
        var fromSource = context.Source.Lines
            .Where(l => l.Number >= first - 6 && l.Number <= last)
            .Select(l => (Line: l.Number, Match: LabelAtStart().Match(l.Text)))
            .Where(x => x.Match.Success)
            .Select(x => (int.Parse(x.Match.Groups[1].Value), x.Line))
            .ToList();
        if (fromSource.Count >= 2)
            return fromSource;
        var fromTargets = new List<(int, int)>();
        ReviewedTarget? previous = null;
        foreach (var t in body)
        {
            if (!int.TryParse(t.Item, out var label))
                continue;
            if (previous is null || previous.Item != t.Item || previous.Group != t.Group)
                fromTargets.Add((label, t.Line));
            previous = t;
        }
        return fromTargets;
    }
}
