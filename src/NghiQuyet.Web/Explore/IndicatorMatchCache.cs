using System.Collections.Concurrent;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Web.Explore;

/// <summary>
/// The matcher's answer per (name, unit, op), kept for the life of the process: a province's communes repeat the same
/// few dozen target names, and the compare page asks for all of them on every request. A corrected target has another
/// name and so another entry; the catalog does not change while the process runs.
/// </summary>
public sealed class IndicatorMatchCache(IndicatorMatcher matcher)
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<(string Name, string? Unit, Core.Extraction.TargetOp Op), IndicatorMatch> _cache = new();

    public IndicatorMatcher Matcher => matcher;

    /// <summary>The indicator the target measures, when the matcher is confident enough (≥ its accept threshold).</summary>
    public Indicator? Accepted(Target target)
    {
        var key = (target.EffectiveName, target.EffectiveUnit, target.EffectiveOp);
        if (!_cache.TryGetValue(key, out var match))
        {
            match = matcher.Match(target.EffectiveName, target.EffectiveUnit, target.EffectiveOp);
            if (_cache.Count < MaxEntries)
                _cache[key] = match;
        }
        return match.Indicator is { } i && match.Confidence >= matcher.Options.AcceptThreshold ? i : null;
    }
}
