using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Time;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Text;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Cli.Commands;

/// <summary><c>nghiquyet show --org CODE [--format json]</c>: the unit's resolution, its targets and previous results.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var org = StorageCli.OrgOption(required: true);
        var format = new Option<string>("--format") { Description = Messages.HelpShowFormat, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var db = StorageCli.DbOption();
        var command = new Command("show", Messages.HelpShow) { org, format, db };
        command.SetAction(parse => !StorageCli.KnownUnit(parse.GetValue(org)!, stderr) ? ExitCodes.NotFound : StorageCli.Run(stderr, parse.GetValue(db), context =>
        {
            var stored = new ResolutionStore(context).Current(parse.GetValue(org)!);
            if (!stored.Success)
            {
                stderr.WriteLine(stored.Error);
                return ExitCodes.NotFound;
            }
            if (parse.GetValue(format) == "json")
                stdout.WriteLine(ResolutionStore.ToJson(stored.Value));
            else
                WriteText(stdout, stored.Value, context);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(TextWriter o, StoredResolution stored, Data.NghiQuyetDbContext context)
    {
        var r = stored.Resolution;
        var org = stored.Organization;
        var status = DomainWords.Status(r.Status);
        o.WriteLine(Messages.ShowHeader, org.FullName, org.Code, r.CongressNumber?.ToString() ?? "?", r.TermFrom, r.TermTo, status);
        o.WriteLine(Messages.ShowResolutionId, r.Id);
        o.WriteLine(Messages.ShowSource, stored.SourceFileName, stored.SourceSha256[..12], VietnamClock.Format(r.CreatedAt), r.CreatedBy);
        if (org.Predecessors.Count > 0)
            o.WriteLine(Messages.ShowFormedFrom, string.Join("; ", org.Predecessors.Select(p => p.District is null ? p.FullName : $"{p.FullName} ({p.District})")));

        var targetIds = r.Targets.Select(t => t.Id).ToList();
        var figures = context.Measurements.AsNoTracking().Where(m => targetIds.Contains(m.TargetId)).ToList()
            .ToLookup(m => m.TargetId);
        o.WriteLine();
        o.WriteLine(Messages.ShowTargets, r.Targets.Count);
        foreach (var t in r.Targets.OrderBy(t => t.Position))
        {
            var line = string.Format(Messages.ShowTargetLine, t.Item ?? "-", t.EffectiveName, DomainWords.Target(t), t.EffectiveYear, t.Line);
            if (t.IsCorrected)
                line += string.Format(Messages.ShowCorrectedBy, t.CorrectedBy);
            o.WriteLine(line);
            foreach (var m in figures[t.Id].OrderBy(m => m.Year))
                o.WriteLine($"         {m.Year}: {VietnameseNumber.Format(m.Value)}{(m.Denominator is { } d ? $" ({VietnameseNumber.Format(m.Numerator!.Value)}/{VietnameseNumber.Format(d)})" : "")} — {Measurement.StatusName(m.Status)}, {m.UpdatedBy} {VietnamClock.Format(m.UpdatedAt)}");
        }
        if (r.Results.Count == 0)
            return;
        o.WriteLine();
        o.WriteLine(Messages.ShowPreviousResults, r.Results.Count);
        foreach (var x in r.Results.OrderBy(x => x.Position))
        {
            var table = x.FormerUnitName is null ? x.Row.Table : $"{x.Row.Table}, {x.FormerUnitName}";
            var target = x.Row.Target is { } tv ? VietnameseNumber.Format(tv) : "—";
            var actual = x.Row.Actual is { } av ? VietnameseNumber.Format(av) : "—";
            var verdict = x.Row.Verdict is null ? "" : " — " + DomainWords.Verdict(x.Row.Verdict);
            o.WriteLine(string.Format(Messages.ShowPreviousResultLine, table, x.Row.Name, target, actual, x.Row.Unit, verdict).Replace("  —", " —"));
        }
    }
}
