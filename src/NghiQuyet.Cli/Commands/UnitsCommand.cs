using System.CommandLine;
using NghiQuyet.Core;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Units;

namespace NghiQuyet.Cli.Commands;

/// <summary><c>nghiquyet units [QUERY]</c>: search the official list of units (no database needed).</summary>
internal static class UnitsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string?>("QUERY") { Description = Messages.HelpUnitsQuery, Arity = ArgumentArity.ZeroOrOne };
        var province = new Option<string?>("--province") { Description = Messages.HelpUnitsProvince };
        var command = new Command("units", Messages.HelpUnits) { query, province };
        command.SetAction(parse =>
        {
            var registry = UnitsData.Registry;
            var text = parse.GetValue(query);
            if (string.IsNullOrWhiteSpace(text))
            {
                foreach (var p in registry.Provinces)
                    stdout.WriteLine(string.Format(Messages.UnitsProvinceLine, p.Code, p.FullName, registry.Communes.Count(c => c.ProvinceCode == p.Code)));
                return ExitCodes.Ok;
            }
            var matches = registry.Search(text, parse.GetValue(province));
            if (matches.Count == 0)
            {
                stderr.WriteLine(Messages.UnitsNoMatch, text);
                return ExitCodes.NotFound;
            }
            foreach (var match in matches)
                stdout.WriteLine(UnitText.Describe(match));
            return ExitCodes.Ok;
        });
        return command;
    }
}
