using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Core.Units;

namespace NghiQuyet.Data.Storage;

/// <summary>What an import stores: the document's bytes as they came and what was extracted from them.</summary>
/// <param name="Source">The text the extraction was read from, when there is one (to tie tables to old communes, and
/// stored as <see cref="StoredDocument"/> for the review page).</param>
public sealed record ImportRequest(string FileName, string Format, byte[] Bytes, ExtractionResult Extraction, SourceDocument? Source = null);

public sealed record ImportOutcome(Guid ResolutionId, Organization Organization, bool AlreadyImported, DateTimeOffset ImportedAt, int Targets, int Results);

/// <summary>
/// Stores an extracted report as a draft resolution of the right unit, in one transaction: a failure anywhere leaves
/// the database as it was. The same document (same SHA-256) imported again changes nothing.
/// </summary>
public sealed class ImportService(NghiQuyetDbContext db, UnitRegistry units, ICurrentUser user, TimeProvider time)
{
    /// <summary>Test hook, called after each step inside the transaction ("organization", "source", "resolution").</summary>
    public Action<string>? OnStep { get; init; }

    /// <summary>Resolves the unit (the given code, else the report's header) and imports; see the overload for a resolved unit.</summary>
    public Result<ImportOutcome> Import(ImportRequest request, string? organizationCode = null, Action<ImportOutcome>? alsoInTransaction = null)
    {
        // An unknown code is an error even for a document already stored (it used to answer "already imported").
        if (!string.IsNullOrWhiteSpace(organizationCode) && units.Find(organizationCode) is null)
            return Result<ImportOutcome>.Fail(string.Format(Messages.UnitCodeUnknown, organizationCode.Trim()));
        if (Duplicate(SourceFile.HashOf(request.Bytes)) is { } existing)
            return Result<ImportOutcome>.Ok(existing);
        var unit = ResolveUnit(request.Extraction.Document, organizationCode);
        return unit.Success ? Store(request, unit.Value, alsoInTransaction) : Result<ImportOutcome>.Fail(unit.Error);
    }

    /// <param name="unit">The unit as the caller resolved it (<see cref="ResolveUnit"/>; the web resolves it once, to
    /// check the uploader's right on it before importing).</param>
    /// <param name="alsoInTransaction">Work that must be stored with the import or not at all (a background job marking
    /// itself done); runs after the resolution is saved, before the commit.</param>
    public Result<ImportOutcome> Import(ImportRequest request, OfficialUnit unit, Action<ImportOutcome>? alsoInTransaction = null) =>
        Duplicate(SourceFile.HashOf(request.Bytes)) is { } existing ? Result<ImportOutcome>.Ok(existing) : Store(request, unit, alsoInTransaction);

    private Result<ImportOutcome> Store(ImportRequest request, OfficialUnit unit, Action<ImportOutcome>? alsoInTransaction)
    {
        var now = time.GetUtcNow();
        using var transaction = db.Database.BeginTransaction();
        try
        {
            var organization = Ensure(unit);
            db.SaveChanges();
            OnStep?.Invoke("organization");

            var file = new SourceFile(request.FileName, request.Format, request.Bytes, user.UserName, now);
            file.KeepText(TextOf(request));
            db.SourceFiles.Add(file);
            // The document as read, for the review page: stored once, here, so that nothing reads the bytes again.
            if (request.Source is { } source)
                db.SourceDocuments.Add(new StoredDocument(file.Id, source));
            db.SaveChanges();
            OnStep?.Invoke("source");

            var locator = new FormerUnitLocator(organization, request.Source);
            var resolution = Resolution.FromExtraction(organization, file, request.Extraction, locator.Locate, user.UserName, now);
            db.Resolutions.Add(resolution);
            db.SaveChanges();
            OnStep?.Invoke("resolution");

            var outcome = new ImportOutcome(resolution.Id, organization, false, now, resolution.Targets.Count, resolution.Results.Count);
            alsoInTransaction?.Invoke(outcome);
            transaction.Commit();
            return Result<ImportOutcome>.Ok(outcome);
        }
        catch
        {
            // The transaction rolls back on dispose; forget the entities it would have stored.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// The stored import of the same bytes, if any (its unit included, so that a caller can decide whether the user may
    /// be told about it: the web names it only to those who may enter that unit's data).
    /// </summary>
    public ImportOutcome? Duplicate(string sha256)
    {
        var existing = db.SourceFiles.AsNoTracking().Where(f => f.Sha256 == sha256).Select(f => new { f.Id, f.ImportedAt }).FirstOrDefault();
        if (existing is null)
            return null;
        var previous = db.Resolutions.AsNoTracking().Include(r => r.Organization!).ThenInclude(o => o.Predecessors)
            .First(r => r.SourceFileId == existing.Id);
        return new ImportOutcome(previous.Id, previous.Organization!, true, existing.ImportedAt,
            db.Targets.Count(t => t.ResolutionId == previous.Id), db.PreviousResults.Count(r => r.ResolutionId == previous.Id));
    }

    /// <summary>
    /// The unit a report would be stored under (the given code, else the one its header names), without writing
    /// anything: the web checks the user's rights on it before <see cref="Import"/>.
    /// </summary>
    public Result<OfficialUnit> ResolveUnit(DocumentHeader header, string? code)
    {
        if (!string.IsNullOrWhiteSpace(code))
            return units.Find(code) is { } byCode
                ? Result<OfficialUnit>.Ok(byCode)
                : Result<OfficialUnit>.Fail(string.Format(Messages.UnitCodeUnknown, code.Trim()));
        var resolution = units.Resolve(header);
        if (resolution.Unit is { } unit)
            return Result<OfficialUnit>.Ok(unit);
        var named = header.Organization ?? "?";
        return resolution.Candidates.Count == 0
            ? Result<OfficialUnit>.Fail(string.Format(Messages.UnitUnknown, named))
            : Result<OfficialUnit>.Fail(string.Format(Messages.UnitAmbiguous, named,
                string.Join('\n', resolution.Candidates.Take(20).Select(UnitText.Describe))));
    }

    /// <summary>The unit (and its province) as stored organizations, added on first use.</summary>
    private Organization Ensure(OfficialUnit unit)
    {
        if (units.ProvinceOf(unit) is { } province)
            Ensure(province);
        var organization = db.Organizations.Include(o => o.Predecessors).FirstOrDefault(o => o.Code == unit.Code)
            ?? db.Organizations.Local.FirstOrDefault(o => o.Code == unit.Code);
        if (organization is null)
        {
            organization = units.ToOrganization(unit);
            db.Organizations.Add(organization);
        }
        return organization;
    }

    /// <summary>
    /// The text to search: what the reader produced, or, for a plain-text file imported without it (the demo), the
    /// bytes themselves. A docx/pdf without a reader's output has no text here rather than a guess.
    /// </summary>
    internal static string? TextOf(ImportRequest request)
    {
        if (request.Source is { } source)
            return string.Join('\n', source.Lines.Select(l => l.Text));
        if (!string.Equals(request.Format, "txt", StringComparison.OrdinalIgnoreCase))
            return null;
        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(request.Bytes).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }
}
