using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>The site on a SQLite file that waits at most one second for another program's lock.</summary>
public sealed class ShortLockWebAppFactory : WebAppFactory
{
    protected override string Db => $"Data Source={DbPath};Default Timeout=1";
}

/// <summary>The site on a throw-away PostgreSQL database reached through a <see cref="TcpRelay"/> the test controls.</summary>
public sealed class RelayedPostgresWebAppFactory : WebAppFactory
{
    private readonly ThrowawayPostgres _database = new("nq_down_");

    public RelayedPostgresWebAppFactory()
    {
        var server = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
        Relay = new TcpRelay(server.Host!, server.Port);
    }

    public TcpRelay Relay { get; }

    protected override string Db => new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Host = "127.0.0.1", Port = Relay.Port }.ConnectionString;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Relay.Dispose();
        _database.Dispose();
    }
}

/// <summary>
/// Issue 12, defect 12: with the database gone (PostgreSQL stopped, the SQLite file locked by another program) the site
/// answers a clear Vietnamese 503 page instead of its generic 500, tries transient PostgreSQL failures again with
/// backoff, and <c>/health/ready</c> says so; it comes back by itself when the database does.
/// </summary>
public sealed class DatabaseUnavailableTests(ITestOutputHelper output)
{
    /// <summary>Words of the 503 page (Messages.DatabaseUnavailable*), checked without depending on their exact wording here.</summary>
    private const string Unavailable = "cơ sở dữ liệu";

    private static async Task AssertUnavailableAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{url} → {(int)response.StatusCode}");
        Assert.Contains(Unavailable, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.DoesNotContain("Exception", html);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Sqlite_locked_by_another_program_is_a_503_page_and_not_ready_until_the_lock_goes()
    {
        using var factory = new ShortLockWebAppFactory();
        var admin = await factory.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync("/health/ready")).StatusCode);

        // The file is WAL (EF creates it so), where a plain writer does not stop readers (the next test is about
        // writers); a program that opens the file in exclusive locking mode (sqlite3 with that pragma, a restore tool)
        // while the site has no connection open stops everyone until it closes. The site's idle pooled connections
        // are closed first (they would keep the WAL index shared), as after a quiet spell.
        SqliteConnection.ClearAllPools();
        using (var holder = new SqliteConnection($"Data Source={factory.DbPath};Pooling=False;Default Timeout=15"))
        {
            holder.Open();
            using (var begin = holder.CreateCommand())
            {
                foreach (var sql in new[] { "PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "SELECT count(*) FROM \"Organizations\"" })
                {
                    begin.CommandText = sql;
                    begin.ExecuteNonQuery();
                }
            }
            await AssertUnavailableAsync(admin, "/Dashboard/" + TestData.Province);
            await AssertUnavailableAsync(admin, "/Units/" + TestData.OwnCommune);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.Client().GetAsync("/health/ready")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Dashboard/" + TestData.Province)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Sqlite_write_lock_held_elsewhere_refuses_a_save_with_the_503_page_and_writes_nothing()
    {
        using var factory = new ShortLockWebAppFactory();
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var target = Units.Workflow.TargetsOf(factory, TestData.OwnCommune)[0];
        var url = Units.Workflow.FiguresUrl(TestData.OwnCommune, 2039);
        var token = await WebAppFactory.TokenAsync(client, url);
        using (var holder = new SqliteConnection($"Data Source={factory.DbPath};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE"; // a writer elsewhere (a backup, the CLI importing a large report)
            begin.ExecuteNonQuery();
            using var response = await client.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(
                [new("Rows[0].TargetId", target.Id.ToString()), new("Rows[0].Value", "41"), new("Rows[0].Version", ""), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains(Unavailable, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Empty(Units.Workflow.Stored(factory, TestData.OwnCommune, 2039));
    }

    [PostgresFact]
    public async Task Postgres_stopped_is_a_503_page_not_ready_and_back_by_itself_when_it_returns()
    {
        using var factory = new RelayedPostgresWebAppFactory();
        var admin = await factory.SignedInAsync("admin");
        var target = TestData.FirstTargetOf(factory, TestData.OwnCommune);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Dashboard/" + TestData.Province)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync("/health/ready")).StatusCode);

        factory.Relay.Stop();
        var clock = Stopwatch.StartNew();
        await AssertUnavailableAsync(admin, "/Dashboard/" + TestData.Province);
        output.WriteLine($"503 after {clock.ElapsedMilliseconds} ms with the port closed");
        await AssertUnavailableAsync(admin, "/Targets/" + target);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.Client().GetAsync("/health/ready")).StatusCode);

        factory.Relay.Start();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Dashboard/" + TestData.Province)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync("/health/ready")).StatusCode);
    }

    [PostgresFact]
    public async Task Transient_connection_failures_are_tried_again_with_backoff_and_the_page_answers()
    {
        using var factory = new RelayedPostgresWebAppFactory();
        var admin = await factory.SignedInAsync("admin");
        Npgsql.NpgsqlConnection.ClearAllPools(); // the next query needs a new connection, through the relay

        factory.Relay.DropNext(2); // two connection attempts cut as a restarting server cuts them
        using var response = await admin.GetAsync("/Dashboard/" + TestData.Province);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, factory.Relay.Dropped);

        // Always cut: every try fails, and the page says so after a bounded number of them.
        NpgsqlConnection.ClearAllPools();
        factory.Relay.DropNext(int.MaxValue);
        var clock = Stopwatch.StartNew();
        await AssertUnavailableAsync(admin, "/Dashboard/" + TestData.Province);
        output.WriteLine($"{factory.Relay.Dropped} attempts cut (the background job poller's included), 503 after {clock.ElapsedMilliseconds} ms");
        // The request's query was tried 1 + MaxRetries times, waiting ≈ 0 + 1 + 2 s in between: backoff, bounded.
        Assert.True(factory.Relay.Dropped >= 1 + Data.PostgresRetryStrategy.MaxRetries, $"{factory.Relay.Dropped} attempts");
        Assert.InRange(clock.ElapsedMilliseconds, 2_000, 60_000);
        factory.Relay.DropNext(0);
    }
}
