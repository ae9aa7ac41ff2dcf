using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Evaluation;

/// <summary>A target as it stood from <paramref name="FromYear"/> on (int.MinValue: as adopted).</summary>
public sealed record TargetVersion(int FromYear, TargetTerms Target)
{
    /// <summary>The last version that had come into force by <paramref name="year"/>; the first one before any.</summary>
    public static TargetTerms InForce(IReadOnlyList<TargetVersion> versions, int year)
    {
        var inForce = versions[0].Target;
        foreach (var v in versions.OrderBy(v => v.FromYear))
            if (v.FromYear <= year)
                inForce = v.Target;
        return inForce;
    }
}
