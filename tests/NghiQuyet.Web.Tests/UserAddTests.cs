using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;
using NghiQuyet.Web.Identity;
using NghiQuyet.Web.Setup;

namespace NghiQuyet.Web.Tests;

/// <summary><c>user add</c> against a throw-away SQLite file; the account is then used by the real web app.</summary>
public sealed class UserAddTests : IDisposable
{
    private const string GoodPassword = "XaMoi@2026x";
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-user-").FullName;

    private string Db => Path.Combine(_folder, "users.db");

    private async Task<(int Code, string Out, string Err)> RunAsync(string? envPassword, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await UserCommand.RunAsync(["user", "add", .. args, "--db", Db], new StringReader(stdin),
            name => name == UserCommand.PasswordVariable ? envPassword : null, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Created_commune_officer_signs_in_to_the_web_app()
    {
        var (code, output, error) = await RunAsync(null, GoodPassword + "\nignored\n", "--name", "xa.moi", "--role", "commune_officer", "--org", TestData.OwnCommune);
        Assert.Equal(UserCommand.Ok, code);
        Assert.Equal("", error);
        Assert.Contains("xa.moi", output);

        using var web = new UserDbFactory(Db);
        var client = web.Client();
        var response = await WebAppFactory.SignInAsync(client, "xa.moi", GoodPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var scope = web.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var user = await users.FindByNameAsync("xa.moi");
        Assert.NotNull(user);
        Assert.Equal(TestData.OwnCommune, user.OrganizationCode);
        Assert.Equal([Roles.CommuneOfficer], await users.GetRolesAsync(user));

        var wrong = await WebAppFactory.SignInAsync(web.Client(), "xa.moi", "Sai@2026xyz");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
    }

    [Fact]
    public async Task Password_from_the_environment_wins_over_stdin()
    {
        var (code, _, error) = await RunAsync(GoodPassword, "", "--name", "tinh.moi", "--role", "province_officer", "--org", TestData.Province);
        Assert.Equal(UserCommand.Ok, code);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Weak_password_is_refused_in_Vietnamese_and_creates_nothing()
    {
        var (code, _, error) = await RunAsync(null, "yeu\n", "--name", "thanhtra.moi", "--role", "inspector");
        Assert.Equal(UserCommand.BadInput, code);
        Assert.StartsWith(Messages.UserPasswordWeak[..20], error);
        Assert.Contains(string.Format(Messages.PasswordTooShort, IdentityRules.PasswordLength), error);
        Assert.Contains(Messages.PasswordRequiresDigit, error);
        Assert.Contains(Messages.PasswordRequiresUpper, error);

        var again = await RunAsync(null, GoodPassword, "--name", "thanhtra.moi", "--role", "inspector");
        Assert.Equal(UserCommand.Ok, again.Code);
    }

    [Theory]
    [InlineData("commune_officer", null, Messages.UserOrgRequired)]
    [InlineData("province_officer", null, Messages.UserOrgRequired)]
    [InlineData("commune_officer", "99999", Messages.UserOrgNotFound)]
    [InlineData("commune_officer", TestData.Province, Messages.UserOrgNotCommune)]
    [InlineData("province_officer", "03688", Messages.UserOrgNotProvince)]
    [InlineData("chief", "14", Messages.UserRoleInvalid)]
    public async Task Missing_or_wrong_organization_or_role_is_refused(string role, string? org, string message)
    {
        string[] args = org is null ? ["--name", "ai.do", "--role", role] : ["--name", "ai.do", "--role", role, "--org", org];
        var (code, _, error) = await RunAsync(GoodPassword, "", args);
        Assert.Equal(UserCommand.BadInput, code);
        Assert.StartsWith(message[..message.IndexOf('{')], error);
    }

    [Fact]
    public async Task Duplicate_user_name_is_refused()
    {
        Assert.Equal(UserCommand.Ok, (await RunAsync(GoodPassword, "", "--name", "trung", "--role", "inspector")).Code);
        var (code, _, error) = await RunAsync(GoodPassword, "", "--name", "trung", "--role", "administrator");
        Assert.Equal(UserCommand.BadInput, code);
        Assert.Equal(string.Format(Messages.UserDuplicate, "trung"), error.Trim());
    }

    [Fact]
    public async Task Password_on_the_command_line_is_refused()
    {
        var (code, _, error) = await RunAsync(null, GoodPassword, "--name", "x", "--role", "inspector", "--password", GoodPassword);
        Assert.Equal(UserCommand.BadInput, code);
        Assert.StartsWith(string.Format(Messages.UserUnknownOption, "--password"), error);
    }

    [Fact]
    public async Task Missing_password_is_refused()
    {
        var (code, _, error) = await RunAsync(null, "", "--name", "x", "--role", "inspector");
        Assert.Equal(UserCommand.BadInput, code);
        Assert.Equal(Messages.UserPasswordMissing, error.Trim());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The web app on the users' database, without the demo seed (so only the account made above exists).</summary>
    private sealed class UserDbFactory(string db) : WebAppFactory
    {
        protected override string Db => db;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("demo", "false");
        }
    }
}
