using System.Text;

namespace NghiQuyet.Ingest.Reading.Encodings;

/// <summary>Windows code pages (1252, 1258) live in the shared framework but must be registered once before use.</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Get(int codePage) => Encoding.GetEncoding(codePage);
}
