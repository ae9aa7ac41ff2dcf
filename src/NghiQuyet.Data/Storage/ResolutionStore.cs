using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Data.Storage;

/// <summary>A stored resolution with what a reader needs beside it.</summary>
public sealed record StoredResolution(Resolution Resolution, Organization Organization, string SourceFileName, string SourceSha256);

/// <summary>Reading resolutions back.</summary>
public sealed class ResolutionStore(NghiQuyetDbContext db)
{
    /// <summary>The unit's current resolution: the latest published one, else the latest draft.</summary>
    public Result<StoredResolution> Current(string organizationCode, bool tracking = false)
    {
        var code = organizationCode.Trim();
        IQueryable<Resolution> query = db.Resolutions
            .Include(r => r.Organization!).ThenInclude(o => o.Predecessors)
            .Include(r => r.Targets)
            .Include(r => r.Results)
            .AsSplitQuery();
        if (!tracking)
            query = query.AsNoTracking();
        var resolution = query
            .Where(r => r.OrganizationCode == code)
            .OrderByDescending(r => r.Status == ResolutionStatus.Published)
            .ThenByDescending(r => r.CreatedAt)
            .FirstOrDefault();
        if (resolution is null)
            return Result<StoredResolution>.Fail(string.Format(Messages.NoResolution, code));
        var file = db.SourceFiles.AsNoTracking().Where(f => f.Id == resolution.SourceFileId)
            .Select(f => new { f.FileName, f.Sha256 }).First();
        return Result<StoredResolution>.Ok(new StoredResolution(resolution, resolution.Organization!, file.FileName, file.Sha256));
    }

    /// <summary>
    /// <c>nq-extract/1</c> (corrections applied) plus what the store adds: a "resolution" object, and an "id" (and
    /// "version", "former_unit") on each target and result. Dropping those gives back what <c>extract</c> printed.
    /// </summary>
    public static string ToJson(StoredResolution stored)
    {
        var r = stored.Resolution;
        var root = JsonNode.Parse(ExtractionJson.Serialize(r.ToExtraction()))!.AsObject();
        root.Insert(1, "resolution", new JsonObject
        {
            ["id"] = r.Id.ToString(),
            ["organization_code"] = stored.Organization.Code,
            ["organization_name"] = stored.Organization.FullName,
            ["status"] = r.Status.ToString().ToLowerInvariant(),
            ["version"] = r.Version,
            ["source_file"] = stored.SourceFileName,
            ["source_sha256"] = stored.SourceSha256,
            ["predecessors"] = new JsonArray(stored.Organization.Predecessors
                .Select(p => (JsonNode)new JsonObject { ["code"] = p.Code, ["name"] = p.FullName }).ToArray()),
        });
        var targets = root["targets"]!.AsArray();
        var ordered = r.Targets.OrderBy(t => t.Position).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var node = targets[i]!.AsObject();
            node.Insert(0, "id", ordered[i].Id.ToString());
            node["version"] = ordered[i].Version;
            node["corrected"] = ordered[i].IsCorrected;
        }
        var results = root["results"]!.AsArray();
        var rows = r.Results.OrderBy(x => x.Position).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var node = results[i]!.AsObject();
            node.Insert(0, "id", rows[i].Id.ToString());
            node["former_unit"] = rows[i].FormerUnitCode is null
                ? null
                : new JsonObject { ["code"] = rows[i].FormerUnitCode, ["name"] = rows[i].FormerUnitName };
        }
        return root.ToJsonString(ExtractionJson.Options);
    }
}
