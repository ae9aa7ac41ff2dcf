using NghiQuyet.Core.Domain;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Web.Imports;

/// <summary>
/// Reads queued scans in the background, <see cref="OcrSettings.MaxConcurrentJobs"/> at a time (one per core by
/// default), each on its own long-running thread so that requests keep the thread pool. On start, jobs a previous run
/// left "running" are ended with a message.
/// </summary>
public sealed class ImportJobWorker(IServiceScopeFactory scopes, ImportJobQueue queue, ImportJobRunner runner, OcrSettings settings, ILogger<ImportJobWorker> log) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var interrupted = Jobs(s => s.FailInterrupted());
            if (interrupted > 0)
                log.LogWarning("{Count} import job(s) interrupted by the last shutdown were marked failed", interrupted);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "could not check interrupted import jobs");
        }
        var loops = Enumerable.Range(0, settings.MaxConcurrentJobs)
            .Select(_ => Task.Factory.StartNew(() => Loop(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap());
        await Task.WhenAll(loops);
    }

    private async Task Loop(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            ImportJob? job = null;
            try
            {
                job = Jobs(s => s.ClaimNext());
            }
            catch (Exception ex)
            {
                log.LogError(ex, "could not claim an import job");
            }
            if (job is null)
            {
                await queue.WaitAsync(Poll, stopping).ConfigureAwait(false);
                continue;
            }
            runner.Run(job, stopping);
        }
    }

    private T Jobs<T>(Func<ImportJobService, T> work)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        return work(new ImportJobService(sp.GetRequiredService<NghiQuyetDbContext>(), sp.GetRequiredService<ImportService>(), sp.GetRequiredService<TimeProvider>()));
    }
}
