using System.Net;

namespace NghiQuyet.Web.Tests;

/// <summary>The app on a fresh PostgreSQL database of its own, dropped afterwards.</summary>
public sealed class PostgresWebAppFactory : WebAppFactory
{
    private readonly ThrowawayPostgres _database = new("nq_web_");

    protected override string Db => _database.ConnectionString;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
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
