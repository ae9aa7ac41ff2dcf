using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NghiQuyet.Ingest.Tests.Scoring;

/// <summary>Precision, recall, F1 over one list (targets or results), with the accuracies score.py reports.</summary>
public sealed record SetScore(double Precision, double Recall, double F1, int Gold, int Pred, int Matched,
    double? OpAccuracy = null, double? GroupAccuracy = null, double? VerdictAccuracy = null);

public sealed record GoldScore(SetScore Targets, SetScore Results, IReadOnlyDictionary<string, bool> Document);

/// <summary>
/// A faithful port of shared/corpus/score.py (fold, tokens, unit_key, num_eq, greedy one-to-one match, prf), so that
/// tests hold the extractor to the same figures the scorer prints. Keep it in step with score.py; change neither alone.
/// Works on JSON so that it scores exactly what <c>extract --json</c> prints.
/// </summary>
public static class GoldScorer
{
    public static GoldScore Score(string goldJson, string predJson) =>
        Score(JsonNode.Parse(goldJson)!.AsObject(), JsonNode.Parse(predJson)!.AsObject());

    public static GoldScore Score(JsonObject gold, JsonObject pred)
    {
        var gt = Items(gold["targets"]);
        var pt = Items(pred["targets"]);
        var tm = Match(gt, pt, (g, p) => NumEq(g["value"], p["value"]) && UnitKey(Str(g["unit"])) == UnitKey(Str(p["unit"])));
        var gr = Items(gold["results"]);
        var pr = Items(pred["results"]);
        var rm = Match(gr, pr, (g, p) => NumEq(g["target"], p["target"]) && NumEq(g["actual"], p["actual"]));
        var withVerdict = rm.Where(m => Truthy(m.Gold["verdict"])).ToList();

        var (tp, tr, tf) = Prf(tm.Count, gt.Count, pt.Count);
        var (rp, rr, rf) = Prf(rm.Count, gr.Count, pr.Count);
        var targets = new SetScore(tp, tr, tf, gt.Count, pt.Count, tm.Count,
            tm.Count > 0 ? Round(tm.Count(m => Same(m.Gold["op"], m.Pred["op"])) / (double)tm.Count) : null,
            tm.Count > 0 ? Round(tm.Count(m => Same(m.Gold["group"], m.Pred["group"])) / (double)tm.Count) : null);
        var results = new SetScore(rp, rr, rf, gr.Count, pr.Count, rm.Count,
            VerdictAccuracy: withVerdict.Count > 0
                ? Round(withVerdict.Count(m => Same(m.Gold["verdict"], m.Pred["verdict"])) / (double)withVerdict.Count)
                : null);

        var gd = gold["document"] as JsonObject;
        var pd = pred["document"] as JsonObject;
        var document = new Dictionary<string, bool>();
        foreach (var key in new[] { "level", "congress", "term", "diacritics" })
            document[key] = Same(gd?[key], pd?[key]);
        document["province"] = Fold(Str(gd?["province"])) == Fold(Str(pd?["province"]));
        return new GoldScore(targets, results, document);
    }

    /// <summary>score.py fold: lower case, NFD, "đ" → "d", combining marks dropped, white space runs → one space.</summary>
    public static string Fold(string? s)
    {
        if (s is null)
            return "";
        var decomposed = s.ToLowerInvariant().Normalize(NormalizationForm.FormD).Replace('đ', 'd');
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c);
        return Regex.Replace(sb.ToString(), @"\s+", " ").Trim();
    }

    public static HashSet<string> Tokens(string? s) =>
        [.. Regex.Matches(Fold(s), "[a-z0-9]+").Select(m => m.Value)];

    public static string UnitKey(string? u)
    {
        var key = Fold(u).Replace(" ", "");
        return key switch { "phantram" => "%", "%/nam" => "%/nam", _ => key };
    }

    public static bool NumEq(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
            return a is null && b is null;
        if (!TryFloat(a, out var x) || !TryFloat(b, out var y))
            return false;
        return Math.Abs(x - y) <= 1e-6 * Math.Max(1.0, Math.Max(Math.Abs(x), Math.Abs(y)));
    }

    public static double Overlap(string? p, string? g)
    {
        var gt = Tokens(g);
        return gt.Count > 0 ? Tokens(p).Intersect(gt).Count() / (double)gt.Count : 0.0;
    }

    /// <summary>Greedy one-to-one: all pairs that are the same and overlap ≥ 0.5, best overlap first, then gold, then pred order.</summary>
    public static List<(JsonObject Gold, JsonObject Pred)> Match(IReadOnlyList<JsonObject> gold, IReadOnlyList<JsonObject> pred,
        Func<JsonObject, JsonObject, bool> same)
    {
        var pairs = new List<(double Ov, int Gi, int Pi)>();
        for (var gi = 0; gi < gold.Count; gi++)
            for (var pi = 0; pi < pred.Count; pi++)
                if (same(gold[gi], pred[pi]))
                {
                    var ov = Overlap(Str(pred[pi]["name"]), Str(gold[gi]["name"]));
                    if (ov >= 0.5)
                        pairs.Add((ov, gi, pi));
                }
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var result = new List<(JsonObject, JsonObject)>();
        foreach (var (_, gi, pi) in pairs.OrderByDescending(p => p.Ov).ThenBy(p => p.Gi).ThenBy(p => p.Pi))
        {
            if (usedG.Contains(gi) || usedP.Contains(pi))
                continue;
            usedG.Add(gi);
            usedP.Add(pi);
            result.Add((gold[gi], pred[pi]));
        }
        return result;
    }

    public static (double P, double R, double F1) Prf(int nMatch, int nGold, int nPred)
    {
        var p = nPred > 0 ? nMatch / (double)nPred : (nGold == 0 ? 1.0 : 0.0);
        var r = nGold > 0 ? nMatch / (double)nGold : 1.0;
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return (Round(p), Round(r), Round(f));
    }

    private static double Round(double x) => Math.Round(x, 4, MidpointRounding.ToEven);

    private static List<JsonObject> Items(JsonNode? node) =>
        node is JsonArray array ? [.. array.OfType<JsonObject>()] : [];

    /// <summary>Python's str() of a JSON value as score.py sees it (names and units are strings; None → null).</summary>
    private static string? Str(JsonNode? node) =>
        node is null ? null : node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();

    private static bool Truthy(JsonNode? node) =>
        node is not null && !(node is JsonValue v && ((v.TryGetValue<string>(out var s) && s.Length == 0) || (v.TryGetValue<bool>(out var b) && !b)));

    /// <summary>Python == on two JSON values (None == None).</summary>
    private static bool Same(JsonNode? a, JsonNode? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number
                ? a.GetValue<double>() == b.GetValue<double>()
                : JsonNode.DeepEquals(a, b);

    private static bool TryFloat(JsonNode node, out double value)
    {
        value = 0;
        if (node is not JsonValue v)
            return false;
        if (v.TryGetValue<double>(out value))
            return true;
        return v.TryGetValue<string>(out var s) && double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
