using System.CommandLine;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Accounts;
using NghiQuyet.Core;
using NghiQuyet.Data;
using NghiQuyet.Data.Units;

namespace NghiQuyet.Cli.Commands;

/// <summary>
/// <c>nghiquyet user add --name … --role … [--org …] [--db …]</c> and <c>nghiquyet user list [--db …]</c>: the web
/// application's accounts, in the database every other command uses, through the same UserManager and password rules
/// as the site (NghiQuyet.Accounts). The password never appears on the command line (shell history, process list):
/// NGHIQUYET_PASSWORD, else the first line of standard input (typed without echo at a terminal).
/// </summary>
internal static class UserCommand
{
    public const string PasswordVariable = "NGHIQUYET_PASSWORD";

    /// <param name="stdin">Where the password line is read when NGHIQUYET_PASSWORD is unset; null = the console.</param>
    /// <param name="environment">Environment lookup; null = the process environment.</param>
    public static Command Create(TextWriter stdout, TextWriter stderr, TextReader? stdin = null, Func<string, string?>? environment = null)
    {
        var command = new Command("user", Messages.HelpUser);
        command.Subcommands.Add(Add(stdout, stderr, stdin, environment ?? Environment.GetEnvironmentVariable));
        command.Subcommands.Add(List(stdout, stderr));
        return command;
    }

    private static Command Add(TextWriter stdout, TextWriter stderr, TextReader? stdin, Func<string, string?> environment)
    {
        var name = new Option<string?>("--name") { Description = Messages.HelpUserName };
        var role = new Option<string?>("--role") { Description = Messages.HelpUserRole };
        var org = new Option<string?>("--org") { Description = Messages.HelpUserOrg };
        var db = StorageCli.DbOption();
        // Not offered, only caught: a password typed here would stay in the shell history.
        var password = new Option<string?>("--password") { Hidden = true };
        var command = new Command("add", string.Format(Messages.HelpUserAdd, PasswordVariable))
        {
            name, role, org, db, password,
        };
        command.SetAction(async (parse, cancel) =>
        {
            if (parse.GetResult(password) is not null)
            {
                await stderr.WriteLineAsync(Messages.UserPasswordOnCommandLine);
                return ExitCodes.BadInput;
            }
            var request = new NewUser(parse.GetValue(name), parse.GetValue(role), parse.GetValue(org), null);
            if (!string.IsNullOrWhiteSpace(request.OrganizationCode) && !StorageCli.KnownUnit(request.OrganizationCode, stderr))
                return ExitCodes.NotFound;
            var valid = UserAdmin.Validate(request, UnitsData.Registry);
            if (!valid.Success)
            {
                await stderr.WriteLineAsync(valid.Error);
                return ExitCodes.BadInput;
            }
            var secret = environment(PasswordVariable);
            if (string.IsNullOrEmpty(secret))
                secret = ReadPassword(request.UserName!.Trim(), stdin, stderr);
            if (string.IsNullOrEmpty(secret))
            {
                await stderr.WriteLineAsync(Messages.UserPasswordMissing);
                return ExitCodes.BadInput;
            }

            var store = IdentityStore.For(parse.GetValue(db));
            if (!store.Success)
            {
                await stderr.WriteLineAsync(store.Error);
                return ExitCodes.Storage;
            }
            UserAdminFailure? failure;
            using (var identity = store.Value.Create())
            {
                try
                {
                    await identity.Database.MigrateAsync(cancel);
                    failure = await UserAdmin.AddAsync(store.Value.Create, request with { Password = secret }, UnitsData.Registry);
                }
                catch (Exception ex) when (DbErrors.Describe(ex, identity) is { } message)
                {
                    await stderr.WriteLineAsync(message);
                    return ExitCodes.Storage;
                }
            }
            if (failure is not null)
            {
                await stderr.WriteLineAsync(failure.Message);
                return failure.IsStorage ? ExitCodes.Storage : ExitCodes.BadInput;
            }
            var (roleName, unit) = valid.Value;
            await stdout.WriteLineAsync(string.Format(Messages.UserCreated, request.UserName!.Trim(), Roles.Describe(roleName),
                unit is null ? "" : $", {unit.FullName} – {unit.Code}", store.Value.Description));
            await stdout.WriteLineAsync(string.Format(Messages.UserCreatedWebHint, WebDbArgument(store.Value)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var db = StorageCli.DbOption();
        var command = new Command("list", Messages.HelpUserList) { db };
        command.SetAction(async (parse, cancel) =>
        {
            var store = IdentityStore.For(parse.GetValue(db));
            if (!store.Success)
            {
                await stderr.WriteLineAsync(store.Error);
                return ExitCodes.Storage;
            }
            using var identity = store.Value.Create();
            IReadOnlyList<AccountSummary> accounts;
            try
            {
                await identity.Database.MigrateAsync(cancel);
                accounts = await UserAdmin.ListAsync(identity);
            }
            catch (Exception ex) when (DbErrors.Describe(ex, identity) is { } message)
            {
                await stderr.WriteLineAsync(message);
                return ExitCodes.Storage;
            }
            if (accounts.Count == 0)
            {
                await stderr.WriteLineAsync(string.Format(Messages.UserListEmpty, store.Value.Description));
                return ExitCodes.Ok;
            }
            foreach (var a in accounts)
            {
                var roles = string.Join(", ", a.Roles.Select(Roles.Describe));
                var unit = UnitsData.Registry.Find(a.OrganizationCode);
                var where = a.OrganizationCode.Length == 0 ? "" : unit is null ? a.OrganizationCode : $"{unit.FullName} ({unit.Code})";
                await stdout.WriteLineAsync($"  {a.UserName,-16} {roles,-22} {where}".TrimEnd());
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The first line of the given reader; at a terminal, a prompt and keys read without echo.</summary>
    private static string? ReadPassword(string userName, TextReader? stdin, TextWriter stderr)
    {
        if (stdin is not null)
            return stdin.ReadLine()?.TrimEnd('\r');
        if (Console.IsInputRedirected)
            return Console.In.ReadLine()?.TrimEnd('\r');
        stderr.Write(Messages.UserPasswordPrompt, userName);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
                typed.Append(key.KeyChar);
        }
        stderr.WriteLine();
        return typed.ToString();
    }

    /// <summary>What to give the web app's --db: the SQLite path as typed into a shell; a PostgreSQL string is not echoed (it may hold a password).</summary>
    private static string WebDbArgument(IdentityStore store)
    {
        if (store.IsPostgres)
            return "\"" + Messages.UserWebDbSamePostgres + "\"";
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        return path.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '$' or '&' or ';') ? "'" + path.Replace("'", "'\\''") + "'" : path;
    }
}
