using System.Diagnostics;
using NghiQuyet.Core;
using NghiQuyet.Ingest.Ocr;
using NghiQuyet.Testing;

namespace NghiQuyet.Ingest.Tests.Ocr;

/// <summary>
/// Issue 12, defect 1: the probe's hostile scans end with a clear message within the limits, and a page that passes the
/// checks but needs more than its share is killed by the kernel limit (prlimit) or the clock. Real poppler, real
/// Tesseract.
/// </summary>
public sealed class OcrLimitsTests
{
    [OcrToolsFact]
    public void A_5000_point_page_is_refused_before_anything_is_rendered()
    {
        var pdf = HostilePdf.BlankPages(1, 5000, 5000);
        var watch = Stopwatch.StartNew();
        var pages = new List<OcrProgress>();
        var result = TesseractOcr.Read("to.pdf", pdf, OcrLimits.Default, new SyncProgress<OcrProgress>(pages.Add), CancellationToken.None);
        Assert.Equal(string.Format(Messages.OcrPageTooLarge, 1, "to.pdf", "176,4", "176,4", "44"), result.Error);
        Assert.Empty(pages); // no page was rendered
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.Elapsed}");
    }

    [OcrToolsFact]
    public void A_200_page_blank_pdf_is_refused_on_its_page_count()
    {
        var pdf = HostilePdf.BlankPages(200);
        var pages = new List<OcrProgress>();
        var result = TesseractOcr.Read("trang.pdf", pdf, OcrLimits.Default, new SyncProgress<OcrProgress>(pages.Add), CancellationToken.None);
        Assert.Equal(string.Format(Messages.OcrTooManyPages, "trang.pdf", 200, 80), result.Error);
        Assert.Empty(pages);
    }

    [OcrToolsFact]
    public void A_page_allowed_by_size_but_over_the_memory_limit_is_stopped_by_the_kernel()
    {
        // The size and pixel checks switched off: only prlimit's address-space cap stands between the page and the
        // 0.9 GB pdftoppm would take.
        var limits = OcrLimits.Default with { MaxPageSideCm = 500, MaxPixelsPerPage = long.MaxValue / 4, MemoryBytes = 160L * 1024 * 1024 };
        var result = TesseractOcr.Read("to.pdf", HostilePdf.BlankPages(1, 5000, 5000), limits, null, CancellationToken.None);
        Assert.Equal(string.Format(Messages.OcrPageOverLimit, 1, "to.pdf", string.Format(Messages.OcrLimitResources, 160, limits.CpuSecondsPerPage)), result.Error);
    }

    [OcrToolsFact]
    public void A_page_over_its_time_is_killed_at_the_limit()
    {
        var limits = OcrLimits.Default with { MaxPageSideCm = 500, MaxPixelsPerPage = long.MaxValue / 4, MemoryBytes = 4L << 30, WallSecondsPerPage = 2 };
        var watch = Stopwatch.StartNew();
        var result = TesseractOcr.Read("to.pdf", HostilePdf.BlankPages(1, 5000, 5000), limits, null, CancellationToken.None);
        Assert.Equal(string.Format(Messages.OcrPageOverLimit, 1, "to.pdf", string.Format(Messages.OcrLimitTime, 2)), result.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{watch.Elapsed}");
    }

    [OcrToolsFact]
    public void Cancelling_kills_the_running_page_and_throws()
    {
        using var cancel = new CancellationTokenSource();
        var seen = new List<OcrProgress>();
        var progress = new SyncProgress<OcrProgress>(p =>
        {
            seen.Add(p);
            if (p.Page == 2)
                cancel.Cancel();
        });
        Assert.Throws<OperationCanceledException>(() => TesseractOcr.Read("dai.pdf", HostilePdf.BlankPages(6), OcrLimits.Default, progress, cancel.Token));
        Assert.Equal([new OcrProgress(1, 6), new OcrProgress(2, 6)], seen);
    }

    [Fact]
    public void The_resolution_is_lowered_for_pages_over_the_pixel_budget()
    {
        Assert.Equal(300, TesseractOcr.Resolution(595, 842, OcrLimits.Default)); // A4: 8.7 Mpx at 300 dpi
        var a2 = TesseractOcr.Resolution(1191, 1684, OcrLimits.Default);
        Assert.InRange(a2, 220, 230); // 20 Mpx over 42 × 59.4 cm
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
