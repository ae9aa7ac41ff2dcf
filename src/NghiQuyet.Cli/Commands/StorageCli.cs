using System.CommandLine;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Data;

namespace NghiQuyet.Cli.Commands;

/// <summary>What the storage commands (import, show, record) share: the --db option and opening the store.</summary>
internal static class StorageCli
{
    public static Option<string?> DbOption() => new("--db")
    {
        Description = string.Format(Messages.HelpDb, DbFactory.DefaultSqlitePath),
    };

    public static Option<string> OrgOption(bool required) => new("--org")
    {
        Description = Messages.HelpOrg,
        Required = required,
    };

    public static Option<string?> CatalogOption() => new("--catalog")
    {
        Description = string.Format(Messages.HelpCatalog, CatalogSource.EnvironmentVariable),
    };

    /// <summary>Runs a storage command body; a database failure becomes one line on stderr and an exit code.</summary>
    public static int Run(TextWriter stderr, string? db, Func<NghiQuyetDbContext, int> body)
    {
        var opened = DbFactory.Create(db, new OsUser(), TimeProvider.System);
        if (!opened.Success)
        {
            stderr.WriteLine(opened.Error);
            return ExitCodes.Storage;
        }
        using var context = opened.Value;
        try
        {
            return body(context);
        }
        catch (Exception ex) when (DbErrors.Describe(ex, context) is { } message)
        {
            stderr.WriteLine(message);
            return ExitCodes.Storage;
        }
    }

    /// <summary>An --org that is not in the official list is a typo, said before the database is opened.</summary>
    public static bool KnownUnit(string code, TextWriter stderr)
    {
        if (Data.Units.UnitsData.Registry.Find(code) is not null)
            return true;
        stderr.WriteLine(Messages.UnitCodeUnknown, code.Trim());
        return false;
    }

    public static bool TryParseNumber(string? text, TextWriter stderr, out decimal? value)
    {
        value = null;
        if (text is null)
            return true;
        if (VietnameseNumber.TryParse(text, out var v))
        {
            value = v;
            return true;
        }
        stderr.WriteLine(Messages.InvalidNumber, text);
        return false;
    }
}
