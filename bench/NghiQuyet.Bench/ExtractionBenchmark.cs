using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;
using NghiQuyet.Ingest.Reading;

namespace NghiQuyet.Bench;

/// <summary>
/// Extraction (header, targets, tables) of the three sample reports, already read into lines. Reports the throughput
/// in MB/s of source text (goal ≥ 2 MB/s on one core) and allocations.
/// Run: dotnet run -c Release --project bench/NghiQuyet.Bench -- --filter '*Extraction*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmark
{
    private SourceDocument _doc = null!;

    [Params("muong-lam.txt", "bac-yen.txt", "phieng-pan-ocr.txt")]
    public string Report { get; set; } = "";


    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(CorpusDirectory(), Report);
        var bytes = File.ReadAllBytes(path);
        _doc = DocumentReader.Read(Report, bytes).Value!;
    }

    [Benchmark]
    public int Extract() => ReportExtractor.Extract(_doc).Value!.Targets.Count;

    internal static readonly Dictionary<string, long> Sizes = new()
    {
        ["muong-lam.txt"] = SizeOf("muong-lam.txt"),
        ["bac-yen.txt"] = SizeOf("bac-yen.txt"),
        ["phieng-pan-ocr.txt"] = SizeOf("phieng-pan-ocr.txt"),
    };

    private static long SizeOf(string name)
    {
        var path = Path.Combine(CorpusDirectory(), name);
        return File.Exists(path) ? new FileInfo(path).Length : 0;
    }

    /// <summary>../shared/corpus beside an ancestor of the working folder or of the binaries, or $NGHIQUYET_SHARED/corpus.</summary>
    internal static string CorpusDirectory()
    {
        var env = Environment.GetEnvironmentVariable("NGHIQUYET_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "corpus")))
            return Path.Combine(env, "corpus");
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        throw new DirectoryNotFoundException("shared/corpus not found; set NGHIQUYET_SHARED");
    }
}

/// <summary>Adds an MB/s column: source bytes of the report over the mean time of one extraction.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}

public sealed class ThroughputColumn : IColumn
{
    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Megabytes of source text extracted per second (mean)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var report_ = benchmarkCase.Parameters["Report"] as string;
        if (report?.ResultStatistics is null || report_ is null || !ExtractionBenchmark.Sizes.TryGetValue(report_, out var bytes) || bytes == 0)
            return "-";
        var seconds = report.ResultStatistics.Mean / 1e9;
        return (bytes / 1e6 / seconds).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
