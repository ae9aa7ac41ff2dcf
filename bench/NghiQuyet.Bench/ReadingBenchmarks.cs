using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NghiQuyet.Ingest.Reading;

namespace NghiQuyet.Bench;

/// <summary>
/// DocumentReader throughput on the sample report muong-lam.txt (≈114 KB) as .txt (UTF-8, partly NFD) and as a .docx
/// of the same paragraphs, and on the same text in Windows-1258 (the single-byte path that scores every candidate
/// encoding). MB/s = file size / mean time. Run: dotnet run -c Release --project bench/NghiQuyet.Bench -- --filter '*Reading*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 10)]
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private byte[] _txt = [];
    private byte[] _docx = [];
    private byte[] _cp1258 = [];

    [GlobalSetup]
    public void Setup()
    {
        _txt = File.ReadAllBytes(Corpus("muong-lam.txt"));
        var lines = Encoding.UTF8.GetString(_txt).Split('\n');
        using (var stream = new MemoryStream())
        {
            using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            {
                var main = document.AddMainDocumentPart();
                main.Document = new Document(new Body(lines.Select(l => new Paragraph(new Run(new Text(l))))));
            }
            _docx = stream.ToArray();
        }
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Windows-1258 writes letters with hats/horns as one byte and tones as separate combining marks.
        var cp1258 = new StringBuilder();
        foreach (var c in Encoding.UTF8.GetString(_txt).Normalize(NormalizationForm.FormC))
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = new string(d.Where(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray());
            cp1258.Append(new string(d.Where(m => !tones.Contains(m)).ToArray()).Normalize(NormalizationForm.FormC)).Append(tones);
        }
        _cp1258 = Encoding.GetEncoding(1258).GetBytes(cp1258.ToString());
        Console.WriteLine($"txt {_txt.Length} B, docx {_docx.Length} B, cp1258 {_cp1258.Length} B");
    }

    [Benchmark]
    public int Txt() => DocumentReader.Read("muong-lam.txt", _txt).Value!.Lines.Count;

    [Benchmark]
    public int Docx() => DocumentReader.Read("muong-lam.docx", _docx).Value!.Lines.Count;

    [Benchmark]
    public int Windows1258() => DocumentReader.Read("muong-lam.txt", _cp1258).Value!.Lines.Count;

    private static string Corpus(string file)
    {
        var env = Environment.GetEnvironmentVariable("NGHIQUYET_SHARED");
        if (!string.IsNullOrEmpty(env))
            return Path.Combine(env, "corpus", file);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", file);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("../shared/corpus not found; set NGHIQUYET_SHARED", file);
    }
}
