using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Tests.Evaluation;

/// <summary>Reads the spec tables' cells: ops as in nq-extract/1, figures as "year:value;…", "-" for none.</summary>
internal static class SpecRows
{
    public static IndicatorDirection Direction(string s) => s switch
    {
        "lower" => IndicatorDirection.LowerIsBetter,
        "band" => IndicatorDirection.Band,
        _ => IndicatorDirection.HigherIsBetter,
    };

    public static TargetOp Op(string s) =>
        System.Text.Json.JsonSerializer.Deserialize<TargetOp>($"\"{s}\"");

    public static decimal? Number(string s) => s == "-" ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    public static List<Figure> Figures(string s) => s == "-"
        ? []
        : s.Split(';').Select(p => p.Split(':')).Select(p => new Figure(int.Parse(p[0]), Number(p[1]))).ToList();

    public static Baseline? Baseline(string s) => s == "-" ? null : Figures(s).Select(f => new Baseline(f.Year, f.Value!.Value)).Single();

    public static IEnumerable<object[]> Load(string file) =>
        GoldFiles.Tsv("Evaluation", file).Select(r => r.Cast<object>().ToArray());
}
