namespace NghiQuyet.Core.Time;

/// <summary>
/// The one place that knows Vietnam's time: "now", "today" and "this year" for the site and the CLI alike, so that
/// around New Year both agree on the year (UTC is still in the old year for the first seven hours of 1 January).
/// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset needs no time-zone database on the server.
/// </summary>
public sealed class VietnamClock(TimeProvider time)
{
    /// <summary>Vietnam's offset from UTC (+7 h, all year).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The machine's clock: for the CLI and anything without a DI container.</summary>
    public static VietnamClock System { get; } = new(TimeProvider.System);

    /// <summary>Now, on Vietnam's wall clock.</summary>
    public DateTimeOffset Now => InVietnam(time.GetUtcNow());

    /// <summary>Today's date in Vietnam.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>This year in Vietnam.</summary>
    public int Year => Now.Year;

    /// <summary>An instant as read on a wall clock in Vietnam (stored instants are UTC).</summary>
    public static DateTimeOffset InVietnam(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>An instant as users read it, on Vietnam's wall clock: "25/11/2026 14:05".</summary>
    public static string Format(DateTimeOffset at) =>
        InVietnam(at).ToString("dd/MM/yyyy HH:mm", global::System.Globalization.CultureInfo.InvariantCulture);
}
