using System.Text;
using System.Text.Json;
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
    /// <summary>The unit's current resolution (<see cref="CurrentResolutions.CurrentOf"/>) with its targets and results.</summary>
    public Result<StoredResolution> Current(string organizationCode, bool tracking = false)
    {
        var code = organizationCode.Trim();
        IQueryable<Resolution> query = db.Resolutions.CurrentOf([code])
            .Include(r => r.Organization!).ThenInclude(o => o.Predecessors)
            .Include(r => r.Targets)
            .Include(r => r.Results)
            .AsSplitQuery();
        if (!tracking)
            query = query.AsNoTracking();
        var resolution = query.FirstOrDefault();
        if (resolution is null)
            return Result<StoredResolution>.Fail(string.Format(Messages.NoResolution, code));
        var file = db.SourceFiles.AsNoTracking().Where(f => f.Id == resolution.SourceFileId)
            .Select(f => new { f.FileName, f.Sha256 }).First();
        return Result<StoredResolution>.Ok(new StoredResolution(resolution, resolution.Organization!, file.FileName, file.Sha256));
    }

    /// <summary>
    /// <c>nq-extract/1</c> (corrections applied) plus what the store adds: a "resolution" object, and an "id" (and
    /// "version", "corrected", "former_unit") on each target and result. Dropping those gives back what <c>extract</c>
    /// printed. Written in one pass from the domain, in the contract's property order.
    /// </summary>
    public static string ToJson(StoredResolution stored)
    {
        var r = stored.Resolution;
        var options = ExtractionJson.Options;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder }))
        {
            w.WriteStartObject();
            w.WriteString("schema", ExtractionResult.SchemaName);
            w.WriteStartObject("resolution");
            w.WriteString("id", r.Id.ToString());
            w.WriteString("organization_code", stored.Organization.Code);
            w.WriteString("organization_name", stored.Organization.FullName);
            w.WriteString("status", r.Status.ToString().ToLowerInvariant());
            w.WriteNumber("version", r.Version);
            w.WriteString("source_file", stored.SourceFileName);
            w.WriteString("source_sha256", stored.SourceSha256);
            w.WriteStartArray("predecessors");
            foreach (var p in stored.Organization.Predecessors)
            {
                w.WriteStartObject();
                w.WriteString("code", p.Code);
                w.WriteString("name", p.FullName);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WritePropertyName("document");
            JsonSerializer.Serialize(w, r.Header, options);
            w.WriteStartArray("targets");
            foreach (var t in r.Targets.OrderBy(t => t.Position))
                WriteTarget(w, t, options);
            w.WriteEndArray();
            w.WriteStartArray("results");
            foreach (var row in r.Results.OrderBy(x => x.Position))
                WriteResult(w, row, options);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTarget(Utf8JsonWriter w, Target t, JsonSerializerOptions options)
    {
        var terms = t.Terms;
        w.WriteStartObject();
        w.WriteString("id", t.Id.ToString());
        w.WriteString("item", t.Item);
        w.WritePropertyName("group");
        JsonSerializer.Serialize(w, t.Group, options);
        w.WriteString("name", terms.Name);
        w.WritePropertyName("op");
        JsonSerializer.Serialize(w, terms.Op, options);
        WriteNumber(w, "value", terms.Value);
        WriteNumber(w, "value_max", terms.ValueMax);
        w.WriteString("unit", terms.Unit);
        w.WriteNumber("year", terms.Year);
        w.WriteNumber("line", t.Line);
        // As in nq-extract/1: confidence and cue only where there are any, and no confidence once a person corrected it.
        if (!t.IsCorrected && t.Confidence is { } confidence)
            w.WriteNumber("confidence", confidence);
        if (t.Cue is { } cue)
            w.WriteString("cue", cue);
        w.WriteNumber("version", t.Version);
        w.WriteBoolean("corrected", t.IsCorrected);
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, PreviousResult stored, JsonSerializerOptions options)
    {
        var row = stored.Row;
        w.WriteStartObject();
        w.WriteString("id", stored.Id.ToString());
        w.WriteString("table", row.Table);
        w.WriteString("name", row.Name);
        w.WriteString("unit", row.Unit);
        WriteNumber(w, "target", row.Target);
        WriteNumber(w, "actual", row.Actual);
        w.WritePropertyName("verdict");
        JsonSerializer.Serialize(w, row.Verdict, options);
        w.WriteNumber("line", row.Line);
        if (stored.FormerUnitCode is null)
            w.WriteNull("former_unit");
        else
        {
            w.WriteStartObject("former_unit");
            w.WriteString("code", stored.FormerUnitCode);
            w.WriteString("name", stored.FormerUnitName);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
            w.WriteNumber(name, v);
        else
            w.WriteNull(name);
    }
}
