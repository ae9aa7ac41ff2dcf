using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Accounts;
using NghiQuyet.Core;
using NghiQuyet.Testing;
using Npgsql;

namespace NghiQuyet.Cli.Tests.Commands;

/// <summary><c>nghiquyet user add</c> and <c>user list</c> as an administrator runs them, against a temporary SQLite file.</summary>
public sealed class UserCommandTests : IDisposable
{
    private const string GoodPassword = "QuanTri@2026x";
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-cli-user-").FullName;

    private string DbPath => Path.Combine(_folder, "nq.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The whole CLI, with its own stdin and an environment that holds only NGHIQUYET_PASSWORD (when given).</summary>
    internal static async Task<(int Exit, string Out, string Err)> User(string? envPassword, string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["user", .. args], stdout, stderr, new StringReader(stdin),
            name => name == "NGHIQUYET_PASSWORD" ? envPassword : null);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private Task<(int Exit, string Out, string Err)> Add(string? envPassword, string stdin, params string[] args) =>
        User(envPassword, stdin, ["add", .. args, "--db", DbPath]);

    /// <summary>The account as the web app's UserManager sees it: roles, organization, whether the password checks.</summary>
    internal static async Task<(IList<string> Roles, string Org, bool PasswordOk)?> Account(string db, string userName, string password)
    {
        var store = IdentityStore.For(db).Value!;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => store.Create());
        services.AddIdentityCore<WebUser>(IdentityRules.Configure).AddRoles<IdentityRole>().AddEntityFrameworkStores<WebIdentityDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
            return null;
        return (await users.GetRolesAsync(user), user.OrganizationCode, await users.CheckPasswordAsync(user, password));
    }

    [Fact]
    public async Task First_administrator_is_created_from_stdin_and_its_password_checks()
    {
        var (exit, output, error) = await Add(null, GoodPassword + "\r\nignored\n", "--name", "quantri", "--role", "administrator");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("quantri", output);
        Assert.Contains("SQLite " + DbPath, output);
        Assert.Contains("dotnet run --project src/NghiQuyet.Web -- --db " + DbPath, output);

        var account = await Account(DbPath, "quantri", GoodPassword);
        Assert.NotNull(account);
        Assert.Equal([Roles.Administrator], account.Value.Roles);
        Assert.Equal("", account.Value.Org);
        Assert.True(account.Value.PasswordOk);
        Assert.False((await Account(DbPath, "quantri", GoodPassword + "x"))!.Value.PasswordOk);
    }

    [Fact]
    public async Task Password_from_the_environment_wins_over_stdin_and_list_shows_the_accounts()
    {
        Assert.Equal(ExitCodes.Ok, (await Add(GoodPassword, "Khac@2026xyz\n", "--name", "xa.moi", "--role", "commune_officer", "--org", "03688")).Exit);
        Assert.Equal(ExitCodes.Ok, (await Add(null, GoodPassword, "--name", "tinh.moi", "--role", "Province_Officer", "--org", "14")).Exit);
        Assert.True((await Account(DbPath, "xa.moi", GoodPassword))!.Value.PasswordOk);
        Assert.Equal("03688", (await Account(DbPath, "xa.moi", GoodPassword))!.Value.Org);

        var (exit, output, error) = await User(null, "", "list", "--db", DbPath);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("tinh.moi", lines[0]);
        Assert.Contains("Cán bộ tỉnh", lines[0]);
        Assert.Contains("(14)", lines[0]);
        Assert.StartsWith("xa.moi", lines[1]);
        Assert.Contains("Xã Mường Chiên (03688)", lines[1]);
    }

    [Fact]
    public async Task List_of_an_empty_database_says_how_to_make_the_first_administrator()
    {
        var (exit, output, error) = await User(null, "", "list", "--db", DbPath);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", output);
        Assert.Contains("nghiquyet user add", error);
    }

    [Fact]
    public async Task Duplicate_user_name_is_refused()
    {
        Assert.Equal(ExitCodes.Ok, (await Add(GoodPassword, "", "--name", "trung", "--role", "inspector")).Exit);
        var (exit, _, error) = await Add(GoodPassword, "", "--name", "trung", "--role", "administrator");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(string.Format(Messages.UserDuplicate, "trung"), error.Trim());
        Assert.Equal([Roles.Inspector], (await Account(DbPath, "trung", GoodPassword))!.Value.Roles);
    }

    [Fact]
    public async Task Weak_password_is_refused_in_Vietnamese_and_creates_nothing()
    {
        var (exit, _, error) = await Add(null, "yeu\n", "--name", "thanhtra.moi", "--role", "inspector");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith(Messages.UserPasswordWeak[..Messages.UserPasswordWeak.IndexOf('{')], error);
        Assert.Contains(string.Format(Messages.PasswordTooShort, IdentityRules.PasswordLength), error);
        Assert.Contains(Messages.PasswordRequiresDigit, error);
        Assert.Contains(Messages.PasswordRequiresUpper, error);
        Assert.Contains(Messages.PasswordRequiresNonAlphanumeric, error);
        Assert.Null(await Account(DbPath, "thanhtra.moi", "yeu"));

        Assert.Equal(ExitCodes.Ok, (await Add(null, GoodPassword, "--name", "thanhtra.moi", "--role", "inspector")).Exit);
    }

