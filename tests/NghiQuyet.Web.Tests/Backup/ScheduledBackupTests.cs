using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using NghiQuyet.Data.Backup;

namespace NghiQuyet.Web.Tests.Backup;

/// <summary>
/// The site's scheduled backup (issue 12, defect 7) on the real site: every interval a .nqbak of the site's own
/// database appears in the folder, the oldest beyond Backup:Keep are removed, files that are not its own are left
/// alone, and the newest restores to a database with the site's data.
/// </summary>
public sealed class ScheduledBackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-scheduled-").FullName;

    private sealed class ScheduledFactory(string folder) : WebAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Backup:Folder", folder);
            builder.UseSetting("Backup:Interval", "00:00:01");
            builder.UseSetting("Backup:Keep", "2");
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Backups_appear_every_interval_the_oldest_are_pruned_and_the_newest_restores()
    {
        var mine = Path.Combine(_folder, "ghi-chu-cua-quan-tri.nqbak");
        await File.WriteAllTextAsync(mine, "not the service's");
        using var site = new ScheduledFactory(_folder);
        using var client = site.Client();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);

        // One a second, two kept: wait until a backup has been pruned (more have been made than are kept).
        var seen = new HashSet<string>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && (seen.Count < 4 || Own().Count() > 2))
        {
            foreach (var f in Own())
                seen.Add(Path.GetFileName(f));
            await Task.Delay(100);
        }
        Assert.True(seen.Count >= 4, $"only {seen.Count} scheduled backups in 90 s");
        var kept = Own().Order().ToList();
        Assert.Equal(2, kept.Count);
        Assert.Equal(seen.Order().TakeLast(2), kept.Select(Path.GetFileName));
        Assert.True(File.Exists(mine), "a file that is not the service's was deleted");

        var restored = Path.Combine(_folder, "khoi-phuc.db");
        var outcome = DatabaseRestore.Restore(kept[^1], restored);
        Assert.True(outcome.Success, outcome.Error);
        Assert.True(outcome.Manifest!.Tables["Organizations"] > 70, "the demo's units are in the backup");
        Assert.True(outcome.Manifest.Tables["AspNetUsers"] > 0, "the accounts are in the backup");
    }

    private IEnumerable<string> Own() => Directory.EnumerateFiles(_folder, "nghiquyet-*.nqbak");
}
