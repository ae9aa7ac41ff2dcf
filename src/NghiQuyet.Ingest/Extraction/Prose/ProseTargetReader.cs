using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Structure;
using NghiQuyet.Ingest.Extraction.Targets;
using NghiQuyet.Ingest.Extraction.Targets.Phrases;

namespace NghiQuyet.Ingest.Extraction.Prose;

/// <summary>
/// Targets stated in running text, found by their cues wherever they stand: each sentence is given a time frame by the
/// cue recognisers (new term / past term / none), and the frame carries on to the sentences after it until another cue
/// turns it ("Nhiệm kỳ 2020-2025, … đạt …" is the past; "Nhiệm kỳ 2025-2030, Đảng bộ đề ra …: …" opens the new
/// term's targets, which may run on over several paragraphs). A sentence of the new term is read as one unnumbered item
/// from where its cue ends; its figures become targets with the cue's name and a confidence that says how directly the
/// text marked them. A headline or caption states its figure alone and does not open or close a run.
/// </summary>
public sealed partial class ProseTargetReader(ProseCuePipeline cues, TargetPhrasePipeline phrases, int defaultYear, TermYears term, bool ocr)
{
    [GeneratedRegex(@"\bve\s+(kinh te|van hoa\s*-?\s*xa hoi|xa hoi|moi truong|quoc phong|an ninh|xay dung dang|cong tac xay dung dang)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GroupLead();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    /// <summary>Read only sentences that carry a cue of their own (no run-on, no titles).</summary>
    public bool OwnCuesOnly { get; init; }

    public List<ExtractedTarget> Read(IReadOnlyList<ProseSentence> sentences)
    {
        var targets = new List<ExtractedTarget>();
        var frame = TimeFrame.None;
        var runBlock = -1;
        IReadOnlyList<TargetGroup> groups = [];
        var itemReader = new ItemTargetReader(phrases, defaultYear, ocr);
        // Running text is full of numbers that are not targets ("Sáng 30-9"); its unread lines are not worth a warning.
        var quiet = new List<string>();
        foreach (var sentence in sentences)
        {
            var folded = sentence.Text.Folded;
            var found = cues.Find(folded, term);
            var own = Decide(found);
            var hasFigure = Digit().IsMatch(folded);
            if (sentence.IsHeading)
            {
                // A report's heading opens its part: "I- KẾT QUẢ …" the past, "PHƯƠNG HƯỚNG, MỤC TIÊU … 2025-2030" the new term.
                frame = own;
                runBlock = sentence.Block;
            }
            else if (!sentence.IsTitle)
            {
                if (own != TimeFrame.None)
                {
                    frame = own;
                    runBlock = sentence.Block;
                    if (own == TimeFrame.New) groups = [];
                }
                else if (frame == TimeFrame.New && !hasFigure && sentence.Block != runBlock && folded.Length > 200)
                    frame = TimeFrame.None;
            }
            // A title states its own figure; inside a run of targets it is one more of them (a caption, a last line).
            var effective = own == TimeFrame.None ? frame : own;
            if (OwnCuesOnly && (own != TimeFrame.New || sentence.IsTitle))
                continue;
            if (effective != TimeFrame.New || !hasFigure)
                continue;

            if (GroupLead().Match(folded) is { Success: true } lead)
            {
                var named = GroupClassifier.FromHeading(lead.Groups[1].Value);
                if (named.Count > 0) groups = named;
            }
            var firstFigure = FigureScanner.Scan(sentence.Text, 0, folded.Length, ocr) is { Count: > 0 } figs ? figs[0].Start : folded.Length;
            var (start, cue, strength) = Start(found, folded, firstFigure, own == TimeFrame.None, sentence.Block != runBlock, sentence.IsTitle);
            // "Về kinh tế, …": the group lead is not part of the first name.
            if (GroupLead().Match(folded, start) is { Success: true } head && folded.AsSpan(start, head.Index - start).Trim().IsEmpty)
                start = folded.IndexOf(',', head.Index + head.Length) is var comma and >= 0 && comma - (head.Index + head.Length) < 3 ? comma + 1 : head.Index + head.Length;
            foreach (var (cs, ce) in Clauses(folded, start))
            {
                if (NoneLeft().Match(folded, cs, ce - cs) is { Success: true } none)
                    targets.Add(NoneLeftTarget(sentence, none, folded[cs..ce], groups, cue, strength));
                // A clause of its own past ("năm 2025 ước đạt …") inside a sentence of the new term.
                if (!Digit().IsMatch(folded.AsSpan(cs, ce - cs).ToString()) || Decide(cues.Find(folded[cs..ce], term)) == TimeFrame.Past
                    || IsAnnualPlan(folded[cs..ce]))
                    continue;
                var item = new TargetItem(null, groups, sentence.Slice(cs, ce));
                // A figure-less clause of running text is a wish, not a target list's item.
                foreach (var t in itemReader.Read(item, quiet).Where(t => t.Value is not null))
                    targets.Add(t with { Confidence = Math.Round(Adjust(strength, t), 2), Cue = cue });
            }
        }
        return targets;
    }

    /// <summary>New when the cues for the new term outweigh those for the past, past when the past's do.</summary>
    public static TimeFrame Decide(IReadOnlyList<ProseCue> found)
    {
        double newWeight = 0, pastWeight = 0;
        foreach (var c in found)
        {
            if (c.Frame == TimeFrame.New) newWeight += c.Strength;
            else if (c.Frame == TimeFrame.Past) pastWeight += c.Strength;
        }
        if (newWeight > pastWeight) return TimeFrame.New;
        return pastWeight > 0 ? TimeFrame.Past : TimeFrame.None;
    }

    /// <summary>Where the targets of a sentence start (after its opening cue and a ":" after it), the cue and its strength.</summary>
    private static (int Start, string Cue, double Strength) Start(IReadOnlyList<ProseCue> found, string folded, int firstFigure, bool carried, bool otherBlock, bool title)
    {
        if (carried)
            return (0, "prose:run-on", otherBlock ? 0.6 : 0.7);
        // The list starts after its opening cue — unless the cue stands right before the figure and the indicator's name
        // is before it ("Thu ngân sách … phấn đấu đạt 12.000 tỷ đồng").
        var opening = found.Where(c => c.Frame == TimeFrame.New && c.Opens && c.End <= firstFigure && Words(folded, c.End, firstFigure) >= 2)
            .OrderBy(c => c.End).LastOrDefault();
        var best = found.Where(c => c.Frame == TimeFrame.New).OrderByDescending(c => c.Strength).First();
        var strength = title ? Math.Min(best.Strength, 0.6) : best.Strength;
        var name = title ? "prose:headline" : best.Name;
        if (opening.Name is null)
            return (0, name, strength);
        var start = opening.End;
        var colon = folded.IndexOf(':', start, Math.Min(60, Math.Max(0, firstFigure - start)));
        if (colon >= 0) start = colon + 1;
        return (start, name, strength);
    }

    [GeneratedRegex(@"[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordToken();

    [GeneratedRegex(@"^(?:dat|la|o|muc|khoang|tren|duoi|tu|toi|thieu|it|nhat|con|len|cac|nhung|moi|de|ra|va|chi|tieu|muc|tieu|nhu|sau|:)$", RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    // "(cơ bản) không còn hộ nghèo", "xóa hộ nghèo": the one figure-less target news texts state as such.
    [GeneratedRegex(@"\b(?:co ban\s+)?(?:khong con|xoa)\s+(?:ho ngheo|ho doi|nha tam|nha o tam|nha tam, nha dot nat)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoneLeft();

    [GeneratedRegex(@"\b(?:den|toi|vao|truoc)\s+(?:nam\s+)?(20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseYear();

    // "phấn đấu năm 2026 đạt tăng trưởng 10%": one year's plan, said of a year inside the term that is not its deadline.
    [GeneratedRegex(@"(?<!\b(?:den|toi|vao|truoc|cuoi|tu|sau|giai doan|nhiem ky|-)\s*)\b(?:trong\s+)?nam\s+(20\d\d)\b(?!\s*-)", RegexOptions.CultureInvariant)]
    private static partial Regex PlanYear();

    private bool IsAnnualPlan(string clause)
    {
        if (ClauseYear().Match(clause) is { Success: true } deadline
            && int.Parse(deadline.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) is var d && d > term.From)
            return false;
        foreach (Match m in PlanYear().Matches(clause))
        {
            var y = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (y > term.From && y < term.To)
                return true;
        }
        return false;
    }

    private static int Words(string folded, int from, int to) =>
        to <= from ? 0 : WordToken().Matches(folded[from..to]).Count(m => !Filler().IsMatch(m.Value));

    private ExtractedTarget NoneLeftTarget(ProseSentence sentence, Match none, string clause, IReadOnlyList<TargetGroup> groups, string cue, double strength)
    {
        var original = sentence.Text.Original.Substring(none.Index, none.Length);
        var name = char.ToUpper(original[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + original[1..];
        var year = ClauseYear().Match(clause) is { Success: true } y ? int.Parse(y.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : defaultYear;
        var line = sentence.Pieces.LastOrDefault(p => p.Offset <= none.Index).Line;
        return new ExtractedTarget(null, groups.Count == 1 ? groups[0] : TargetGroup.Society, name, TargetOp.Achieve, null, null, null, year, line)
        {
            Confidence = Math.Round(Math.Min(strength, 0.7), 2),
            Cue = cue,
        };
    }

    private static IEnumerable<(int, int)> Clauses(string folded, int start)
    {
        var s = start;
        for (var i = start; i <= folded.Length; i++)
        {
            if (i < folded.Length && folded[i] != ';')
                continue;
            if (i > s) yield return (s, i);
            s = i + 1;
        }
    }

    /// <summary>Less sure where the name is thin or the unit was not in the vocabulary.</summary>
    private static double Adjust(double strength, ExtractedTarget t)
    {
        var c = strength;
        if (t.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) c -= 0.15;
        if (t.Value is null) c -= 0.1;
        return Math.Clamp(c, 0.05, 0.99);
    }
}
