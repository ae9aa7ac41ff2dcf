using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Data;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Setup;

/// <summary>
/// Where the data lives: <c>--db</c> (or NGHIQUYET_DB) as the CLI takes it; without it, a demo SQLite file that is
/// seeded on start. <c>--demo true</c> seeds any other database too (never on by default: demo passwords are public).
/// </summary>
public sealed record StoreConnection(DbContextOptions Options, bool IsPostgres, string ConnectionString, bool Demo, string Description)
{
    public static string DefaultDemoPath => Path.Combine(Path.GetDirectoryName(DbFactory.DefaultSqlitePath)!, "nghiquyet-demo.db");

    public static Result<StoreConnection> From(IConfiguration config, ICurrentUser user, TimeProvider time)
    {
        var db = config["db"];
        var explicitDb = !string.IsNullOrWhiteSpace(db);
        if (!explicitDb)
        {
            db = DefaultDemoPath;
            Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        }
        var demo = config.GetValue<bool?>("demo") ?? !explicitDb;
        return DbFactory.Options(db, user, time).Map(options =>
        {
            var postgres = DbFactory.IsPostgres(options);
            return new StoreConnection(options, postgres, DbFactory.ConnectionString(options), demo, postgres ? "PostgreSQL" : "SQLite " + db);
        });
    }

    public NghiQuyetDbContext CreateStore() => DbFactory.NewContext(Options);

    public WebIdentityDbContext CreateIdentity() => WebIdentityDbContext.Create(ConnectionString, IsPostgres);
}

/// <summary>The audit trail names the signed-in user; work done outside a request (the demo seed) is the system's.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    public const string System = Messages.SystemActor;

    private static readonly AsyncLocal<string?> Acting = new();

    public string UserName => Acting.Value ?? http.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? System;

    /// <summary>Background work done for a user (a scan read after its upload) is audited in that user's name.</summary>
    public static IDisposable ActAs(string userName)
    {
        var before = Acting.Value;
        Acting.Value = userName;
        return new Restore(() => Acting.Value = before);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
