using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using NghiQuyet.Core;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Core.Time;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Cli.Commands;

/// <summary>
/// <c>nghiquyet evaluate --org CODE [--as-of YEAR] [--format json] [--catalog FILE] [--db DB]</c>: every target of the
/// unit's current resolution with its latest figure, verdict (from the deadline on) or trajectory (before it), projected
/// value and catalog key. The CLI has no approval step, so every recorded figure counts, drafts included.
/// <para>JSON shape (<c>nq-evaluate/1</c>):
/// <code>
/// { "format": "nq-evaluate/1", "organization": { "code", "name" }, "resolution_id", "term": { "from", "to" }, "as_of",
///   "targets": [ { "id", "item", "name", "op", "value", "value_max", "unit", "year",
///                  "indicator_key" (null: not in the catalog), "match_confidence",
///                  "latest": { "year", "value", "numerator", "denominator" } | null,
///                  "verdict": "exceeded" | "met" | "not_met" | "not_assessable" | null (before the deadline),
///                  "trajectory": { "status", "ratio", "target_level", "projected", "linear" },
///                  "projected", "status_text" (Vietnamese, as the table shows it) } ] }
/// </code>
/// Enum values are the engine's names in snake_case (trajectory status: achieved, on_track, acceleration_needed, …).</para>
/// </summary>
internal static class EvaluateCommand
{
    public const string JsonFormat = "nq-evaluate/1";

    public static Command Create(TextWriter stdout, TextWriter stderr, VietnamClock clock)
    {
        var org = StorageCli.OrgOption(required: true);
        var asOf = new Option<int?>("--as-of") { Description = Messages.HelpEvaluateAsOf };
        var format = new Option<string>("--format") { Description = string.Format(Messages.HelpFormatTextOrJson, JsonFormat), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var catalog = StorageCli.CatalogOption();
        var db = StorageCli.DbOption();
        var command = new Command("evaluate", Messages.HelpEvaluate) { org, asOf, format, catalog, db };
        command.SetAction(parse =>
        {
            var code = parse.GetValue(org)!.Trim();
            if (!StorageCli.KnownUnit(code, stderr))
                return ExitCodes.NotFound;
            var indicators = CatalogFiles.Load(parse.GetValue(catalog));
            if (!indicators.Success)
            {
                stderr.WriteLine(indicators.Error);
                return ExitCodes.BadInput;
            }
            var year = parse.GetValue(asOf) ?? clock.Year;
            return StorageCli.Run(stderr, parse.GetValue(db), context =>
            {
                var stored = new ResolutionStore(context).Current(code);
                if (!stored.Success)
                {
                    stderr.WriteLine(stored.Error);
                    return ExitCodes.NotFound;
                }
                var queries = new EvaluationQueries(context);
                var resolution = stored.Value.Resolution;
                var targets = queries.Targets([resolution.Id]);
                var inputs = EvaluationQueries.Inputs(targets, queries.Measurements([resolution.Id], officialOnly: false));
                var rows = new OrganizationEvaluator(indicators.Value, clock).Evaluate(inputs, year);
                if (parse.GetValue(format) == "json")
                    stdout.WriteLine(ToJson(stored.Value, targets, rows, year));
                else
                    WriteText(stdout, stored.Value, targets, rows, year);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void WriteText(TextWriter o, StoredResolution stored, List<Core.Domain.Target> targets, IReadOnlyList<TargetRow> rows, int year)
    {
        var r = stored.Resolution;
        o.WriteLine(Messages.EvaluateHeader, stored.Organization.FullName, stored.Organization.Code, r.TermFrom, r.TermTo, year);
        o.WriteLine(Messages.EvaluateColumns);
        for (var i = 0; i < rows.Count; i++)
        {
            var t = targets[i];
            var e = rows[i].Evaluation;
            var unit = t.EffectiveUnit;
            var latest = e.Latest is { } f && f.Effective(e.Spec.IsShare) is { } v
                ? $"{DomainWords.WithUnit(v, unit)} ({f.Year})" + (f.Denominator is { } d && f.Numerator is { } n ? $" = {VietnameseNumber.Format(n)}/{VietnameseNumber.Format(d)}" : "")
                : Messages.EvaluateNoFigure;
            var projected = e.Projected is { } p ? DomainWords.WithUnit(p, unit) : "—";
            o.WriteLine($"{t.Item ?? "-"} | {t.EffectiveName} | {DomainWords.Target(t)} ({t.EffectiveYear}) | {latest} | {rows[i].StatusText} | {projected} | {rows[i].IndicatorKey ?? "—"}");
        }
        o.WriteLine();
        o.WriteLine(Messages.EvaluateSummary, rows.Count, rows.Count(x => x.Evaluation.Latest is not null));
    }

    internal static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string ToJson(StoredResolution stored, List<Core.Domain.Target> targets, IReadOnlyList<TargetRow> rows, int year)
    {
        var items = new JsonArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var t = targets[i];
            var row = rows[i];
            var e = row.Evaluation;
            items.Add(new JsonObject
            {
                ["id"] = t.Id.ToString(),
                ["item"] = t.Item,
                ["name"] = t.EffectiveName,
                ["op"] = JsonSerializer.SerializeToNode(t.EffectiveOp, ExtractionJson.Options),
                ["value"] = t.EffectiveValue,
                ["value_max"] = t.EffectiveValueMax,
                ["unit"] = t.EffectiveUnit,
                ["year"] = t.EffectiveYear,
                ["indicator_key"] = row.IndicatorKey,
                ["match_confidence"] = row.MatchConfidence,
                ["latest"] = e.Latest is { } f
                    ? new JsonObject { ["year"] = f.Year, ["value"] = f.Effective(e.Spec.IsShare), ["numerator"] = f.Numerator, ["denominator"] = f.Denominator }
                    : null,
                ["verdict"] = e.Verdict is { } v ? Name(v.Verdict) : null,
                ["trajectory"] = new JsonObject
                {
                    ["status"] = Name(e.Trajectory.Status),
                    ["ratio"] = e.Trajectory.Ratio,
                    ["target_level"] = e.Trajectory.TargetLevel,
                    ["projected"] = e.Trajectory.Projected,
                    ["linear"] = e.Trajectory.Linear,
                },
                ["projected"] = e.Projected,
                ["status_text"] = row.StatusText,
            });
        }
        var root = new JsonObject
        {
            ["format"] = JsonFormat,
            ["organization"] = new JsonObject { ["code"] = stored.Organization.Code, ["name"] = stored.Organization.FullName },
            ["resolution_id"] = stored.Resolution.Id.ToString(),
            ["term"] = new JsonObject { ["from"] = stored.Resolution.TermFrom, ["to"] = stored.Resolution.TermTo },
            ["as_of"] = year,
            ["targets"] = items,
        };
        return root.ToJsonString(ExtractionJson.Options);
    }
}
