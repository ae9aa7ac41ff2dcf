namespace NghiQuyet.Ingest.Ocr;

/// <summary>
/// What one scan may cost. A 545-byte PDF can declare a 5000 × 5000 pt page (0.9 GB to render, 4.5 GB to read) and a
/// 31 KB one 200 blank pages (a quarter of an hour): the page count and page size are checked before anything is
/// rendered, and every child process runs under <c>prlimit</c> (address space, CPU seconds) and a wall-clock limit,
/// killed when it passes them.
/// </summary>
/// <param name="MaxPages">Pages a scan may have (reports are 20–60 pages; appendices included).</param>
/// <param name="MaxPageSideCm">Longest page side accepted (A3 is 42 cm).</param>
/// <param name="Dpi">Render resolution: Tesseract reads 300 dpi best.</param>
/// <param name="MaxPixelsPerPage">The resolution is lowered for a page that would exceed this many pixels (A3 at 300 dpi is 17.4 M).</param>
/// <param name="MemoryBytes">Address space of each pdftoppm/tesseract process (Tesseract reads an A4 page in ~150 MB).</param>
/// <param name="CpuSecondsPerPage">CPU seconds of each child process (a dense A4 page takes 5–20 s).</param>
/// <param name="WallSecondsPerPage">Wall-clock seconds of each child process, for a machine whose CPUs are busy elsewhere.</param>
/// <param name="Niceness">Scheduling priority of the children (<c>nice -n</c>, 0–19): pages are read with the CPU the
/// site's requests leave over (the dashboard's latency during a job: bench/web-dashboard.sh --ocr).</param>
public sealed record OcrLimits(
    int MaxPages = 80,
    double MaxPageSideCm = 44,
    int Dpi = 300,
    long MaxPixelsPerPage = 20_000_000,
    long MemoryBytes = 1L << 30,
    int CpuSecondsPerPage = 90,
    int WallSecondsPerPage = 180,
    int Niceness = 10)
{
    public static OcrLimits Default { get; } = new();

    public ExternalTool.Limits Process => new(MemoryBytes, CpuSecondsPerPage, TimeSpan.FromSeconds(WallSecondsPerPage), Niceness);
}

/// <summary>Where a scan's reading stands: page <paramref name="Page"/> of <paramref name="Pages"/> is being read.</summary>
public sealed record OcrProgress(int Page, int Pages);
