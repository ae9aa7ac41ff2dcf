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
        var query = new Argument<string?>("QUERY") { Description = "Tên đơn vị: \"xã Mường Lầm\", \"huyện Sông Mã\", \"Sơn La\"… (bỏ trống: 34 tỉnh, thành phố)", Arity = ArgumentArity.ZeroOrOne };
        var province = new Option<string?>("--province") { Description = "Giới hạn trong một tỉnh, thành phố" };
        var command = new Command("units", "Tra cứu danh mục đơn vị hành chính (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu)") { query, province };
        command.SetAction(parse =>
        {
            var registry = UnitsData.Registry;
            var text = parse.GetValue(query);
            if (string.IsNullOrWhiteSpace(text))
            {
                foreach (var p in registry.Provinces)
                    stdout.WriteLine($"  {p.Code,-6} {p.FullName} ({registry.Communes.Count(c => c.ProvinceCode == p.Code)} đơn vị cấp xã)");
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
