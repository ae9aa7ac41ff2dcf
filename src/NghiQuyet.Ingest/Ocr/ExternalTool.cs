using System.ComponentModel;
using System.Diagnostics;

namespace NghiQuyet.Ingest.Ocr;

/// <summary>Runs a command-line program (tesseract, pdftoppm, pdfinfo) with a time limit; never throws for a missing program.</summary>
internal static class ExternalTool
{
    public sealed record Outcome(bool Started, int ExitCode, string StdOut, string StdErr);

    public static Outcome Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
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
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return new Outcome(true, -1, "", "timeout");
            }
            return new Outcome(true, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }
}
