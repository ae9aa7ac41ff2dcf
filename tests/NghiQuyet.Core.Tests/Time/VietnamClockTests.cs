using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Time;

namespace NghiQuyet.Core.Tests.Time;

public class VietnamClockTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    // 31/12/2026 17:30 UTC is already 01/01/2027 00:30 in Vietnam.
    private static readonly DateTimeOffset NewYearsEveUtc = new(2026, 12, 31, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Half_past_midnight_in_Vietnam_is_the_new_year_while_UTC_is_still_in_the_old_one()
    {
        var clock = new VietnamClock(new FixedTime(NewYearsEveUtc));
        Assert.Equal(2027, clock.Year);
        Assert.Equal(new DateOnly(2027, 1, 1), clock.Today);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 30, 0, TimeSpan.FromHours(7)), clock.Now);
        Assert.Equal(TimeSpan.FromHours(7), clock.Now.Offset);
    }

    [Fact]
    public void Evaluation_as_of_this_year_follows_Vietnam()
    {
        var evaluator = new TargetEvaluator(new VietnamClock(new FixedTime(NewYearsEveUtc)));
        Assert.Equal(2027, evaluator.CurrentYear);
    }

    [Fact]
    public void Vietnam_keeps_plus_seven_hours_in_summer_too()
    {
        var clock = new VietnamClock(new FixedTime(new DateTimeOffset(2026, 7, 1, 16, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 7, 1), clock.Today);
        Assert.Equal(23, clock.Now.Hour);
    }
}
