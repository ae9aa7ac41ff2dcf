using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NghiQuyet.Web.Setup;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database answers a read), for nginx, systemd
/// or a monitor; anonymous, and saying no more than Healthy/Unhealthy (200/503).
/// </summary>
public static class StoreHealth
{
    public static void AddStoreHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<StoreReadiness>("store", tags: ["ready"]);

    public static void MapStoreHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}

/// <summary>
/// Reads one row of the store on a connection of its own, outside EF's retrying strategy: a readiness probe answers at
/// once. A read, not just a connection: a SQLite file locked by another program opens fine and then cannot be read.
/// </summary>
public sealed class StoreReadiness(StoreConnection store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = store.CreateStore();
            var connection = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM \"Organizations\" LIMIT 1";
            command.CommandTimeout = 5;
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (Data.DbErrors.IsUnavailable(ex))
        {
            return HealthCheckResult.Unhealthy(exception: ex);
        }
    }
}
