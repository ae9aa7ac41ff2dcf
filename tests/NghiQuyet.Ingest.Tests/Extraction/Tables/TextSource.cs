using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

/// <summary>A .txt report as a reader would give it: split on '\n', each line NFC (a lone surrogate from a fuzz flip becomes U+FFFD, as a decoder would make it), numbered from 1.</summary>
internal static class TextSource
{
    public static SourceDocument FromText(string text, string name = "fixture.txt") =>
        new(name, "txt", [.. text.Replace("\r\n", "\n").Split('\n').Select((l, i) => new SourceLine(i + 1, UnicodeForms.FormC(l)))]);

    public static SourceDocument FromFile(string path) => FromText(File.ReadAllText(path), Path.GetFileName(path));
}
