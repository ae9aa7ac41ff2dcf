using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Units;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Demo;

/// <summary>How much demo data: the standard demo, or the full scale for the benchmark (every unit of the
/// province with a 40-target resolution and six years of approved figures).</summary>
public enum DemoScale
{
    Standard,
    Full,
}

/// <summary>A demo account as printed on the console.</summary>
public sealed record DemoAccount(string UserName, string Role, string OrganizationCode, string OrganizationName);

/// <summary>
/// Demo data for a fresh machine: Sơn La and its 75 communes from the official list, a few communes with the demo
/// resolution and six years of figures (2020–2025), one account per role. Each step runs only when its data is absent,
/// so a restart changes nothing.
/// </summary>
public sealed class DemoSeeder(NghiQuyetDbContext db, UserManager<WebUser> users, RoleManager<IdentityRole> roles, ICurrentUser user, TimeProvider time)
{
    public const string ProvinceCode = "14";
    public const string Password = "NghiQuyet@2026";
    public const int FirstYear = 2020;
    public const int LastYear = 2025;

    /// <summary>How many communes get a resolution and figures.</summary>
    public const int CommunesWithResolutions = 6;

    public static IReadOnlyList<string> SeededCommuneCodes => Lazy.Value;

    private static readonly Lazy<IReadOnlyList<string>> Lazy = new(() => UnitsData.Registry.Communes
        .Where(c => c.ProvinceCode == ProvinceCode && c.Kind == OrganizationKind.Commune)
        .OrderBy(c => c.Code, StringComparer.Ordinal)
        .Take(CommunesWithResolutions).Select(c => c.Code).ToList());

    /// <summary>Every unit of the province (communes, wards, the special zone): the full scale's communes.</summary>
    public static IReadOnlyList<string> AllUnitCodes => AllLazy.Value;

    private static readonly Lazy<IReadOnlyList<string>> AllLazy = new(() => UnitsData.Registry.Communes
        .Where(c => c.ProvinceCode == ProvinceCode)
        .OrderBy(c => c.Code, StringComparer.Ordinal)
        .Select(c => c.Code).ToList());

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(DemoScale scale = DemoScale.Standard)
    {
        SeedUnits();
        SeedProvinceResolution();
        SeedResolutions(scale);
        return await SeedAccountsAsync();
    }

    /// <summary>The province's own resolution, published, so the dashboard rolls the communes' figures up against it.</summary>
    private void SeedProvinceResolution()
    {
        if (db.Resolutions.Any(r => r.OrganizationCode == ProvinceCode))
            return;
        var province = db.Organizations.AsNoTracking().First(o => o.Code == ProvinceCode);
        var import = new ImportService(db, UnitsData.Registry, user, time);
        var outcome = import.Import(new ImportRequest($"bao-cao-chinh-tri-tinh-{ProvinceCode}.txt", "txt",
            Encoding.UTF8.GetBytes(DemoProvinceResolution.Text(province.FullName)),
            DemoProvinceResolution.Extraction(province.FullName, province.Name)), ProvinceCode);
        if (!outcome.Success)
            throw new InvalidOperationException(outcome.Error);
        var resolution = db.Resolutions.First(r => r.Id == outcome.Value.ResolutionId);
        resolution.Publish(new Actor("admin", ActorRole.Administrator), time.GetUtcNow());
        db.SaveChanges();
        db.ChangeTracker.Clear();
    }

    private void SeedUnits()
    {
        var registry = UnitsData.Registry;
        var wanted = registry.Communes.Where(c => c.ProvinceCode == ProvinceCode).Prepend(registry.Find(ProvinceCode)!).ToList();
        var present = db.Organizations.Select(o => o.Code).ToHashSet();
        var added = 0;
        foreach (var unit in wanted.Where(u => !present.Contains(u.Code)))
        {
            db.Organizations.Add(registry.ToOrganization(unit));
            added++;
        }
        if (added > 0)
            db.SaveChanges();
        db.ChangeTracker.Clear();
    }

