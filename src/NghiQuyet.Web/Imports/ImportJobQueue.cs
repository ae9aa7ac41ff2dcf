using System.Collections.Concurrent;
using System.Threading.Channels;

namespace NghiQuyet.Web.Imports;

/// <summary>
/// The in-process side of the job table: wakes a worker when a job is queued (the table stays the truth; workers also
/// look every few seconds) and lets a cancel request kill the running job's child process at once.
/// </summary>
public sealed class ImportJobQueue
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Waits for a wake-up or <paramref name="poll"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(poll);
        try
        {
            await _wake.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
        }
    }

    public CancellationTokenSource Track(Guid jobId, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[jobId] = source;
        return source;
    }

    public void Untrack(Guid jobId) => _running.TryRemove(jobId, out _);

    /// <summary>Kills the job's running child now (the worker then marks it cancelled); false when it is not running here.</summary>
    public bool Interrupt(Guid jobId)
    {
        if (!_running.TryGetValue(jobId, out var source))
            return false;
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
        return true;
    }
}
