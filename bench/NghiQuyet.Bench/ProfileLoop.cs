using System.Diagnostics;
using System.Globalization;
using NghiQuyet.Ingest.Extraction;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Bench;

/// <summary>A plain loop over one stage, to profile it (BenchmarkDotNet's own harness hides the call stacks).</summary>
internal static class ProfileLoop
{
    public static int Run(string stage, string path, int times)
    {
        var bytes = File.ReadAllBytes(path);
        var doc = DocumentReader.Read(Path.GetFileName(path), bytes).Value!;
        var text = string.Join('\n', doc.Lines.Select(l => l.Text));
        Func<int> step = stage switch
        {
            "extract" => () => ReportExtractor.Extract(doc).Value!.Targets.Count,
            "restore" => () => ToneRestorer.Default.Restore(text).Length,
            _ => throw new ArgumentException($"unknown stage {stage}"),
        };
        step();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < times; i++)
            step();
        var ms = watch.Elapsed.TotalMilliseconds / times;
        // CPU time too: on a shared machine the wall clock counts other people's work.
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage} {Path.GetFileName(path)}: {ms:0.0} ms per run ({cpuMs:0.0} ms CPU), {bytes.Length / 1e6 / (ms / 1000):0.00} MB/s"));
        return 0;
    }
}
