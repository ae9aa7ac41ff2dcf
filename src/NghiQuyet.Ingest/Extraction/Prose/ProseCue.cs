using System.Text.RegularExpressions;

namespace NghiQuyet.Ingest.Extraction.Prose;

/// <summary>Which way a cue points: to the new term's targets, or to the past term's results.</summary>
public enum TimeFrame
{
    None,
    New,
    Past,
}

/// <summary>
/// A cue found in a sentence (folded text): the frame it points to, its name (shown to the user with each target),
/// how sure it makes the reader, where it stands, and — for a cue that introduces a list — where the list starts.
/// </summary>
public readonly record struct ProseCue(TimeFrame Frame, string Name, double Strength, int Index, int End, bool Opens);

/// <summary>One phrasing of the genre that says "what follows is a target" or "what follows is a result".</summary>
public interface IProseCueRecognizer
{
    IEnumerable<ProseCue> Find(string folded, TermYears term);
}

internal static class CueMatches
{
    public static IEnumerable<ProseCue> From(Regex regex, string folded, TimeFrame frame, string name, double strength, bool opens) =>
        regex.Matches(folded).Select(m => new ProseCue(frame, name, strength, m.Index, m.Index + m.Length, opens));

    public static int Year(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
}
