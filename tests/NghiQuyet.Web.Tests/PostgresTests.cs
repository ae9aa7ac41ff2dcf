using System.Net;
using Npgsql;

namespace NghiQuyet.Web.Tests;

/// <summary>Runs where NGHIQUYET_TEST_PG names a PostgreSQL server (./test.sh starts one); skipped otherwise.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "NGHIQUYET_TEST_PG";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"{Variable} is not set: no PostgreSQL server to test against (./test.sh starts one)";
    }
}

/// <summary>The app on a fresh PostgreSQL database of its own, dropped afterwards.</summary>
public sealed class PostgresWebAppFactory : WebAppFactory
{
    private readonly string _admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
    private readonly string _name = "nq_web_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresWebAppFactory()
    {
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        command.ExecuteNonQuery();
    }

    protected override string Db => new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

public sealed class PostgresTests
{
    [PostgresFact]
    public async Task Demo_seeds_and_pages_render_on_PostgreSQL()
    {
        using var factory = new PostgresWebAppFactory();
        var client = await factory.SignedInAsync("tinh.sonla");
        var dashboard = await client.GetAsync("/Dashboard/" + TestData.Province);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Tổng quan Tỉnh Sơn La", await dashboard.Content.ReadAsStringAsync());
        var target = await client.GetAsync("/Targets/" + TestData.FirstTargetOf(factory, TestData.OtherCommune));
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
        var commune = await factory.SignedInAsync(TestData.OwnCommuneUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync("/Units/" + TestData.OtherCommune)).StatusCode);
    }
}
