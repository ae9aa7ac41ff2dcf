using NghiQuyet.Ingest.Ocr;

namespace NghiQuyet.Web.Imports;

/// <summary>
/// The scan limits and the number of scans read at once, from configuration (<c>--Ocr:MaxPages 120</c>,
/// <c>Ocr__MaxConcurrentJobs=1</c>, or appsettings); every value defaults to <see cref="OcrLimits.Default"/> and one
/// job per core.
/// </summary>
/// <param name="MaxJobsPerUser">Scans one user may have waiting or being read at once (<c>Ocr:MaxJobsPerUser</c>, 2).</param>
public sealed record OcrSettings(OcrLimits Limits, int MaxConcurrentJobs, int MaxJobsPerUser = 2)
{
    public static OcrSettings From(IConfiguration config)
    {
        var section = config.GetSection("Ocr");
        var d = OcrLimits.Default;
        var limits = new OcrLimits(
            MaxPages: Positive(section.GetValue<int?>("MaxPages")) ?? d.MaxPages,
            MaxPageSideCm: section.GetValue<double?>("MaxPageSideCm") is { } cm and > 0 ? cm : d.MaxPageSideCm,
            Dpi: Positive(section.GetValue<int?>("Dpi")) ?? d.Dpi,
            MaxPixelsPerPage: section.GetValue<long?>("MaxPixelsPerPage") is { } px and > 0 ? px : d.MaxPixelsPerPage,
            MemoryBytes: section.GetValue<long?>("MemoryMegabytes") is { } mb and > 0 ? mb * 1024 * 1024 : d.MemoryBytes,
            CpuSecondsPerPage: Positive(section.GetValue<int?>("CpuSecondsPerPage")) ?? d.CpuSecondsPerPage,
            WallSecondsPerPage: Positive(section.GetValue<int?>("WallSecondsPerPage")) ?? d.WallSecondsPerPage,
            Niceness: section.GetValue<int?>("Niceness") is { } n and >= 0 and <= 19 ? n : d.Niceness);
        // One per core: each job runs one single-threaded child at a time (OMP_THREAD_LIMIT=1).
        var jobs = Positive(section.GetValue<int?>("MaxConcurrentJobs")) ?? Environment.ProcessorCount;
        return new OcrSettings(limits, jobs, Positive(section.GetValue<int?>("MaxJobsPerUser")) ?? 2);
    }

    private static int? Positive(int? value) => value is > 0 ? value : null;
}
