using BenchmarkDotNet.Attributes;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Bench;

/// <summary>
/// Tone-mark restoration speed on one core, and the cost of loading the shipped model.
/// Restore is reported per syllable (OperationsPerInvoke), so syllables/s = 1e9 / Mean(ns).
/// Run: dotnet run -c Release --project bench/NghiQuyet.Bench -- --filter '*Restoration*'
/// </summary>
[MemoryDiagnoser]
public class RestorationBenchmark
{
    private const int Syllables = 20_000;
    private string _stripped = "";
    private string _ocr = "";
    private ToneRestorer _restorer = null!;
    private byte[] _modelBytes = [];
    private string _channelTable = "";

    [GlobalSetup]
    public void Setup()
    {
        _restorer = ToneRestorer.Default;
        using (var stream = typeof(ToneRestorer).Assembly.GetManifestResourceStream(ToneRestorer.ModelResourceName)!)
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            _modelBytes = buffer.ToArray();
        }
        var table = new StringWriter();
        OcrChannel.Shipped.WriteTable(table);
        _channelTable = table.ToString();
        var sample = SampleText(Syllables);
        _stripped = VietnameseFold.StripMarks(sample);
        _ocr = new OcrNoise(seed: 49).Degrade(sample);
    }

    /// <summary>Held-out corpus lines where ../shared is present (never trained on), else sentences written for the benchmark.</summary>
    private static readonly string[] HeldOutFiles = ["resolutions_2025.txt", "legal_vlc.txt", "wiki_viwiki.txt"];

    private static string SampleText(int syllables)
    {
        var shared = Environment.GetEnvironmentVariable("NGHIQUYET_SHARED") ?? FindShared();
        IEnumerable<string> lines = shared is null
            ? Enumerable.Repeat("Nhiệm kỳ qua, Đảng bộ xã đã lãnh đạo thực hiện đạt và vượt các chỉ tiêu, tỷ lệ hộ nghèo giảm còn 12,5%, đời sống nhân dân được nâng lên rõ rệt.", 1000)
            : HeldOutFiles
                .SelectMany(f => RestorationEvaluation.HeldOutLines(Path.Combine(shared, "data", "vi-corpus", f), 400));
        var taken = new List<string>();
        var count = 0;
        foreach (var line in lines)
        {
            var words = line.Split(' ');
            if (count + words.Length > syllables)
            {
                taken.Add(string.Join(' ', words.Take(syllables - count)));
                break;
            }
            taken.Add(line);
            count += words.Length;
        }
        return string.Join("\n\n", taken);
    }

    private static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data", "vi-corpus")))
                return Path.Combine(dir.FullName, "shared");
        return null;
    }

    [Benchmark(OperationsPerInvoke = Syllables)]
    public string RestorePerSyllable() => _restorer.Restore(_stripped);

    /// <summary>The same text with simulated OCR damage: more candidates per word (look-alikes, digits, dropped vowels).</summary>
    [Benchmark(OperationsPerInvoke = Syllables)]
    public string RestoreOcrPerSyllable() => _restorer.Restore(_ocr);

    /// <summary>A restorer built on the loaded model with an empty candidate cache: the first text a process restores.</summary>
    [Benchmark(OperationsPerInvoke = Syllables)]
    public string RestoreOcrColdPerSyllable() => new ToneRestorer(_restorer.Model).Restore(_ocr);

    [Benchmark]
    public SyllableLanguageModel LoadModel() => SyllableLanguageModel.Load(new MemoryStream(_modelBytes));

    /// <summary>The OCR channel is no longer part of the model file: its load (Core's embedded table) is measured apart.</summary>
    [Benchmark]
    public OcrChannel LoadChannel() => OcrChannel.ReadTable(new StringReader(_channelTable));
}
