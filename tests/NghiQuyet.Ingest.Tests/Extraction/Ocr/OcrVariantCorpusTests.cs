using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Tests.Scoring;
using NghiQuyet.Testing;

namespace NghiQuyet.Ingest.Tests.Extraction.Ocr;

/// <summary>
/// The clean sample reports typeset, printed, degraded and read back by <c>tesseract -l eng</c> (no Vietnamese model):
/// the same figures with the marks and many letters gone. Their gold is the clean report's gold (the scorer ignores
/// line numbers), so they measure what OCR alone costs the extractor.
/// </summary>
public class OcrVariantCorpusTests
{
    private static GoldScore Score(string report)
    {
        TypesetOcrFactAttribute.RequireTools();
        var clean = SharedData.File("corpus", report);
        var text = TypesetOcr.Read(clean)[0];
        var dir = Directory.CreateTempSubdirectory("nq-ocr-variant-");
        try
        {
            var path = Path.Combine(dir.FullName, Path.GetFileNameWithoutExtension(report) + "-ocr.txt");
            File.WriteAllText(path, text);
            var ingested = ReportIngest.ExtractFile(path);
            Assert.True(ingested.Success, ingested.Error);
            Assert.Equal(Diacritics.Missing, ingested.Value.Extraction.Document.Diacritics);
            var gold = File.ReadAllText(SharedData.File("corpus", "gold", Path.ChangeExtension(report, ".json")));
            return GoldScorer.Score(gold, ExtractionJson.Serialize(ingested.Value.Extraction));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TypesetOcrFact]
    public void Ocr_of_muong_lam_keeps_its_targets_and_results()
    {
        var score = Score("muong-lam.txt");
        var (t, r) = (score.Targets, score.Results);
        // Issue 10's goal for the targets. "ở" read as "6" and figure-first names after a verb and a bound ("Giảm tối thiểu
        // 10% số vụ việc …") brought it to 0.91; damaged range words ("tt? 5% dén 7%") and OCR'd elliptical pairs remain.
        Assert.True(t.F1 >= 0.90, $"targets F1 {t.F1} < 0.90 (P {t.Precision}, R {t.Recall}, matched {t.Matched}/{t.Gold}, pred {t.Pred})");
        Assert.True(r.F1 >= 0.85, $"results F1 {r.F1} < 0.85 (P {r.Precision}, R {r.Recall}, matched {r.Matched}/{r.Gold}, pred {r.Pred})");
    }

    [TypesetOcrFact]
    public void Ocr_of_bac_yen_keeps_its_targets()
    {
        var t = Score("bac-yen.txt").Targets;
        Assert.True(t.F1 >= 0.90, $"targets F1 {t.F1} < 0.90 (P {t.Precision}, R {t.Recall}, matched {t.Matched}/{t.Gold}, pred {t.Pred})");
    }
}
