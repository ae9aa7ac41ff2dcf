using Microsoft.Extensions.Caching.Memory;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest;

namespace NghiQuyet.Web.Imports;

/// <summary>
/// The text of stored documents as the extraction saw it, for the review page. The storage keeps only the original
/// bytes; reading them again (and, for a scan, running OCR again) is slow, so the text of recent documents is kept in
/// memory by SHA-256, starting with the one just imported.
/// </summary>
public sealed class SourceTexts : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 32 });

    public void Remember(string sha256, SourceDocument source) =>
        _cache.Set(sha256, source, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(2) });

    /// <param name="content">Loads the stored bytes; called only when the text is not in memory.</param>
    /// <param name="storedText">For a scan: the text stored at import, read instead of running OCR again inside a
    /// request (issue 12, defect 1); its lines are the extraction's lines, without the OCR text beside restored ones.</param>
    public Result<SourceDocument> Get(string sha256, string fileName, Func<byte[]> content, Func<string?>? storedText = null)
    {
        if (_cache.TryGetValue(sha256, out SourceDocument? cached) && cached is not null)
            return Result<SourceDocument>.Ok(cached);
        if (storedText?.Invoke() is { } text)
        {
            var lines = text.Split('\n').Select((line, i) => new SourceLine(i + 1, line)).ToList();
            var stored = new SourceDocument(fileName, "ocr", lines);
            Remember(sha256, stored);
            return Result<SourceDocument>.Ok(stored);
        }
        var read = ReportIngest.ReadSource(fileName, content());
        if (read.Success)
            Remember(sha256, read.Value);
        return read;
    }

    public void Dispose() => _cache.Dispose();
}
