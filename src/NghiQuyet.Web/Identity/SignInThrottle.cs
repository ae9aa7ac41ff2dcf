using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace NghiQuyet.Web.Identity;

/// <summary>
/// The per-account half of sign-in throttling (the per-address half is the rate-limiting middleware): progressive
/// delays per (account, client address) and a ceiling of wrong passwords per account. Only wrong passwords count;
/// a right one clears that pair's count. In memory: a restart forgets, which only ever helps the owner.
/// </summary>
public sealed class SignInThrottle(SignInSettings settings, TimeProvider time) : IDisposable
{
    private sealed record Failures(int Count, DateTimeOffset Last);

    private readonly ConcurrentDictionary<(string Account, string Client), Failures> _pairs = new();

    // System.Threading.RateLimiting, the ASP.NET Core rate limiter's engine, partitioned by account.
    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetSlidingWindowLimiter(account, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = settings.PerAccountFailures,
            Window = settings.PerAccountWindow,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }), StringComparer.Ordinal);

    /// <summary>How long this attempt must wait before it may be checked at all; zero = go ahead.</summary>
    public (TimeSpan Wait, bool AccountCeiling) Check(string account, string client)
    {
        account = Normalize(account);
        if (_pairs.TryGetValue((account, client), out var f))
        {
            var until = f.Last + settings.DelayAfter(f.Count);
            var now = time.GetUtcNow();
            if (until > now)
                return (until - now, false);
        }
        // Zero permits asks "are any left?" without using one.
        using var lease = _perAccount.AttemptAcquire(account, 0);
        return lease.IsAcquired ? (TimeSpan.Zero, false) : (settings.PerAccountWindow / 6, true);
    }

    public void Failed(string account, string client)
    {
        account = Normalize(account);
        var now = time.GetUtcNow();
        _pairs.AddOrUpdate((account, client), _ => new Failures(1, now),
            (_, f) => new Failures(now - f.Last > settings.PerAccountWindow ? 1 : f.Count + 1, now));
        using var _ = _perAccount.AttemptAcquire(account, 1);
        Prune(now);
    }

    public void Succeeded(string account, string client) => _pairs.TryRemove((Normalize(account), client), out _);

    /// <summary>Bounded memory: forget pairs quiet for longer than the longest delay and the account window.</summary>
    private void Prune(DateTimeOffset now)
    {
        if (_pairs.Count < 10_000)
            return;
        var horizon = settings.MaxDelay > settings.PerAccountWindow ? settings.MaxDelay : settings.PerAccountWindow;
        foreach (var (key, f) in _pairs)
            if (now - f.Last > horizon)
                _pairs.TryRemove(key, out _);
    }

    private static string Normalize(string account) => account.Trim().ToUpperInvariant();

    public void Dispose() => _perAccount.Dispose();
}
