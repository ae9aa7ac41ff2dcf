using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Reading;

/// <summary>Bytes of any supported format → normalised <see cref="SourceDocument"/>. (Skeleton: UTF-8 text only.)</summary>
public static class DocumentReader
{
    public static Result<SourceDocument> Read(string fileName, byte[] bytes, IProgress<string>? progress = null)
    {
        if (bytes.Length == 0)
            return Result<SourceDocument>.Fail(string.Format(Messages.EmptyFile, fileName));
        var text = new UTF8Encoding(false).GetString(bytes).Normalize(NormalizationForm.FormC);
        var lines = text.Split('\n').Select((l, i) => new SourceLine(i + 1, l.TrimEnd('\r'))).ToList();
        return Result<SourceDocument>.Ok(new SourceDocument(fileName, "txt", lines) { Encoding = "UTF-8" });
    }
}
