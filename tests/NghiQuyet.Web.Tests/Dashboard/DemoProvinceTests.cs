using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;
using NghiQuyet.Web.Demo;

namespace NghiQuyet.Web.Tests.Dashboard;

[Collection(WebCollection.Name)]
public sealed class DemoProvinceTests(WebAppFactory factory)
{
    [Fact]
    public void Every_province_target_but_one_is_a_catalog_indicator_the_communes_also_set()
    {
        var matcher = new IndicatorMatcher(IndicatorCatalog.Default);
        var communeKeys = DemoResolution.Extraction("Xã A", "Sơn La").Targets
            .Select(t => matcher.Match(t.Terms).Indicator?.Key).OfType<string>().ToHashSet();
        var provinceKeys = DemoProvinceResolution.Extraction("Tỉnh Sơn La", "Sơn La").Targets
            .Select(t => (t.Name, Key: matcher.Match(t.Terms).Indicator?.Key)).ToList();
        var shared = provinceKeys.Where(p => p.Key is not null && communeKeys.Contains(p.Key)).ToList();
        Assert.True(shared.Count >= 10, "shared: " + string.Join(", ", provinceKeys.Select(p => p.Name + "=" + p.Key)));
    }

    [Fact]
    public void The_province_resolution_is_seeded_published_with_its_targets_and_the_communes_shares_carry_numerators()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        var resolution = db.Resolutions.AsNoTracking().Include(r => r.Targets).Single(r => r.OrganizationCode == DemoSeeder.ProvinceCode);
        Assert.Equal(ResolutionStatus.Published, resolution.Status);
        Assert.Equal(DemoProvinceResolution.Targets.Select(t => t.Name), resolution.Targets.OrderBy(t => t.Position).Select(t => t.Name));
        Assert.Equal((2025, 2030), (resolution.TermFrom ?? 0, resolution.TermTo ?? 0));

        var code = DemoSeeder.SeededCommuneCodes[0];
        var shares = db.Measurements.AsNoTracking()
            .Where(m => db.Targets.Any(t => t.Id == m.TargetId && t.Unit == "%" && db.Resolutions.Any(r => r.Id == t.ResolutionId && r.OrganizationCode == code)))
            .ToList();
        Assert.NotEmpty(shares);
        Assert.All(shares, m => Assert.Equal(Math.Round(m.Numerator!.Value / m.Denominator!.Value * 100m, 2), m.Value));
    }
}
