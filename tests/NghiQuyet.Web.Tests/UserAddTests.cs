using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Cli;

namespace NghiQuyet.Web.Tests;

/// <summary>
/// The administrator's flow: <c>nghiquyet user add … --db X</c>, then the web app started with <c>--db X</c> lets that
/// account sign in (validation cases are in NghiQuyet.Cli.Tests/Commands/UserCommandTests.cs).
/// </summary>
public sealed class UserAddTests : IDisposable
{
    private const string GoodPassword = "XaMoi@2026x";
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-user-").FullName;

    private string Db => Path.Combine(_folder, "users.db");

    private static async Task<(int Code, string Out, string Err)> CliAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["user", "add", .. args], output, error, new StringReader(stdin), _ => null);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Account_made_by_the_cli_signs_in_to_the_web_app_on_the_same_database()
    {
        var (code, output, error) = await CliAsync(GoodPassword + "\nignored\n", "--name", "xa.moi", "--role", "commune_officer", "--org", TestData.OwnCommune, "--db", Db);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        Assert.Contains("--db " + Db, output);

        using var web = new UsersOnlyFactory(Db);
        var response = await WebAppFactory.SignInAsync(web.Client(), "xa.moi", GoodPassword);
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
    public async Task First_administrator_signs_in_to_a_database_the_web_app_created_first()
    {
        using (var web = new UsersOnlyFactory(Db))
            Assert.Equal(HttpStatusCode.Redirect, (await web.Client().GetAsync("/")).StatusCode);

        var (code, _, error) = await CliAsync(GoodPassword, "--name", "quantri", "--role", "administrator", "--db", Db);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);

        using var again = new UsersOnlyFactory(Db);
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.SignInAsync(again.Client(), "quantri", GoodPassword)).StatusCode);
    }

    [PostgresFact]
    public async Task Account_made_by_the_cli_signs_in_on_PostgreSQL()
    {
        using var database = new ThrowawayPostgres("nq_users_");
        var (code, output, error) = await CliAsync(GoodPassword, "--name", "quantri", "--role", "administrator", "--db", database.ConnectionString);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        Assert.DoesNotContain("Password=", output, StringComparison.OrdinalIgnoreCase);

        using var web = new UsersOnlyFactory(database.ConnectionString);
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.SignInAsync(web.Client(), "quantri", GoodPassword)).StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The web app on the given database without the demo seed, so only the accounts made by the CLI exist.</summary>
    private sealed class UsersOnlyFactory(string db) : WebAppFactory
    {
        protected override string Db => db;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("demo", "false");
        }
    }
}
