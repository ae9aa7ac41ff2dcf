using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Domain;

/// <summary>
/// A congress resolution of one organization: its targets to the end of the term and the previous term's results,
/// read from one source document. Created as a draft; published once checked.
/// </summary>
public class Resolution : IAudited, IVersioned
{
    private readonly List<Target> _targets = [];
    private readonly List<PreviousResult> _results = [];

    private Resolution()
    {
        OrganizationCode = CreatedBy = string.Empty;
    }

    private Resolution(Organization organization, SourceFile source, DocumentHeader header, string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        OrganizationCode = organization.Code;
        Organization = organization;
        SourceFileId = source.Id;
        SourceFile = source;
        HeaderOrganization = header.Organization;
        HeaderProvince = header.Province;
        Level = header.Level;
        Diacritics = header.Diacritics;
        CongressNumber = header.Congress;
        TermFrom = header.Term?.From;
        TermTo = header.Term?.To;
        Status = ResolutionStatus.Draft;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    /// <summary>Primary key.</summary>
    public Guid Id { get; private set; }
    /// <summary>Code of the organization whose resolution this is.</summary>
    public string OrganizationCode { get; private set; }
    /// <summary>The organization, when loaded.</summary>
    public Organization? Organization { get; private set; }
    /// <summary>The document it was read from.</summary>
    public Guid SourceFileId { get; private set; }
    /// <summary>The document, when loaded.</summary>
    public SourceFile? SourceFile { get; private set; }

    /// <summary>The header as the document printed it ("Đảng bộ xã Mường Lầm"), kept for the round trip.</summary>
    public string? HeaderOrganization { get; private set; }
    /// <summary>The province as the header named it, if it did.</summary>
    public string? HeaderProvince { get; private set; }
    /// <summary>Commune-level, province-level or other, as the header says.</summary>
    public OrganizationLevel Level { get; private set; }
    /// <summary>Whether the document came with its tone marks or without (an OCR of a scan).</summary>
    public Diacritics Diacritics { get; private set; }

    /// <summary>"lần thứ I" → 1.</summary>
    public int? CongressNumber { get; private set; }
    /// <summary>First year of the term.</summary>
    public int? TermFrom { get; private set; }
    /// <summary>Last year of the term.</summary>
    public int? TermTo { get; private set; }

    /// <summary>The header as read, in the extraction's shape (the review's checks and the JSON export read it).</summary>
    public DocumentHeader Header => new(HeaderOrganization, Level, HeaderProvince, CongressNumber,
        TermFrom is { } from && TermTo is { } to ? new Term(from, to) : null, Diacritics);

    /// <summary>Draft, published or superseded.</summary>
    public ResolutionStatus Status { get; private set; }
    /// <summary>Who imported it.</summary>
    public string CreatedBy { get; private set; }
    /// <summary>When it was imported.</summary>
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Who published it.</summary>
    public string? PublishedBy { get; private set; }
    /// <summary>When it was published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>Concurrency token: a stale edit is refused.</summary>
    public int Version { get; set; }

    /// <summary>The new term's targets, in the document's order.</summary>
    public IReadOnlyList<Target> Targets => _targets;
    /// <summary>The previous term's results, in the document's order.</summary>
    public IReadOnlyList<PreviousResult> Results => _results;

    /// <summary>A draft resolution holding everything the extraction found, in the document's order.</summary>
    public static Resolution FromExtraction(
        Organization organization, SourceFile source, ExtractionResult extraction,
        Func<PreviousTermResult, Predecessor?> formerUnitOf, string createdBy, DateTimeOffset now)
    {
        var resolution = new Resolution(organization, source, extraction.Document, createdBy, now);
        var position = 0;
        foreach (var t in extraction.Targets)
            resolution._targets.Add(new Target(resolution.Id, ++position, t, now));
        position = 0;
        foreach (var r in extraction.Results)
            resolution._results.Add(new PreviousResult(resolution.Id, ++position, r, formerUnitOf(r), now));
        return resolution;
    }

    /// <summary>
    /// Publishing is the unit's own act (the congress adopted it): whoever may enter the unit's data publishes, after
    /// which the targets are fixed (no correction, addition or removal).
    /// </summary>
    public Result<Resolution> Publish(Actor actor, DateTimeOffset now)
    {
        if (!actor.CanEnter)
            return Result<Resolution>.Fail(string.Format(Messages.NotAllowed, actor.UserName, Messages.ActionPublish));
        if (Status == ResolutionStatus.Published)
            return Result<Resolution>.Fail(Messages.AlreadyPublished);
        Status = ResolutionStatus.Published;
        PublishedBy = actor.UserName;
        PublishedAt = now;
        return Result<Resolution>.Ok(this);
    }

    /// <summary>A target the extraction missed, added by hand at the end (its line is 0 when it stands on no source line).</summary>
    public Result<Target> AddTarget(ExtractedTarget target, Actor actor, DateTimeOffset now)
    {
        var refused = RefuseChange(actor, Messages.ActionAddTarget);
        if (refused is not null)
            return Result<Target>.Fail(refused);
        if (string.IsNullOrWhiteSpace(target.Name))
            return Result<Target>.Fail(Messages.TargetNameRequired);
        if (target.Op == TargetOp.Range && (target.Value is null || target.ValueMax is null || target.Value > target.ValueMax))
            return Result<Target>.Fail(Messages.RangeNeedsBounds);
        var position = _targets.Count == 0 ? 1 : _targets.Max(t => t.Position) + 1;
        var added = new Target(Id, position, target with { Name = target.Name.Trim() }, now);
        _targets.Add(added);
        return Result<Target>.Ok(added);
    }

    /// <summary>Drops a target the extraction got wrong (a heading read as a target, a duplicate).</summary>
    public Result<Target> RemoveTarget(Guid targetId, Actor actor)
    {
        var refused = RefuseChange(actor, Messages.ActionRemoveTarget);
        if (refused is not null)
            return Result<Target>.Fail(refused);
        var target = _targets.FirstOrDefault(t => t.Id == targetId);
        if (target is null)
            return Result<Target>.Fail(Messages.StaleEditDeleted);
        _targets.Remove(target);
        return Result<Target>.Ok(target);
    }

    /// <summary>A correction of one of this draft's targets; refused once the resolution is published.</summary>
    public Result<Target> CorrectTarget(Guid targetId, TargetTerms correction, Actor actor, DateTimeOffset now)
    {
        var refused = RefuseChange(actor, Messages.ActionCorrect);
        if (refused is not null)
            return Result<Target>.Fail(refused);
        var target = _targets.FirstOrDefault(t => t.Id == targetId);
        return target is null ? Result<Target>.Fail(Messages.StaleEditDeleted) : target.Correct(correction, actor, now);
    }

    /// <summary>
    /// A change to a published target: asked for by whoever may enter the unit's data, with a reason and the first
    /// year it applies to; in force only once approved (<see cref="DecideRevision"/>).
    /// </summary>
    public Result<TargetRevision> RequestRevision(Guid targetId, TargetTerms change, int fromYear, string reason, Actor actor, DateTimeOffset now)
    {
        if (!actor.CanEnter)
            return Result<TargetRevision>.Fail(string.Format(Messages.NotAllowed, actor.UserName, Messages.ActionRequestRevision));
        if (Status != ResolutionStatus.Published)
            return Result<TargetRevision>.Fail(Messages.RevisionOnlyPublished);
        var target = _targets.FirstOrDefault(t => t.Id == targetId);
        return target is null ? Result<TargetRevision>.Fail(Messages.StaleEditDeleted) : target.RequestRevision(change, fromYear, reason, actor, now);
    }

    /// <summary>Approves (it is in force from its year) or turns down (a note is required) a requested revision.</summary>
    public Result<TargetRevision> DecideRevision(Guid targetId, Guid revisionId, bool approve, string? note, Actor actor, DateTimeOffset now)
    {
        var revision = _targets.FirstOrDefault(t => t.Id == targetId)?.Revisions.FirstOrDefault(r => r.Id == revisionId);
        return revision is null ? Result<TargetRevision>.Fail(Messages.StaleEditDeleted) : revision.Decide(approve, note, actor, now);
    }

    private string? RefuseChange(Actor actor, string action) =>
        !actor.CanEnter ? string.Format(Messages.NotAllowed, actor.UserName, action)
        : Status != ResolutionStatus.Draft ? Messages.ResolutionNotDraft
        : null;
}
