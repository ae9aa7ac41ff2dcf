using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Storage;

/// <summary>
/// "The current resolution of a unit", in one place: the latest published one, else the latest draft. The store's
/// reader of one unit and the evaluation's reader of many units both start from it.
/// </summary>
public static class CurrentResolutions
{
    /// <summary>The units' current resolutions, one per unit that has any, as a query the caller can still shape
    /// (includes, tracking).</summary>
    public static IQueryable<Resolution> CurrentOf(this IQueryable<Resolution> resolutions, IReadOnlyCollection<string> codes) =>
        resolutions.Where(r => codes.Contains(r.OrganizationCode)
            && r.Id == resolutions.Where(o => o.OrganizationCode == r.OrganizationCode)
                .OrderByDescending(o => o.Status == ResolutionStatus.Published)
                .ThenByDescending(o => o.CreatedAt)
                .Select(o => o.Id)
                .First());
}
