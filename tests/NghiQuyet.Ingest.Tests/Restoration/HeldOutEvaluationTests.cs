using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;
using NghiQuyet.Testing;
using Xunit.Abstractions;

namespace NghiQuyet.Ingest.Tests.Restoration;

/// <summary>
/// Syllable error rate of the shipped model on held-out corpus lines (line index % 50 == 49, never trained on):
/// all marks stripped, and stripped with simulated OCR noise. Bounds are the goals with the measured margin.
/// </summary>
public class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private const int LinesPerFile = 300;

    private static readonly string[] HeldOutFiles = ["resolutions_2025.txt", "legal_vlc.txt", "wiki_viwiki.txt"];

    private static IEnumerable<string> HeldOut() =>
        HeldOutFiles
            .SelectMany(f => RestorationEvaluation.HeldOutLines(SharedData.File("data", "vi-corpus", f), LinesPerFile));

    [SharedDataFact]
    public void Stripped_text_is_restored_to_at_most_3_percent_syllable_errors()
    {
        var result = RestorationEvaluation.Evaluate(ToneRestorer.Default, HeldOut(), VietnameseFold.StripMarks);
        output.WriteLine($"stripped: {result}");
        Assert.True(result.Syllables > 20_000);
        Assert.True(result.RawRate > 0.8, "the damaged input must really be damaged");
        Assert.True(result.RestoredRate <= 0.03, result.ToString());
    }

    [SharedDataFact]
    public void Stripped_text_with_ocr_noise_is_restored_to_at_most_5_percent_syllable_errors()
    {
        var noise = new OcrNoise(seed: 49);
        var result = RestorationEvaluation.Evaluate(ToneRestorer.Default, HeldOut(), noise.Degrade);
        output.WriteLine($"stripped + OCR noise: {result}");
        Assert.True(result.RawRate > 0.8, "the damaged input must really be damaged");
        Assert.True(result.RestoredRate <= 0.05, result.ToString());
    }
}
