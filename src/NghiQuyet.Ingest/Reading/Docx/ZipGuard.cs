using System.IO.Compression;

namespace NghiQuyet.Ingest.Reading.Docx;

/// <summary>Outcome of looking inside a zip before trusting it.</summary>
internal enum ZipCheck
{
    Docx,
    NotDocx,
    Corrupt,
    TooLarge,
}

/// <summary>
/// Opens the zip once, before any XML is parsed: counts entries and really inflates each one into a counter (declared
/// sizes can lie), stopping as soon as the total passes the cap. A zip bomb therefore costs at most the cap in CPU and
/// nothing in memory.
/// </summary>
internal static class ZipGuard
{
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;
    public const int MaxEntries = 5000;

    public static ZipCheck Check(byte[] bytes, long maxUncompressed = MaxUncompressedBytes, int maxEntries = MaxEntries)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > maxEntries)
                return ZipCheck.TooLarge;
            var hasDocument = false;
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase))
                    hasDocument = true;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > maxUncompressed)
                        return ZipCheck.TooLarge;
                }
            }
            return hasDocument ? ZipCheck.Docx : ZipCheck.NotDocx;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return ZipCheck.Corrupt;
        }
    }
}
