using System.Globalization;

namespace NghiQuyet.Web.Identity;

/// <summary>
/// Sign-in throttling (issue 12, defect 11), configurable as <c>SignIn:*</c>:
/// per client address at most <see cref="PerIpPermits"/> sign-in posts per <see cref="PerIpWindow"/> (ASP.NET Core's
/// rate limiter, 429 beyond: spraying one password over many names); per account and client address,
/// <see cref="FreeFailures"/> wrong passwords, then a wait that doubles with each further one up to
/// <see cref="MaxDelay"/> (429 with Retry-After before it is over: guessing from one place slows to a crawl, while the
/// owner signing in from elsewhere is not held up); per account from everywhere, at most
/// <see cref="PerAccountFailures"/> wrong passwords per <see cref="PerAccountWindow"/> (a many-address attack).
/// No hard lock: one stranger cannot shut a user out for 15 minutes with five tries.
/// </summary>
public sealed record SignInSettings(
    int PerIpPermits,
    TimeSpan PerIpWindow,
    int FreeFailures,
    TimeSpan MaxDelay,
    int PerAccountFailures,
    TimeSpan PerAccountWindow)
{
    public static SignInSettings Default { get; } = new(30, TimeSpan.FromMinutes(1), 3, TimeSpan.FromMinutes(5), 50, TimeSpan.FromMinutes(15));

    public static SignInSettings From(IConfiguration config)
    {
        var s = config.GetSection("SignIn");
        int Int(string key, int fallback) => int.TryParse(s[key], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
        TimeSpan Span(string key, TimeSpan fallback) => TimeSpan.TryParse(s[key], CultureInfo.InvariantCulture, out var v) && v > TimeSpan.Zero ? v : fallback;
        var d = Default;
        return new SignInSettings(
            Int("PerIpPermits", d.PerIpPermits), Span("PerIpWindow", d.PerIpWindow),
            Int("FreeFailures", d.FreeFailures), Span("MaxDelay", d.MaxDelay),
            Int("PerAccountFailures", d.PerAccountFailures), Span("PerAccountWindow", d.PerAccountWindow));
    }

    /// <summary>The wait after the <paramref name="failures"/>th wrong password in a row: 0 … 0, 1 s, 2 s, 4 s … capped.</summary>
    public TimeSpan DelayAfter(int failures)
    {
        if (failures < FreeFailures)
            return TimeSpan.Zero;
        var exponent = Math.Min(failures - FreeFailures, 30);
        var seconds = Math.Min(Math.Pow(2, exponent), MaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }
}
