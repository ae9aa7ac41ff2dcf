using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction.Tables;
using NghiQuyet.Ingest.Tests.Scoring;
using NghiQuyet.Testing;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

/// <summary>The tables of the real sample reports, scored against their gold files the way score.py scores them.</summary>
public class AssessmentTablesCorpusTests
{
    private static readonly DocumentHeader AnyHeader = new(null, OrganizationLevel.Commune, null, null, null, Diacritics.Full);

    private static (string Gold, string Pred, IReadOnlyList<PreviousTermResult> Results) Run(string report, string gold)
    {
        var doc = TextSource.FromFile(SharedData.File("corpus", report));
        var results = AssessmentTables.Read(doc);
        var json = ExtractionJson.Serialize(new ExtractionResult(AnyHeader, [], results));
        return (File.ReadAllText(SharedData.File("corpus", "gold", gold)), json, results);
    }

    [SharedDataFact]
    public void Muong_lam_results_reach_the_goal()
    {
        var (gold, pred, _) = Run("muong-lam.txt", "muong-lam.json");
        var score = GoldScorer.Score(gold, pred).Results;
        Assert.True(score.F1 >= 0.95, $"results F1 {score.F1} (P {score.Precision}, R {score.Recall}, matched {score.Matched}/{score.Gold}, pred {score.Pred})");
        Assert.Equal(1.0, score.VerdictAccuracy);
    }

    [SharedDataFact]
    public void Muong_lam_rows_carry_table_unit_and_line_as_gold()
    {
        var (gold, pred, _) = Run("muong-lam.txt", "muong-lam.json");
        var goldRows = JsonNode.Parse(gold)!["results"]!.AsArray().Select(n => n!.AsObject()).ToList();
        var predRows = JsonNode.Parse(pred)!["results"]!.AsArray().Select(n => n!.AsObject()).ToList();
        var pairs = GoldScorer.Match(goldRows, predRows,
            (g, p) => GoldScorer.NumEq(g["target"], p["target"]) && GoldScorer.NumEq(g["actual"], p["actual"]));
        var wrong = pairs.Where(p => (string?)p.Gold["table"] != (string?)p.Pred["table"]
                || GoldScorer.UnitKey((string?)p.Gold["unit"]) != GoldScorer.UnitKey((string?)p.Pred["unit"])
                || (int)p.Gold["line"]! != (int)p.Pred["line"]!)
            .Select(p => $"{p.Gold["name"]}: {p.Pred["table"]}/{p.Pred["unit"]}/{p.Pred["line"]}").ToList();
        Assert.Empty(wrong);
    }

    /// <summary>The same report as OCR without tone marks would give it: the tables must read the same.</summary>
    [SharedDataFact]
    public void Muong_lam_without_tone_marks_reaches_the_goal_too()
    {
        var text = VietnameseFold.StripMarks(File.ReadAllText(SharedData.File("corpus", "muong-lam.txt")));
        var results = AssessmentTables.Read(TextSource.FromText(text));
        var pred = ExtractionJson.Serialize(new ExtractionResult(AnyHeader, [], results));
        var score = GoldScorer.Score(File.ReadAllText(SharedData.File("corpus", "gold", "muong-lam.json")), pred).Results;
        Assert.True(score.F1 >= 0.95, $"results F1 {score.F1} (P {score.Precision}, R {score.Recall})");
        Assert.Equal(1.0, score.VerdictAccuracy);
    }

    [SharedDataTheory]
    [InlineData("bac-yen.txt")]
    [InlineData("phieng-pan-ocr.txt")]
    public void Reports_without_tables_yield_no_results(string report)
    {
        var doc = TextSource.FromFile(SharedData.File("corpus", report));
        Assert.Empty(AssessmentTables.Read(doc));
        Assert.Empty(TargetTables.Read(doc));
    }

    /// <summary>Gold lists only the Biểu 03 targets whose figures differ from the prose; each must be in some row, on its line.</summary>
    [SharedDataFact]
    public void Muong_lam_targets_table_holds_every_gold_figure_from_it()
    {
        var doc = TextSource.FromFile(SharedData.File("corpus", "muong-lam.txt"));
        var rows = TargetTables.Read(doc);
        Assert.Equal(35, rows.Count);
        Assert.All(rows, r => Assert.Equal("Biểu 03", r.Table));
        var gold = JsonNode.Parse(File.ReadAllText(SharedData.File("corpus", "gold", "muong-lam.json")))!["targets"]!.AsArray()
            .Select(n => n!.AsObject()).Where(t => (int)t["line"]! >= 1750).ToList();
        Assert.NotEmpty(gold);
        foreach (var target in gold)
        {
            var line = (int)target["line"]!;
            var value = (decimal)target["value"]!;
            var found = rows.Any(r => r.ExpressionLines.Any(e => e.Line == line && Figures(e.Text).Contains(value))
                && GoldScorer.Overlap(r.Name + " " + r.Expression, (string?)target["name"]) >= 0.5);
            Assert.True(found, $"{target["name"]} {value} at line {line}");
        }
    }

    private static IEnumerable<decimal> Figures(string text) =>
        Regex.Matches(text, @"\d+(?:[.,]\d+)*").Select(m => VietnameseNumber.Parse(m.Value)).OfType<decimal>();
}
