using System.Runtime.CompilerServices;
using NghiQuyet.Ingest.Restoration;
using Xunit.Abstractions;

namespace NghiQuyet.Ingest.Tests.Restoration;

/// <summary>
/// Restoration of real OCR: lines never trained on, printed in several fonts, sizes and resolutions and read by
/// <c>tesseract -l eng</c> (Fixtures/tesseract-heldout.tsv, made by scripts/ocr/make_pairs.py --split test). The
/// simulator's figure on the same clean lines is reported beside it, because the two used to disagree badly.
/// </summary>
public class TesseractHeldOutTests(ITestOutputHelper output)
{
    private static string Fixture([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Fixtures", "tesseract-heldout.tsv");

    [Fact]
    public void Real_tesseract_ocr_is_restored_to_at_most_3_percent_word_errors()
    {
        var pairs = OcrLinePair.Read(Fixture()).ToList();
        var real = RestorationEvaluation.EvaluateOcr(ToneRestorer.Default, pairs);
        var simulated = RestorationEvaluation.EvaluateOcr(ToneRestorer.Default,
            SimulatedPairs(pairs, new OcrNoise(seed: 49)));
        output.WriteLine($"real Tesseract OCR: {real}");
        output.WriteLine($"simulated OCR (OcrNoise) of the same lines: {simulated}");
        Assert.True(real.Syllables > 3_000, "the fixture must hold a real sample");
        Assert.True(real.RawRate > 0.5, "the OCR must really be damaged");
        Assert.True(real.RestoredRate <= 0.03, real.ToString());
    }

    private static IEnumerable<OcrLinePair> SimulatedPairs(IEnumerable<OcrLinePair> pairs, OcrNoise noise) =>
        pairs.Select(p => p with { Ocr = noise.Degrade(p.Clean) });
}
