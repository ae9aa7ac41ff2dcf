using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace NghiQuyet.Ingest.Ocr;

/// <summary>
/// Runs a command-line program (tesseract, pdftoppm, pdfinfo) with a time limit and, where asked, under
/// <c>prlimit</c> (util-linux): its address space and CPU seconds are capped by the kernel, so a hostile page ends in
/// a failed allocation or a SIGXCPU/SIGKILL instead of taking the machine. Never throws for a missing program.
/// </summary>
public static class ExternalTool
{
    /// <param name="MemoryBytes">RLIMIT_AS of the child.</param>
    /// <param name="CpuSeconds">RLIMIT_CPU of the child (the kernel sends SIGXCPU, then SIGKILL).</param>
    /// <param name="Wall">Killed (with its children) after this long.</param>
    /// <param name="Niceness">Run under <c>nice -n</c> (coreutils): OCR yields the CPU to the site's requests.</param>
    public sealed record Limits(long MemoryBytes, int CpuSeconds, TimeSpan Wall, int Niceness = 0);

    /// <param name="TimedOut">Killed at the wall-clock limit.</param>
    /// <param name="Signalled">Ended by a signal (the CPU limit, an abort after a refused allocation).</param>
    public sealed record Outcome(bool Started, int ExitCode, string StdOut, string StdErr, bool TimedOut = false)
    {
        public bool Signalled => ExitCode > 128;
        public bool OverLimit => TimedOut || Signalled || StdErr.Contains("Out of memory", StringComparison.OrdinalIgnoreCase)
                                 || StdErr.Contains("std::bad_alloc", StringComparison.Ordinal);
    }

    public static Outcome Run(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        Run(program, arguments, new Limits(0, 0, timeout), CancellationToken.None);

    /// <summary>Runs under <c>prlimit</c> when <paramref name="limits"/> caps memory or CPU; cancelling kills the process.</summary>
    public static Outcome Run(string program, IEnumerable<string> arguments, Limits limits, CancellationToken cancel)
    {
        var capped = limits.MemoryBytes > 0 || limits.CpuSeconds > 0;
        var niced = limits.Niceness > 0;
        var info = new ProcessStartInfo(niced ? "nice" : capped ? "prlimit" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        if (niced)
        {
            info.ArgumentList.Add("-n");
            info.ArgumentList.Add(limits.Niceness.ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add(capped ? "prlimit" : program);
        }
        if (capped)
        {
            if (limits.MemoryBytes > 0)
                info.ArgumentList.Add("--as=" + limits.MemoryBytes.ToString(CultureInfo.InvariantCulture));
            if (limits.CpuSeconds > 0)
                info.ArgumentList.Add("--cpu=" + limits.CpuSeconds.ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }
        foreach (var a in arguments)
            info.ArgumentList.Add(a);
        info.Environment["OMP_THREAD_LIMIT"] = "1"; // Tesseract's OpenMP threads fight over a shared machine.
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return new Outcome(false, -1, "", "");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using (cancel.Register(() => Kill(process)))
            {
                var exited = process.WaitForExit(limits.Wall);
                if (!exited)
                    Kill(process);
                process.WaitForExit();
                cancel.ThrowIfCancellationRequested();
                if (!exited)
                    return new Outcome(true, -1, "", "timeout", TimedOut: true);
            }
            return new Outcome(true, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
