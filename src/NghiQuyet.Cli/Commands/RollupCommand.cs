using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Cli.Commands;

/// <summary>
/// <c>nghiquyet rollup --province CODE [--indicator KEY] [--year YEAR] [--format json] [--catalog FILE] [--db DB]</c>:
/// the communes' figures of a catalog indicator aggregated to the province by the indicator's rule
/// (<see cref="ProvinceRollup"/>), next to the province's own target and figure. Without --indicator, every indicator
/// some commune has a figure for; without --year, each indicator's latest year with a commune figure.
/// A commune's figure is that of its first target with figures the catalog matcher gives the indicator (drafts included).
/// <para>JSON shape (<c>nq-rollup/1</c>):
/// <code>
/// { "format": "nq-rollup/1", "province": { "code", "name" },
///   "indicators": [ { "key", "name", "unit", "rule" (sum | ratio | population_weighted_mean | min | max | none), "year",
///     "aggregate" | null, "included", "excluded": [code…],
///     "distribution": { "count", "min", "q1", "median", "q3", "max" } | null,
///     "province_target": { "op", "value", "value_max", "unit", "year" } | null, "province_figure" | null,
///     "against_target": "exceeded" | "met" | "not_met" | "not_assessable" | null,
///     "pulling_down": [ { "code", "name", "value", "drag" } ],
///     "communes": [ { "code", "name", "value", "numerator", "denominator" } ] } ] }
/// </code></para>
/// </summary>
internal static class RollupCommand
{
    public const string JsonFormat = "nq-rollup/1";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var province = new Option<string>("--province") { Description = Messages.HelpRollupProvince, Required = true };
        var indicator = new Option<string?>("--indicator") { Description = Messages.HelpRollupIndicator };
        var year = new Option<int?>("--year") { Description = Messages.HelpRollupYear };
        var format = new Option<string>("--format") { Description = string.Format(Messages.HelpFormatTextOrJson, JsonFormat), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var catalog = StorageCli.CatalogOption();
        var db = StorageCli.DbOption();
        var command = new Command("rollup", Messages.HelpRollup) { province, indicator, year, format, catalog, db };
        command.SetAction(parse =>
        {
            var code = parse.GetValue(province)!.Trim();
            if (!StorageCli.KnownUnit(code, stderr))
                return ExitCodes.NotFound;
            var unit = Data.Units.UnitsData.Registry.Find(code)!;
            if (unit.Kind != OrganizationKind.Province)
            {
                stderr.WriteLine(Messages.NotAProvince, code);
                return ExitCodes.NotFound;
            }
            var indicators = CatalogFiles.Load(parse.GetValue(catalog));
            if (!indicators.Success)
            {
                stderr.WriteLine(indicators.Error);
                return ExitCodes.BadInput;
            }
            var key = parse.GetValue(indicator)?.Trim();
            if (key is not null && indicators.Value.Find(key) is null)
            {
                stderr.WriteLine(Messages.IndicatorUnknown, key);
                return ExitCodes.NotFound;
            }
            return StorageCli.Run(stderr, parse.GetValue(db), context =>
            {
                var rollups = Build(context, indicators.Value, code, key, parse.GetValue(year));
                if (rollups.Count == 0)
                {
                    stderr.WriteLine(Messages.RollupNoData, unit.FullName, key ?? "");
                    return ExitCodes.NotFound;
                }
                if (parse.GetValue(format) == "json")
                    stdout.WriteLine(ToJson(unit.Code, unit.FullName, rollups));
                else
                    WriteText(stdout, unit.Code, unit.FullName, rollups);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static List<IndicatorRollup> Build(NghiQuyetDbContext context, IndicatorCatalog catalog, string provinceCode, string? key, int? year) =>
        new RollupQueries(context).Province(new IndicatorMatcher(catalog), provinceCode, key, year, officialOnly: false);

    private static string RuleText(AggregationRule rule) => rule switch
    {
        AggregationRule.Sum => Messages.RuleSum,
        AggregationRule.Ratio => Messages.RuleRatio,
        AggregationRule.PopulationWeightedMean => Messages.RuleWeightedMean,
        AggregationRule.Min => Messages.RuleMin,
        AggregationRule.Max => Messages.RuleMax,
        _ => Messages.RuleNone,
    };

    private static void WriteText(TextWriter o, string code, string name, IReadOnlyList<IndicatorRollup> rollups)
    {
        foreach (var (rollup, index) in rollups.Select((r, i) => (r, i)))
        {
            var (indicator, r) = (rollup.Indicator, rollup.Result);
            string Show(decimal v) => DomainWords.WithUnit(v, indicator.Unit);
            if (index > 0)
                o.WriteLine();
            o.WriteLine(Messages.RollupHeader, name, code, rollup.Year);
            o.WriteLine(Messages.RollupIndicator, indicator.Name, indicator.Key, RuleText(r.Rule));
            if (r.Aggregate is { } aggregate)
                o.WriteLine(Messages.RollupAggregate, r.Included, Show(aggregate));
            else
                o.WriteLine(Messages.RollupNotAggregable);
            if (rollup.ProvinceTarget is { } t)
            {
                var verdict = r.AgainstTarget is { } v ? " — " + TargetRow.Describe(v.Verdict) : "";
                o.WriteLine(Messages.RollupProvinceTarget, DomainWords.Target(t), t.EffectiveYear, verdict);
            }
            else
                o.WriteLine(Messages.RollupNoProvinceTarget);
            if (r.ProvinceFigure is { } own)
                o.WriteLine(Messages.RollupProvinceFigure, rollup.Year, Show(own));
            if (r.Distribution is { } d)
                o.WriteLine(Messages.RollupDistribution, d.Count, Show(d.Min), Show(d.Q1), Show(d.Median), Show(d.Q3), Show(d.Max));
            if (r.Excluded.Count > 0)
                o.WriteLine(Messages.RollupExcluded, string.Join(", ", r.Excluded));
            if (r.PullingDown.Count == 0)
                continue;
            o.WriteLine(Messages.RollupPullingDown);
            foreach (var c in r.PullingDown)
                o.WriteLine(Messages.RollupPullingDownLine, c.Name, c.Code, Show(c.Value));
        }
    }

    private static string ToJson(string code, string name, IReadOnlyList<IndicatorRollup> rollups)
    {
        var items = new JsonArray();
        foreach (var rollup in rollups)
        {
            var (indicator, r) = (rollup.Indicator, rollup.Result);
            var t = rollup.ProvinceTarget;
            items.Add(new JsonObject
            {
                ["key"] = indicator.Key,
                ["name"] = indicator.Name,
                ["unit"] = indicator.Unit,
                ["rule"] = EvaluateCommand.Name(r.Rule),
                ["year"] = rollup.Year,
                ["aggregate"] = r.Aggregate,
                ["included"] = r.Included,
                ["excluded"] = new JsonArray(r.Excluded.Select(x => (JsonNode)JsonValue.Create(x)).ToArray()),
                ["distribution"] = r.Distribution is { } d
                    ? new JsonObject { ["count"] = d.Count, ["min"] = d.Min, ["q1"] = d.Q1, ["median"] = d.Median, ["q3"] = d.Q3, ["max"] = d.Max }
                    : null,
                ["province_target"] = t is null ? null : new JsonObject
                {
                    ["op"] = JsonSerializer.SerializeToNode(t.EffectiveOp, ExtractionJson.Options),
                    ["value"] = t.EffectiveValue,
                    ["value_max"] = t.EffectiveValueMax,
                    ["unit"] = t.EffectiveUnit,
                    ["year"] = t.EffectiveYear,
                },
                ["province_figure"] = r.ProvinceFigure,
                ["against_target"] = r.AgainstTarget is { } v ? EvaluateCommand.Name(v.Verdict) : null,
                ["pulling_down"] = new JsonArray(r.PullingDown.Select(c => (JsonNode)new JsonObject
                    { ["code"] = c.Code, ["name"] = c.Name, ["value"] = c.Value, ["drag"] = c.Drag }).ToArray()),
                ["communes"] = new JsonArray(rollup.Communes.Select(c => (JsonNode)new JsonObject
                    { ["code"] = c.Code, ["name"] = c.Name, ["value"] = c.Value, ["numerator"] = c.Numerator, ["denominator"] = c.Denominator }).ToArray()),
            });
        }
        var root = new JsonObject
        {
            ["format"] = JsonFormat,
            ["province"] = new JsonObject { ["code"] = code, ["name"] = name },
            ["indicators"] = items,
        };
        return root.ToJsonString(ExtractionJson.Options);
    }
}
