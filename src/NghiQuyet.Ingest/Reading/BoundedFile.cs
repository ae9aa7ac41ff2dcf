using NghiQuyet.Core;

namespace NghiQuyet.Ingest.Reading;

/// <summary>
/// Reads a file from disk at most <see cref="DocumentReader.MaxFileBytes"/> long. The size is looked at before anything
/// is read, and the read itself stops one byte past the limit: a device or pipe (<c>/dev/zero</c>, a FIFO) reports no
/// length and would otherwise be read until the process runs out of memory.
/// </summary>
public static class BoundedFile
{
    public static Result<byte[]> Read(string path, long maxBytes = DocumentReader.MaxFileBytes)
    {
        if (!File.Exists(path))
            return Result<byte[]>.Fail(string.Format(Messages.FileNotFound, path));
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
                return TooLarge(path, length, maxBytes);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            return Read(stream, path, length, maxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Result<byte[]>.Fail(string.Format(Messages.FileUnreadable, path, ex.Message));
        }
    }

    /// <summary>A stream (standard input) read the same way: never more than <paramref name="maxBytes"/> + 1 bytes.</summary>
    public static Result<byte[]> Read(Stream stream, string name, long maxBytes)
    {
        try
        {
            return Read(stream, name, 0, maxBytes);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException)
        {
            return Result<byte[]>.Fail(string.Format(Messages.FileUnreadable, name, ex.Message));
        }
    }

    private static Result<byte[]> Read(Stream stream, string path, long length, long maxBytes)
    {
        {
            // A regular file's length is a hint (it may grow while read); whatever it says, never more than max + 1 bytes.
            var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(length, 64 * 1024))];
            var read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    if (buffer.LongLength > maxBytes)
                        return TooLarge(path, null, maxBytes);
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, buffer.LongLength * 2));
                }
                var n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0)
                    break;
                read += n;
            }
            if (read > maxBytes)
                return TooLarge(path, null, maxBytes);
            if (read != buffer.Length)
                Array.Resize(ref buffer, read);
            return Result<byte[]>.Ok(buffer);
        }
    }

    private static Result<byte[]> TooLarge(string path, long? length, long maxBytes) =>
        Result<byte[]>.Fail(length is { } known
            ? string.Format(Messages.FileTooLarge, path, (known + 1024 * 1024 - 1) / (1024 * 1024), maxBytes / (1024 * 1024))
            : string.Format(Messages.FileLargerThanLimit, path, maxBytes / (1024 * 1024)));
}
