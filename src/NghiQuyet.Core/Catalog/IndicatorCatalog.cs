using System.Text.Json;
using System.Text.Json.Serialization;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Catalog;

/// <summary>
/// The indicator catalog: the embedded <c>indicators.json</c>, optionally extended by an administrator's file of the
/// same shape (<see cref="WithOverrides"/>): an entry with a known key replaces it, a new key is added, and
/// abbreviations are merged.
/// </summary>
public sealed class IndicatorCatalog
{
    private const string ResourceName = "NghiQuyet.Core.Catalog.indicators.json";
    private static readonly Lazy<IndicatorCatalog> DefaultCatalog = new(LoadEmbedded);
    private readonly Dictionary<string, Indicator> _byKey;

    /// <summary>A catalog of the given indicators (keys must be unique) and short forms.</summary>
    public IndicatorCatalog(IEnumerable<Indicator> indicators, IReadOnlyDictionary<string, string>? abbreviations = null)
    {
        Indicators = indicators.ToList();
        _byKey = Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
        Abbreviations = abbreviations ?? new Dictionary<string, string>();
    }

    /// <summary>Every indicator, in the order of the file.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Short forms reports use ("BHYT", "HTX", "TTHC") → their full words, expanded before matching.</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; }

    /// <summary>The catalog embedded in the assembly, read once.</summary>
    public static IndicatorCatalog Default => DefaultCatalog.Value;

    /// <summary>The indicator with this key, or null (also for a null key).</summary>
    public Indicator? Find(string? key) => key is not null && _byKey.TryGetValue(key, out var i) ? i : null;

    /// <summary>Reads a catalog file of the embedded file's shape; a Vietnamese error where it is malformed.</summary>
    public static Result<IndicatorCatalog> Parse(string json)
    {
        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            return Result<IndicatorCatalog>.Fail(string.Format(Messages.CatalogInvalid, ex.Message));
        }
        if (file?.Indicators is null)
            return Result<IndicatorCatalog>.Fail(string.Format(Messages.CatalogInvalid, "indicators"));
        var indicators = new List<Indicator>();
        foreach (var e in file.Indicators)
        {
            if (string.IsNullOrWhiteSpace(e.Key) || string.IsNullOrWhiteSpace(e.Name))
                return Result<IndicatorCatalog>.Fail(string.Format(Messages.CatalogEntryIncomplete, e.Key ?? e.Name ?? "?"));
            indicators.Add(new Indicator(e.Key, e.Name, e.Aliases ?? [], e.Unit ?? "", e.Direction, e.Group,
                e.Aggregation, e.Excludes ?? [], e.Denominator));
        }
        var duplicate = indicators.GroupBy(i => i.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            return Result<IndicatorCatalog>.Fail(string.Format(Messages.CatalogDuplicateKey, duplicate.Key));
        return Result<IndicatorCatalog>.Ok(new IndicatorCatalog(indicators,
            new Dictionary<string, string>(file.Abbreviations ?? [], StringComparer.Ordinal)));
    }

    /// <summary>This catalog extended by an administrator's JSON (same shape as indicators.json).</summary>
    public Result<IndicatorCatalog> WithOverrides(string json) =>
        Parse(json).Map(extra =>
        {
            var merged = Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
            var order = Indicators.Select(i => i.Key).ToList();
            foreach (var i in extra.Indicators)
            {
                if (!merged.ContainsKey(i.Key))
                    order.Add(i.Key);
                merged[i.Key] = i;
            }
            var abbreviations = new Dictionary<string, string>(Abbreviations, StringComparer.Ordinal);
            foreach (var (k, v) in extra.Abbreviations)
                abbreviations[k] = v;
            return new IndicatorCatalog(order.Select(k => merged[k]), abbreviations);
        });

    private static IndicatorCatalog LoadEmbedded()
    {
        using var stream = typeof(IndicatorCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded");
        using var reader = new StreamReader(stream);
        var parsed = Parse(reader.ReadToEnd());
        // The embedded file is part of the build and tested; a failure here is a programming error.
        return parsed.Success ? parsed.Value : throw new InvalidOperationException(parsed.Error);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNameCaseInsensitive = true,
    };

    private sealed class CatalogFile
    {
        [JsonPropertyName("abbreviations")] public Dictionary<string, string>? Abbreviations { get; set; }
        [JsonPropertyName("indicators")] public List<CatalogEntry>? Indicators { get; set; }
    }

    private sealed class CatalogEntry
    {
        [JsonPropertyName("key")] public string? Key { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("aliases")] public List<string>? Aliases { get; set; }
        [JsonPropertyName("excludes")] public List<string>? Excludes { get; set; }
        [JsonPropertyName("unit")] public string? Unit { get; set; }
        [JsonPropertyName("direction")] public IndicatorDirection Direction { get; set; }
        [JsonPropertyName("group")] public TargetGroup Group { get; set; } = TargetGroup.Other;
        [JsonPropertyName("aggregation")] public AggregationRule Aggregation { get; set; } = AggregationRule.None;
        [JsonPropertyName("denominator")] public string? Denominator { get; set; }
    }
}
