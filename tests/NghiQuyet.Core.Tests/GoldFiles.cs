using System.Text;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Testing;

namespace NghiQuyet.Core.Tests;

/// <summary>The shared gold extractions and report texts, as the reviewer and matcher tests use them.</summary>
internal static class GoldFiles
{
    public static ExtractionResult Extraction(string name)
    {
        var result = ExtractionJson.Deserialize(File.ReadAllText(SharedData.File("corpus", "gold", name + ".json")));
        Assert.True(result.Success, result.Error);
        return result.Value;
    }

    /// <summary>The report's raw text as a reader would give it: lines split on '\n', NFC.</summary>
    public static SourceDocument Source(string name)
    {
        var text = File.ReadAllText(SharedData.File("corpus", name + ".txt"), Encoding.UTF8).Normalize(NormalizationForm.FormC);
        var lines = text.Split('\n').Select((l, i) => new SourceLine(i + 1, l.TrimEnd('\r'))).ToList();
        return new SourceDocument(name + ".txt", "txt", lines);
    }

    /// <summary>A fixture file beside the tests (copied to the output folder), without comment lines.</summary>
    public static IEnumerable<string[]> Tsv(params string[] path) =>
        File.ReadAllLines(Path.Combine([AppContext.BaseDirectory, .. path]))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));
}
