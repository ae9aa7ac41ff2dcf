using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Data;
using NghiQuyet.Web.Demo;

namespace NghiQuyet.Web.Tests;

internal static class TestData
{
    public const string Province = DemoSeeder.ProvinceCode;
    public static string OwnCommune => DemoSeeder.SeededCommuneCodes[0];
    public static string OtherCommune => DemoSeeder.SeededCommuneCodes[1];
    public static string OwnCommuneUser => DemoSeeder.CommuneUserName(OwnCommune);

    public static Guid FirstTargetOf(WebAppFactory factory, string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        return db.Targets.Where(t => db.Resolutions.Any(r => r.Id == t.ResolutionId && r.OrganizationCode == code))
            .OrderBy(t => t.Position).Select(t => t.Id).First();
    }
}
