using System.CommandLine;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Text;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Cli.Commands;

/// <summary>
/// <c>nghiquyet record --org CODE --item LABEL --year YEAR --value V [--numerator N --denominator D]</c>: enters (or,
/// while it is a draft, corrects) a target's figure for a year. Numbers are written the Vietnamese way: "36,5", "9.589".
/// </summary>
internal static class RecordCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var org = StorageCli.OrgOption(required: true);
        var item = new Option<string>("--item") { Description = Messages.HelpRecordItem, Required = true };
        var year = new Option<int>("--year") { Description = Messages.HelpRecordYear, Required = true };
        var value = new Option<string?>("--value") { Description = Messages.HelpRecordValue };
        var numerator = new Option<string?>("--numerator") { Description = Messages.HelpRecordNumerator };
        var denominator = new Option<string?>("--denominator") { Description = Messages.HelpRecordDenominator };
        var note = new Option<string?>("--note") { Description = Messages.HelpRecordNote };
        var source = new Option<string?>("--source") { Description = Messages.HelpRecordSource };
        var db = StorageCli.DbOption();
        var command = new Command("record", Messages.HelpRecord)
            { org, item, year, value, numerator, denominator, note, source, db };
        command.SetAction(parse =>
        {
            if (!StorageCli.KnownUnit(parse.GetValue(org)!, stderr))
                return ExitCodes.NotFound;
            if (!StorageCli.TryParseNumber(parse.GetValue(value), stderr, out var v)
                || !StorageCli.TryParseNumber(parse.GetValue(numerator), stderr, out var n)
                || !StorageCli.TryParseNumber(parse.GetValue(denominator), stderr, out var d))
                return ExitCodes.BadInput;
            var figure = Measurement.Check(new MeasurementFigure(v, n, d, parse.GetValue(note), parse.GetValue(source)));
            if (!figure.Success)
            {
                stderr.WriteLine(figure.Error);
                return ExitCodes.BadInput;
            }
            return StorageCli.Run(stderr, parse.GetValue(db), context =>
            {
                var user = new OsUser();
                var service = new MeasurementService(context, user, TimeProvider.System);
                var target = service.FindTarget(parse.GetValue(org)!, parse.GetValue(item)!);
                if (!target.Success)
                {
                    stderr.WriteLine(target.Error);
                    return ExitCodes.NotFound;
                }
                // The command sets the figure whatever is stored: it says so with the version it reads now, so that
                // only a change made between this read and the save is refused.
                var recorded = service.Record(target.Value.Id, parse.GetValue(year), figure.Value, new Actor(user.UserName, ActorRole.Editor),
                    service.CurrentVersion(target.Value.Id, parse.GetValue(year)));
                if (!recorded.Success)
                {
                    stderr.WriteLine(recorded.Error);
                    return ExitCodes.BadInput;
                }
                var m = recorded.Value.Measurement;
                var shown = VietnameseNumber.Format(m.Value) + (target.Value.EffectiveUnit is { } unit && !unit.StartsWith('%') ? " " + unit : "%");
                if (target.Value.EffectiveUnit is null)
                    shown = VietnameseNumber.Format(m.Value);
                stdout.WriteLine(Messages.Recorded, m.Year, target.Value.Item, target.Value.EffectiveName, shown, Measurement.StatusName(m.Status));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
