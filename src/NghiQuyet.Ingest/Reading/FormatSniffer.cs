namespace NghiQuyet.Ingest.Reading;

internal enum SniffedFormat
{
    Text,
    Zip,
    Pdf,
    Image,
    OleWord,
    Rtf,
}

/// <summary>The format from the first bytes ("magic numbers"), whatever the file's name says.</summary>
internal static class FormatSniffer
{
    public static SniffedFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8))
            return SniffedFormat.Zip;
        // The PDF header may follow some junk; readers accept it within the first kilobyte.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
            return SniffedFormat.Pdf;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return SniffedFormat.OleWord;
        if (bytes.StartsWith("{\\rtf"u8))
            return SniffedFormat.Rtf;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8) || bytes.StartsWith("GIF8"u8))
            return SniffedFormat.Image;
        return SniffedFormat.Text;
    }
}
