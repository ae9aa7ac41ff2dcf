using System.Diagnostics;
using NghiQuyet.Testing;

namespace NghiQuyet.Ingest.Tests.Extraction.Ocr;

/// <summary>
/// Realistic OCR of a clean text through scripts/ocr/ocr_cached.py (Chromium → PDF → pdftoppm → ImageMagick →
/// <c>tesseract -l eng</c>), cached per machine outside git, so the suite pays for each text once.
/// </summary>
internal static class TypesetOcr
{
    public const string Dpi = "200";

    private static readonly string[] Tools = ["python3", "chromium", "pdftoppm", "tesseract", "convert"];

    /// <summary>Why the OCR'd variants cannot be made here, or null when they can.</summary>
    public static readonly string? Missing = FindMissing();

    private static string? FindMissing()
    {
        if (SharedData.Root is null)
            return "../shared (sample reports and gold) not found; set NGHIQUYET_SHARED to run this test";
        if (Script is null)
            return "scripts/ocr/ocr_cached.py not found above the test folder";
        foreach (var tool in Tools)
            if (!OnPath(tool))
                return $"'{tool}' is not installed: scripts/setup.sh installs the OCR tool chain (chromium, poppler-utils, imagemagick, tesseract-ocr)";
        return null;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static string? Script
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scripts", "ocr", "ocr_cached.py");
                if (File.Exists(candidate))
                    return candidate;
            }
            return null;
        }
    }

    /// <summary>The cached OCR text of each input (made now where the cache lacks it), in the order given.</summary>
    public static IReadOnlyList<string> Read(params string[] inputs)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Script!);
        psi.ArgumentList.Add("--jobs");
        psi.ArgumentList.Add("2");
        // 200 dpi, a common scanning resolution: the OCR reads as damaged as at 300 dpi and costs half, so a cold cache
        // stays within minutes on two cores.
        psi.ArgumentList.Add("--dpi");
        psi.ArgumentList.Add(Dpi);
        foreach (var input in inputs)
            psi.ArgumentList.Add(input);
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        // A cold cache on a loaded machine: Chromium and Tesseract over some 90 pages.
        if (!process.WaitForExit(TimeSpan.FromMinutes(45)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ocr_cached.py took more than 45 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"ocr_cached.py failed ({process.ExitCode}): {stderr.Result}");
        var byInput = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1]);
        return [.. inputs.Select(i => File.ReadAllText(byInput[i]))];
    }
}

/// <summary>
/// A fact that needs the OCR tool chain and ../shared: skipped with the reason where they are absent — except under
/// CI=true, where a missing tool is a failure (the test runs and says what is missing).
/// </summary>
public sealed class TypesetOcrFactAttribute : FactAttribute
{
    public TypesetOcrFactAttribute()
    {
        if (TypesetOcr.Missing is { } missing && !InCi)
            Skip = missing;
    }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fails the running test where it could only run because CI forbids skipping.</summary>
    public static void RequireTools()
    {
        if (TypesetOcr.Missing is { } missing)
            Assert.Fail("CI=true and this test cannot run: " + missing);
    }
}
