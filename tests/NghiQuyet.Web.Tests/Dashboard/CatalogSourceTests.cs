using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Cli;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Web.Demo;
using NghiQuyet.Web.Dashboard;

namespace NghiQuyet.Web.Tests.Dashboard;

/// <summary>
/// Sets a process-wide environment variable: runs alone, so no other test's site starts with this catalog.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CatalogEnvironmentCollection
{
    public const string Name = "catalog-environment";
}

/// <summary>
/// An administrator's <c>$NGHIQUYET_CATALOG</c> applies to the site and to <c>nghiquyet evaluate</c> alike: on the
/// same database both match every target to the same indicator, and the administrator's entry is the one matched.
/// </summary>
[Collection(CatalogEnvironmentCollection.Name)]
public sealed class CatalogSourceTests
{
    private const string OwnKey = "kiem_thu_danh_muc_rieng";

    [Fact]
    public async Task Site_and_cli_evaluate_match_targets_to_the_same_indicators_of_the_environment_catalog()
    {
        // A demo target, taken from the entry the built-in catalog would match it to and given to an entry of our own:
        // that entry is found only by a reader of $NGHIQUYET_CATALOG.
        var target = DemoResolution.Targets.First(t => t.Name == "Tỷ lệ che phủ rừng");
        var builtIn = new IndicatorMatcher(IndicatorCatalog.Default).Match(target.Name, target.Unit, target.Op).Key;
        var entries = new JsonArray(new JsonObject { ["key"] = OwnKey, ["name"] = target.Name, ["unit"] = target.Unit });
        if (builtIn is not null)
            entries.Add(new JsonObject { ["key"] = builtIn, ["name"] = "Chỉ tiêu thay thế không dùng trong báo cáo nào", ["unit"] = target.Unit });
        var folder = Directory.CreateTempSubdirectory("nq-catalog-").FullName;
        var file = Path.Combine(folder, "catalog.json");
        await File.WriteAllTextAsync(file, new JsonObject { ["indicators"] = entries }.ToJsonString());

        var before = Environment.GetEnvironmentVariable(CatalogSource.EnvironmentVariable);
        Environment.SetEnvironmentVariable(CatalogSource.EnvironmentVariable, file);
        try
        {
            using var site = new WebAppFactory();
            var code = DemoSeeder.SeededCommuneCodes[0];
            Dictionary<Guid, string?> siteKeys;
            int year;
            using (var scope = site.Services.CreateScope())
            {
                var report = scope.ServiceProvider.GetRequiredService<ProgressService>().Unit(code);
                Assert.NotNull(report?.Resolution);
                siteKeys = report.Lines.ToDictionary(l => l.Target.Id, l => l.Row.IndicatorKey);
                year = report.AsOfYear;
            }

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = await CliApp.RunAsync(["evaluate", "--org", code, "--db", site.DbPath, "--as-of", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json"], stdout, stderr);
            Assert.True(exit == 0, stderr.ToString());
            var cliKeys = JsonNode.Parse(stdout.ToString())!["targets"]!.AsArray()
                .ToDictionary(t => Guid.Parse((string)t!["id"]!), t => (string?)t!["indicator_key"]);

            Assert.Equal(siteKeys.Count, cliKeys.Count);
            foreach (var (id, key) in cliKeys)
                Assert.Equal(key, siteKeys[id]);
            Assert.Contains(OwnKey, cliKeys.Values);
            Assert.Contains(OwnKey, siteKeys.Values);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CatalogSource.EnvironmentVariable, before);
            Directory.Delete(folder, recursive: true);
        }
    }
}
