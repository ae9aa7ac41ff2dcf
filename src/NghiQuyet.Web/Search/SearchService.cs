using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Units;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Units;
using NghiQuyet.Web.Access;

namespace NghiQuyet.Web.Search;

public sealed record UnitHit(OfficialUnit Unit, OfficialUnit? Province, Hit? Name, string? Via, bool Stored);

public sealed record TargetHit(Organization Unit, Target Target, Hit Name);

public sealed record DocumentHit(Organization Unit, Guid ResolutionId, string FileName, IReadOnlyList<(int Line, Hit Hit)> Lines, int LineCount);

/// <summary>A group of results: the first few to show and how many there were in all.</summary>
public sealed record HitGroup<T>(IReadOnlyList<T> Shown, int Total);

public sealed record SearchResults(string Query, HitGroup<UnitHit> Units, HitGroup<TargetHit> Targets, HitGroup<DocumentHit> Documents)
{
    public int Total => Units.Total + Targets.Total + Documents.Total;
}

/// <summary>
/// Search across units, targets and document text, tone-insensitive. Every candidate is checked with
/// <see cref="UnitAccess"/> (the one rules table) before it is counted, so a result list never shows, nor counts, what
/// the user may not open. The text is folded in C#: a few documents per province, well within a request.
/// </summary>
public sealed class SearchService(NghiQuyetDbContext db, UnitAccess access)
{
    public const int MaxQueryLength = 100;
    public const int UnitsShown = 20;
    public const int TargetsShown = 30;
    public const int DocumentsShown = 10;
    public const int LinesPerDocument = 3;

    public async Task<SearchResults> SearchAsync(string query)
    {
        var folded = TextMatch.Query(query);
        var visible = new Dictionary<string, bool>(StringComparer.Ordinal);
        async Task<bool> Sees(string code, string? province)
        {
            if (!visible.TryGetValue(code, out var allowed))
                visible[code] = allowed = await access.AllowsAsync(new UnitScope(code, province), UnitAction.View);
            return allowed;
        }

        var units = await Units(query, folded, Sees);
        var current = new EvaluationQueries(db).CurrentResolutions(db.Resolutions.Select(r => r.OrganizationCode).Distinct().ToList());
        var organizations = db.Organizations.AsNoTracking().Where(o => db.Resolutions.Any(r => r.OrganizationCode == o.Code)).ToDictionary(o => o.Code);
        var permitted = new List<Resolution>();
        foreach (var r in current.OrderBy(r => r.OrganizationCode, StringComparer.Ordinal))
            if (organizations.TryGetValue(r.OrganizationCode, out var o) && await Sees(o.Code, o.ProvinceCode))
                permitted.Add(r);
        var ids = permitted.Select(r => r.Id).ToList();
        var byResolution = permitted.ToDictionary(r => r.Id, r => organizations[r.OrganizationCode]);

        var targets = new EvaluationQueries(db).Targets(ids)
            .Select(t => (Target: t, Hit: TextMatch.Find(t.EffectiveName, folded)))
            .Where(x => x.Hit is not null)
            .Select(x => new TargetHit(byResolution[x.Target.ResolutionId], x.Target, x.Hit!))
            .OrderBy(h => h.Unit.Code, StringComparer.Ordinal).ThenBy(h => h.Target.Position)
            .ToList();

        var fileIds = permitted.ToDictionary(r => r.SourceFileId, r => r.Id);
        var files = db.SourceFiles.AsNoTracking().Where(f => fileIds.Keys.Contains(f.Id) && f.Text != null)
            .Select(f => new { f.Id, f.FileName, f.Text }).ToList();
        var documents = new List<DocumentHit>();
        foreach (var f in files.OrderBy(f => byResolution[fileIds[f.Id]].Code, StringComparer.Ordinal))
        {
            var lines = new List<(int, Hit)>();
            var count = 0;
            var number = 0;
            foreach (var line in f.Text!.Split('\n'))
            {
                number++;
                if (TextMatch.Find(line.TrimEnd('\r'), folded) is not { } hit)
                    continue;
                count++;
                if (lines.Count < LinesPerDocument)
                    lines.Add((number, hit));
            }
            if (count > 0)
                documents.Add(new DocumentHit(byResolution[fileIds[f.Id]], fileIds[f.Id], f.FileName, lines, count));
        }

        return new SearchResults(query,
            new HitGroup<UnitHit>(units.Take(UnitsShown).ToList(), units.Count),
            new HitGroup<TargetHit>(targets.Take(TargetsShown).ToList(), targets.Count),
            new HitGroup<DocumentHit>(documents.Take(DocumentsShown).ToList(), documents.Count));
    }

    /// <summary>
    /// Units of the official list (all 3,321, not only those stored) whose name contains the query, plus the ones the
    /// registry finds through an old name ("xã Đứa Mòn" → its new commune).
    /// </summary>
    private async Task<List<UnitHit>> Units(string query, string folded, Func<string, string?, Task<bool>> sees)
    {
        var registry = UnitsData.Registry;
        var stored = db.Organizations.AsNoTracking().Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var hits = new List<UnitHit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in registry.Provinces.Concat(registry.Communes))
        {
            if (TextMatch.Find(unit.FullName, folded) is not { } hit)
                continue;
            if (!await sees(unit.Code, unit.ProvinceCode))
                continue;
            seen.Add(unit.Code);
            hits.Add(new UnitHit(unit, registry.ProvinceOf(unit), hit, null, stored.Contains(unit.Code)));
        }
        foreach (var match in registry.Search(query).Where(m => m.Via is not null))
            if (seen.Add(match.Unit.Code) && await sees(match.Unit.Code, match.Unit.ProvinceCode))
                hits.Add(new UnitHit(match.Unit, match.Province, null, match.Via, stored.Contains(match.Unit.Code)));
        return hits
            .OrderBy(h => h.Name is null ? 1 : 0)
            .ThenBy(h => h.Unit.Kind == OrganizationKind.Province ? 0 : 1)
            .ThenBy(h => h.Stored ? 0 : 1)
            .ThenBy(h => h.Unit.Code, StringComparer.Ordinal)
            .ToList();
    }
}
