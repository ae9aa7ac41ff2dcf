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
            if (!sentence.IsTitle)
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
            var effective = sentence.IsTitle ? own : own == TimeFrame.None ? frame : own;
            if (effective != TimeFrame.New || !hasFigure)
                continue;

            if (GroupLead().Match(folded) is { Success: true } lead)
            {
                var named = GroupClassifier.FromHeading(lead.Groups[1].Value);
                if (named.Count > 0) groups = named;
            }
            var (start, cue, strength) = Start(found, folded, own == TimeFrame.None, sentence.Block != runBlock, sentence.IsTitle);
            foreach (var (cs, ce) in Clauses(folded, start))
            {
                // A clause of its own past ("năm 2025 ước đạt …") inside a sentence of the new term.
                if (!Digit().IsMatch(folded.AsSpan(cs, ce - cs).ToString()) || Decide(cues.Find(folded[cs..ce], term)) == TimeFrame.Past)
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
    private static (int Start, string Cue, double Strength) Start(IReadOnlyList<ProseCue> found, string folded, bool carried, bool otherBlock, bool title)
    {
        if (carried)
            return (0, "prose:run-on", otherBlock ? 0.6 : 0.7);
        var firstDigit = Digit().Match(folded).Index;
        var opening = found.Where(c => c.Frame == TimeFrame.New && c.Opens && c.End <= firstDigit).OrderBy(c => c.End).LastOrDefault();
        var best = found.Where(c => c.Frame == TimeFrame.New).OrderByDescending(c => c.Strength).First();
        var strength = title ? Math.Min(best.Strength, 0.6) : best.Strength;
        var name = title ? "prose:headline" : best.Name;
        if (opening.Name is null)
            return (0, name, strength);
        var start = opening.End;
        var colon = folded.IndexOf(':', start, Math.Min(60, Math.Max(0, firstDigit - start)));
        if (colon >= 0) start = colon + 1;
        return (start, name, strength);
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
