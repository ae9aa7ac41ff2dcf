using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;

namespace NghiQuyet.Web.Tests;

/// <summary>What the explore tests read back from the seeded database to compute their expectations.</summary>
internal static class ExploreData
{
    public static T With<T>(WebAppFactory factory, Func<NghiQuyetDbContext, T> read)
    {
        using var scope = factory.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>());
    }

    public static Organization Unit(WebAppFactory factory, string code) =>
        With(factory, db => db.Organizations.AsNoTracking().First(o => o.Code == code));

    /// <summary>The current resolution's targets of a unit (latest published, as the pages choose).</summary>
    public static List<Target> Targets(WebAppFactory factory, string code) => With(factory, db =>
    {
        var resolution = new Data.Storage.EvaluationQueries(db).CurrentResolutions([code]).Single();
        return db.Targets.AsNoTracking().Where(t => t.ResolutionId == resolution.Id).OrderBy(t => t.Position).ToList();
    });

    /// <summary>Approved or locked figures of a target, by year.</summary>
    public static Dictionary<int, decimal> Official(WebAppFactory factory, Guid targetId) => With(factory, db =>
        db.Measurements.AsNoTracking().Where(m => m.TargetId == targetId).ToList()
            .Where(m => m.Status is MeasurementStatus.Approved or MeasurementStatus.Locked)
            .ToDictionary(m => m.Year, m => m.Value));
}
