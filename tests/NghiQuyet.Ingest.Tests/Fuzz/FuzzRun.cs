using System.Globalization;
using Xunit.Abstractions;

namespace NghiQuyet.Ingest.Tests.Fuzz;

/// <summary>
/// How many cases a fuzz test runs and how it runs them. Every CI run does a bounded number with fixed seeds (the same
/// cases each time, all of them together well under a minute); locally
/// <c>NGHIQUYET_FUZZ_CASES=20000 dotnet test tests/NghiQuyet.Ingest.Tests --filter Fuzz</c> runs that many per
/// target, and <c>NGHIQUYET_FUZZ_SEED</c> moves to other seeds. Each case runs with a time limit
/// (<c>NGHIQUYET_FUZZ_HANG_SECONDS</c>, default 20): over it is a hang, reported like a crash with its seed.
/// </summary>
internal static class FuzzRun
{
    public const string CasesVariable = "NGHIQUYET_FUZZ_CASES";
    public const string SeedVariable = "NGHIQUYET_FUZZ_SEED";
    public const string HangVariable = "NGHIQUYET_FUZZ_HANG_SECONDS";

    public static int Cases(int onCi) =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : onCi;

    private static int BaseSeed =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), CultureInfo.InvariantCulture, out var s) ? s : 0;

    private static TimeSpan HangLimit =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable(HangVariable), CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 20);

    /// <summary>
    /// Runs <paramref name="cases"/> cases: <paramref name="make"/> builds case <c>seed</c> (its description and the
    /// work); the work must return without throwing, within the time limit. Fails listing every crash and hang.
    /// </summary>
    public static void Each(string target, int cases, ITestOutputHelper? output, Func<Random, int, (string What, Action Work)> make)
    {
        var crashes = new List<string>();
        var hangs = new List<string>();
        var limit = HangLimit;
        var started = DateTime.UtcNow;
        for (var i = 1; i <= cases; i++)
        {
            var seed = BaseSeed + i;
            var (what, work) = make(new Random(seed), seed);
            var task = Task.Run(work);
            try
            {
                if (!task.Wait(limit))
                    hangs.Add($"seed {seed} ({what}): still running after {limit.TotalSeconds:F0} s");
            }
            catch (AggregateException ex)
            {
                crashes.Add($"seed {seed} ({what}): {ex.InnerException}");
            }
            // A hang leaves its thread busy; more cases on a starved machine would only report more of the same.
            if (hangs.Count > 0)
                break;
        }
        output?.WriteLine($"fuzz {target}: {cases} inputs, {crashes.Count} crashes, {hangs.Count} hangs, {(DateTime.UtcNow - started).TotalSeconds:F1} s (seeds {BaseSeed + 1}…{BaseSeed + cases})");
        Assert.True(crashes.Count == 0 && hangs.Count == 0,
            $"{target}: {crashes.Count} crashes, {hangs.Count} hangs in {cases} cases\n" + string.Join("\n", hangs.Concat(crashes).Take(10)));
    }
}
