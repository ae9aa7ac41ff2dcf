using System.Globalization;
using NghiQuyet.Core;
using NghiQuyet.Data.Backup;
using NghiQuyet.Web.Setup;

namespace NghiQuyet.Web.Backup;

/// <summary>
/// The site's scheduled backup (issue 12, defect 7): <c>Backup:Folder</c> turns it on; <c>Backup:Interval</c>
/// (default one day, e.g. <c>06:00:00</c>) and <c>Backup:Keep</c> (default 14 files) say how often and how many.
/// </summary>
public sealed record ScheduledBackupSettings(string? Folder, TimeSpan Interval, int Keep)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(Folder);

    public static ScheduledBackupSettings From(IConfiguration config)
    {
        var section = config.GetSection("Backup");
        var folder = section["Folder"];
        var interval = TimeSpan.FromDays(1);
        if (section["Interval"] is { Length: > 0 } text
            && (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out interval) || interval < TimeSpan.FromSeconds(1)))
            throw new InvalidOperationException(string.Format(Messages.ScheduledBackupSettingInvalid, string.Format(Messages.ScheduledBackupIntervalHint, text)));
        var keep = 14;
        if (section["Keep"] is { Length: > 0 } keepText && (!int.TryParse(keepText, CultureInfo.InvariantCulture, out keep) || keep < 1))
            throw new InvalidOperationException(string.Format(Messages.ScheduledBackupSettingInvalid, string.Format(Messages.ScheduledBackupKeepHint, keepText)));
        return new ScheduledBackupSettings(string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder), interval, keep);
    }
}

/// <summary>
/// Backs the site's database up every <see cref="ScheduledBackupSettings.Interval"/> into the folder, as
/// <c>nghiquyet-yyyyMMdd-HHmmss.nqbak</c> (UTC), and keeps the newest <see cref="ScheduledBackupSettings.Keep"/>.
/// The next run is counted from the newest backup already there, so restarting the site neither skips one nor makes
/// an extra one. A failed backup is logged and tried again at the next interval; it never stops the site.
/// </summary>
public sealed class ScheduledBackupService(ScheduledBackupSettings settings, StoreConnection store, TimeProvider time, ILogger<ScheduledBackupService> log)
    : BackgroundService
{
    private const string Prefix = "nghiquyet-";
    private const string Stamp = "yyyyMMdd-HHmmss";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
            return;
        var folder = settings.Folder!;
        Directory.CreateDirectory(folder);
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = (Newest(folder) ?? DateTimeOffset.MinValue) + settings.Interval - time.GetUtcNow();
            if (due > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(due, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            // Off the host's thread: a large database takes a while and pg_dump is waited for.
            await Task.Run(() => RunOnce(folder), stoppingToken);
        }
    }

    /// <summary>One backup and the pruning after it; returns the file written, or null.</summary>
    public string? RunOnce(string folder)
    {
        var now = time.GetUtcNow();
        _lastAttempt = now;
        var path = Path.Combine(folder, Prefix + now.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture) + DatabaseBackup.Extension);
        if (File.Exists(path))
            return null;
        var outcome = DatabaseBackup.Create(store.ConnectionString, path, time);
        if (!outcome.Success)
        {
            log.LogError("{Message}", string.Format(Messages.ScheduledBackupFailed, outcome.Error));
            return null;
        }
        log.LogInformation(Messages.ScheduledBackupDoneLog, path, outcome.Manifest!.Tables.Count, outcome.Manifest.Rows, outcome.Manifest.Sha256);
        foreach (var old in Backups(folder).Skip(settings.Keep))
        {
            try
            {
                File.Delete(old.Path);
            }
            catch (IOException ex)
            {
                log.LogWarning(Messages.ScheduledBackupPruneFailedLog, old.Path, ex.Message);
            }
        }
        return path;
    }

    /// <summary>This process's last attempt, failed ones included: a failure waits a whole interval, never a tight loop.</summary>
    private DateTimeOffset? _lastAttempt;

    private DateTimeOffset? Newest(string folder)
    {
        var newest = Backups(folder).Select(b => (DateTimeOffset?)b.At).FirstOrDefault();
        return _lastAttempt > newest || newest is null ? _lastAttempt : newest;
    }

    /// <summary>This service's own files in the folder, newest first (others' files are never touched).</summary>
    private static IEnumerable<(string Path, DateTimeOffset At)> Backups(string folder) =>
        Directory.EnumerateFiles(folder, Prefix + "*" + DatabaseBackup.Extension)
            .Select(p => (Path: p, Name: Path.GetFileNameWithoutExtension(p)[Prefix.Length..]))
            .Select(x => DateTime.TryParseExact(x.Name, Stamp, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
                ? (x.Path, At: (DateTimeOffset?)new DateTimeOffset(at, TimeSpan.Zero))
                : (x.Path, At: null))
            .Where(x => x.At is not null)
            .Select(x => (x.Path, x.At!.Value))
            .OrderByDescending(x => x.Item2);
}

public static class ScheduledBackupSetup
{
    /// <summary>Registers the scheduled backup; it does nothing unless <c>Backup:Folder</c> is set.</summary>
    public static IServiceCollection AddScheduledBackup(this IServiceCollection services)
    {
        services.AddSingleton(sp => ScheduledBackupSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddHostedService<ScheduledBackupService>();
        return services;
    }
}
