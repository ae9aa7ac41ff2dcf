using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;
using NghiQuyet.Data;
using NghiQuyet.Ingest;

namespace NghiQuyet.Web.Imports;

/// <summary>
/// The text of a stored document as the extraction saw it, for the review page: the document the import stored
/// (<see cref="Data.Storage.StoredDocument"/>: lines, OCR originals, table cells), read from the store. Only a file
/// imported before the store kept it falls back: a scan to the text stored at import (its lines without the OCR text
/// beside restored ones; OCR never runs inside a request), any other file to reading its bytes again.
/// </summary>
public sealed class SourceTexts(NghiQuyetDbContext db)
{
    public Result<SourceDocument> Get(Guid sourceFileId, string fileName, string format)
    {
        var stored = db.SourceDocuments.AsNoTracking().Where(d => d.SourceFileId == sourceFileId).FirstOrDefault();
        if (stored is not null)
            return Result<SourceDocument>.Ok(stored.ToDocument());
        if (format == "ocr")
        {
            var text = db.SourceFiles.AsNoTracking().Where(f => f.Id == sourceFileId).Select(f => f.Text).First() ?? "";
            var lines = text.Split('\n').Select((line, i) => new SourceLine(i + 1, line)).ToList();
            return Result<SourceDocument>.Ok(new SourceDocument(fileName, "ocr", lines));
        }
        var content = db.SourceFiles.AsNoTracking().Where(f => f.Id == sourceFileId).Select(f => f.Content).First();
        return ReportIngest.ReadSource(fileName, content, ocr: (name, _, _) => Result<SourceDocument>.Fail(string.Format(Messages.PdfNeedsOcr, name)));
    }
}