    private void SeedResolutions(DemoScale scale)
    {
        var codes = scale == DemoScale.Full ? AllUnitCodes : SeededCommuneCodes;
        var specs = scale == DemoScale.Full ? DemoResolution.FullTargets : DemoResolution.Targets;
        var province = db.Organizations.AsNoTracking().First(o => o.Code == ProvinceCode);
        var import = new ImportService(db, UnitsData.Registry, user, time);
        var admin = new Actor("admin", ActorRole.Administrator);
        var approver = new Actor("tinh.sonla", ActorRole.Approver);
        for (var c = 0; c < codes.Count; c++)
        {
            var code = codes[c];
            if (db.Resolutions.Any(r => r.OrganizationCode == code))
                continue;
            var commune = db.Organizations.AsNoTracking().First(o => o.Code == code);
            var text = DemoResolution.Text(commune.FullName, province.FullName, specs);
            var outcome = import.Import(new ImportRequest($"bao-cao-chinh-tri-{code}.txt", "txt", Encoding.UTF8.GetBytes(text),
                DemoResolution.Extraction(commune.FullName, province.Name, specs)), code);
            if (!outcome.Success)
                throw new InvalidOperationException(outcome.Error);
            var now = time.GetUtcNow();
            var resolution = db.Resolutions.Include(r => r.Targets).First(r => r.Id == outcome.Value.ResolutionId);
            resolution.Publish(admin, now);

            var editor = new Actor(CommuneUserName(code), ActorRole.Editor);
            foreach (var target in resolution.Targets)
            {
                var spec = specs.First(t => t.Item == target.Item);
                for (var year = FirstYear; year <= LastYear; year++)
                {
                    var m = Measurement.Record(target, year, FigureOf(spec, c, target.Position, year), editor, now).Value!;
                    // The first commune's latest year waits for the province's approval: something to approve in the demo.
                    m.Submit(editor, now);
                    if (!(c == 0 && year == LastYear))
                        m.Approve(approver, now);
                    db.Measurements.Add(m);
                }
            }
            db.SaveChanges();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// A made-up but plausible series: each commune × target gets a pace (ahead, on track, slow, backwards) so that the
    /// dashboard shows every colour.
    /// </summary>
    internal static decimal Figure(DemoTarget spec, int commune, int position, int year)
    {
        var pace = ((commune * 7 + position * 3) % 8) switch
        {
            0 => -0.25m,
            1 or 2 => 0.35m,
            3 => 0.75m,
            _ => 1.15m,
        };
        var share = (year - FirstYear) / (decimal)(DemoResolution.TermTo - FirstYear);
        var wobble = ((commune + position + year) % 3 - 1) * 0.01m;
        var value = spec.Start + (spec.Value - spec.Start) * (share * pace + wobble);
        if (spec.Unit == "%")
            value = Math.Clamp(value, 0m, 100m);
        return Math.Round(value, spec.Value >= 1000 ? 0 : 1);
    }

    /// <summary>A share comes as numerator and denominator (households, people, schools…), as a commune reports it, so
    /// the province's figure is a ratio of sums and not an average of percentages; other figures as a value.</summary>
    internal static MeasurementFigure FigureOf(DemoTarget spec, int commune, int position, int year)
    {
        var value = Figure(spec, commune, position, year);
        if (spec.Unit != "%")
            return new MeasurementFigure(value);
        var denominator = Denominator(commune, position);
        return new MeasurementFigure(null, Math.Round(value * denominator / 100m), denominator);
    }

    /// <summary>The same base for every year of a commune × target, as the number of households or people would be.</summary>
    internal static decimal Denominator(int commune, int position) => 600 + (commune * 211 + position * 97) % 2400;

    public static string CommuneUserName(string code) => "xa." + code;

    private async Task<IReadOnlyList<DemoAccount>> SeedAccountsAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)));

        var names = db.Organizations.AsNoTracking().ToDictionary(o => o.Code, o => o.FullName);
        var accounts = new List<DemoAccount>
        {
            new("admin", Roles.Administrator, ProvinceCode, names[ProvinceCode]),
            new("tinh.sonla", Roles.ProvinceOfficer, ProvinceCode, names[ProvinceCode]),
            new("thanhtra", Roles.Inspector, ProvinceCode, names[ProvinceCode]),
        };
        accounts.AddRange(SeededCommuneCodes.Take(2).Select(code => new DemoAccount(CommuneUserName(code), Roles.CommuneOfficer, code, names[code])));
        foreach (var account in accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
                continue;
            var webUser = new WebUser
            {
                UserName = account.UserName,
                DisplayName = $"{Roles.Describe(account.Role)} ({account.OrganizationName})",
                OrganizationCode = account.OrganizationCode,
                EmailConfirmed = true,
            };
            Check(await users.CreateAsync(webUser, Password));
            Check(await users.AddToRoleAsync(webUser, account.Role));
        }
        return accounts;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
