using System.Globalization;
using System.Runtime.CompilerServices;

namespace NghiQuyet.Ingest.Tests.Extraction;

/// <summary>Reads the readable fixture files in Extraction/Specs (see Specs/README.txt) into theory rows.</summary>
public static class SpecFixtures
{
    public static string Directory([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Specs");

    /// <summary>(file, line number, input, expected) for every "input => expected" line of the named files.</summary>
    public static IEnumerable<object[]> Rows(Func<string, bool> fileFilter)
    {
        foreach (var path in System.IO.Directory.GetFiles(Directory(), "*.txt").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            if (!fileFilter(file)) continue;
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var arrow = line.LastIndexOf("=>", StringComparison.Ordinal);
                if (arrow < 0) continue;
                yield return [file, i + 1, line[..arrow].Trim(), line[(arrow + 2)..].Trim()];
            }
        }
    }

    public static decimal? Number(string text) =>
        text == "-" ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
