using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Data;
using NghiQuyet.Data.Units;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Setup;

/// <summary>
/// <c>dotnet run --project src/NghiQuyet.Web -- user add --name … --role … [--org …] [--db …]</c>: the web's own
/// command-line mode, so the CLI need not carry ASP.NET Identity. The password never appears on the command line
/// (shell history, process list): NGHIQUYET_PASSWORD or the first line of standard input.
/// </summary>
public static class UserCommand
{
    // Same values as the CLI's ExitCodes.
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int Storage = 74;

    public const string PasswordVariable = "NGHIQUYET_PASSWORD";

    private static readonly HashSet<string> Options = ["--name", "--role", "--org", "--db"];

    public static bool IsUserCommand(string[] args) => args.Length > 0 && args[0] == "user";

    public static async Task<int> RunAsync(string[] args, TextReader stdin, Func<string, string?> environment, TextWriter stdout, TextWriter stderr)
    {
        if (args is not ["user", "add", .. var rest])
        {
            await stderr.WriteLineAsync(Messages.UserUsage);
            return BadInput;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rest.Length; i++)
        {
            var key = rest[i].Split('=', 2)[0];
            if (!Options.Contains(key))
            {
                await stderr.WriteLineAsync(string.Format(Messages.UserUnknownOption, key));
                return BadInput;
            }
            if (rest[i].Contains('='))
                values[key] = rest[i].Split('=', 2)[1];
            else if (i + 1 < rest.Length)
                values[key] = rest[++i];
            else
            {
                await stderr.WriteLineAsync(Messages.UserUsage);
                return BadInput;
            }
        }

        var request = new NewUser(values.GetValueOrDefault("--name"), values.GetValueOrDefault("--role"), values.GetValueOrDefault("--org"), null);
        var valid = UserAdmin.Validate(request, UnitsData.Registry);
        if (!valid.Success)
        {
            await stderr.WriteLineAsync(valid.Error);
            return BadInput;
        }
        var password = environment(PasswordVariable);
        if (string.IsNullOrEmpty(password))
            password = (await stdin.ReadLineAsync())?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync(Messages.UserPasswordMissing);
            return BadInput;
        }

        var db = values.GetValueOrDefault("--db") ?? environment("NGHIQUYET_DB");
        if (string.IsNullOrWhiteSpace(db))
        {
            db = StoreConnection.DefaultDemoPath;
            Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        }
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("db", db), new("demo", "false")]).Build();
        var connection = StoreConnection.From(config, new FixedUser(HttpCurrentUser.System), TimeProvider.System);
        if (!connection.Success)
        {
            await stderr.WriteLineAsync(connection.Error);
            return BadInput;
        }
        UserAdminFailure? failure;
        try
        {
            using (var identity = connection.Value!.CreateIdentity())
                await identity.Database.MigrateAsync();
            failure = await UserAdmin.AddAsync(connection.Value!.CreateIdentity, request with { Password = password }, UnitsData.Registry);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            await stderr.WriteLineAsync(string.Format(Messages.WebDbInvalid, ex.GetBaseException().Message));
            return Storage;
        }
        if (failure is not null)
        {
            await stderr.WriteLineAsync(failure.Message);
            return failure.IsStorage ? Storage : BadInput;
        }
        var role = valid.Value.Role;
        var unit = valid.Value.Unit;
        await stdout.WriteLineAsync(string.Format(Messages.UserCreated, request.UserName!.Trim(), Roles.Describe(role), unit is null ? "" : $", {unit.Name} – {unit.Code}"));
        return Ok;
    }
}