    [Fact]
    public async Task Unknown_organization_is_not_found()
    {
        var (exit, output, error) = await Add(GoodPassword, "", "--name", "ai.do", "--role", "commune_officer", "--org", "99999");
        Assert.Equal(ExitCodes.NotFound, exit);
        Assert.Equal("", output);
        Assert.Equal(string.Format(Messages.UnitCodeUnknown, "99999"), error.Trim());
        Assert.False(File.Exists(DbPath));
    }

    [Theory]
    [InlineData("chief", "14", Messages.UserRoleInvalid)]
    [InlineData("", null, Messages.UserRoleMissing)]
    [InlineData("commune_officer", null, Messages.UserOrgRequired)]
    [InlineData("province_officer", null, Messages.UserOrgRequired)]
    [InlineData("commune_officer", "14", Messages.UserOrgNotCommune)]
    [InlineData("province_officer", "03688", Messages.UserOrgNotProvince)]
    public async Task Bad_role_or_organization_is_refused_before_the_database_is_touched(string role, string? org, string message)
    {
        string[] args = ["--name", "ai.do", .. role.Length == 0 ? Array.Empty<string>() : ["--role", role], .. org is null ? Array.Empty<string>() : ["--org", org]];
        var (exit, _, error) = await Add(GoodPassword, "", args);
        Assert.Equal(ExitCodes.BadInput, exit);
        var brace = message.IndexOf('{');
        Assert.StartsWith(brace < 0 ? message : message[..brace], error);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task Missing_name_is_refused()
    {
        var (exit, _, error) = await Add(GoodPassword, "", "--role", "administrator");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(Messages.UserNameMissing, error.Trim());
    }

    [Fact]
    public async Task Missing_password_is_refused()
    {
        var (exit, _, error) = await Add(null, "", "--name", "quantri", "--role", "administrator");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(Messages.UserPasswordMissing, error.Trim());
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task Password_on_the_command_line_is_refused()
    {
        var (exit, _, error) = await Add(null, GoodPassword, "--name", "quantri", "--role", "administrator", "--password", GoodPassword);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(Messages.UserPasswordOnCommandLine, error.Trim());
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_a_storage_error()
    {
        File.WriteAllText(DbPath, "không phải cơ sở dữ liệu, chỉ là văn bản dài hơn một trăm byte để SQLite đọc được phần đầu tệp và từ chối nó ngay.");
        var (exit, _, error) = await Add(GoodPassword, "", "--name", "quantri", "--role", "administrator");
        Assert.Equal(ExitCodes.Storage, exit);
        Assert.Equal(string.Format(Messages.DbNotADatabase, DbPath), error.Trim());
    }

    [Fact]
    public async Task Missing_folder_is_a_storage_error()
    {
        var (exit, _, error) = await User(GoodPassword, "", "add", "--name", "quantri", "--role", "administrator", "--db", Path.Combine(_folder, "khong-co", "nq.db"));
        Assert.Equal(ExitCodes.Storage, exit);
        Assert.Equal(string.Format(Messages.DbFolderMissing, Path.Combine(_folder, "khong-co")), error.Trim());
    }
}

/// <summary>The same command on PostgreSQL: runs where NGHIQUYET_TEST_PG names a server (./test.sh starts one).</summary>
public sealed class UserCommandPostgresTests : IDisposable
{
    private const string GoodPassword = "QuanTri@2026x";
    // Where no server is set the fact is skipped and nothing is created.
    private readonly ThrowawayPostgres? _database = ThrowawayPostgres.Server is null ? null : new("nq_cli_user_");

    private string Db => _database!.ConnectionString;

    [PostgresFact]
    public async Task Administrator_is_created_listed_and_not_duplicated_on_PostgreSQL()
    {
        var (exit, output, error) = await UserCommandTests.User(GoodPassword, "", "add", "--name", "quantri", "--role", "administrator", "--db", Db);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("PostgreSQL", output);
        var password = new NpgsqlConnectionStringBuilder(Db).Password;
        if (!string.IsNullOrEmpty(password))
            Assert.DoesNotContain(password, output);

        var account = await UserCommandTests.Account(Db, "quantri", GoodPassword);
        Assert.NotNull(account);
        Assert.Equal([Roles.Administrator], account.Value.Roles);
        Assert.True(account.Value.PasswordOk);

        var again = await UserCommandTests.User(GoodPassword, "", "add", "--name", "quantri", "--role", "inspector", "--db", Db);
        Assert.Equal(ExitCodes.BadInput, again.Exit);
        Assert.Equal(string.Format(Messages.UserDuplicate, "quantri"), again.Err.Trim());

        var list = await UserCommandTests.User(null, "", "list", "--db", Db);
        Assert.Equal(ExitCodes.Ok, list.Exit);
        Assert.StartsWith("quantri", list.Out.Trim());
    }

    public void Dispose() => _database?.Dispose();
}
