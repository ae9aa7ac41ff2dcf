namespace NghiQuyet.Ingest.Extraction.Prose;

/// <summary>
/// The cue recognisers a prose reader opts into, one per phrasing of the genre. <see cref="Default"/> has them all; a
/// caller may build a narrower pipeline (a test of one cue, a corpus with its own phrasings).
/// </summary>
public sealed class ProseCuePipeline(IReadOnlyList<IProseCueRecognizer> recognizers)
{
    public static readonly ProseCuePipeline Default = new(
    [
        new AimCue(),
        new TargetListCue(),
        new DeadlineCue(),
        new NewTermCue(),
        new PastCue(),
    ]);

    public IReadOnlyList<IProseCueRecognizer> Recognizers => recognizers;

    public IReadOnlyList<ProseCue> Find(string folded, TermYears term)
    {
        var found = new List<ProseCue>();
        foreach (var r in recognizers)
            found.AddRange(r.Find(folded, term));
        return found;
    }
}
