using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Time;

namespace NghiQuyet.Core.Evaluation;

/// <summary>One target of an organisation with its figures. <paramref name="IndicatorKey"/>: a key already stored
/// (confirmed by a person) wins over the matcher's.</summary>
/// <param name="Versions">The target's versions when it was revised after publication (<see cref="TargetVersion"/>): an
/// evaluation as of a year uses the version in force that year; without any, <paramref name="Target"/> throughout.</param>
public sealed record TargetInput(TargetTerms Target, IReadOnlyList<Figure> Figures, Baseline? Baseline = null, string? IndicatorKey = null,
    IReadOnlyList<TargetVersion>? Versions = null)
{
    /// <summary>The terms in force in <paramref name="year"/>.</summary>
    public TargetTerms InForce(int year) => Versions is { Count: > 0 } v ? TargetVersion.InForce(v, year) : Target;
}

/// <summary>A row of <c>nghiquyet evaluate</c>: the target, its catalog key, and its evaluation as of a year.</summary>
public sealed record TargetRow(TargetTerms Target, Indicator? Indicator, decimal MatchConfidence, TargetEvaluation Evaluation)
{
    /// <summary>The matched indicator's key, or null for a local target.</summary>
    public string? IndicatorKey => Indicator?.Key;

    /// <summary>"Vượt", "Đạt" … after the deadline; "Đúng tiến độ", "Cần tăng tốc" … before it.</summary>
    public string StatusText => Evaluation.Verdict is { } v
        ? Describe(v.Verdict)
        : Describe(Evaluation.Trajectory.Status);

    /// <summary>A verdict as users read it.</summary>
    public static string Describe(Verdict verdict) => DomainWords.Verdict(verdict);

    /// <summary>A trajectory status as users read it.</summary>
    public static string Describe(TrajectoryStatus status) => DomainWords.Trajectory(status);
}

/// <summary>
/// Every target of one organisation evaluated as of a year: what <c>nghiquyet evaluate --org CODE [--as-of YEAR]</c>
/// prints, one <see cref="TargetRow"/> per target in the order given.
/// </summary>
/// <param name="matcher">A matcher over the same catalog to share (its index and remembered matches) with other users;
/// without one the evaluator builds its own.</param>
public sealed class OrganizationEvaluator(IndicatorCatalog catalog, VietnamClock clock, EvaluationOptions? options = null, IndicatorMatcher? matcher = null)
{
    private readonly IndicatorMatcher _matcher = matcher is null ? new(catalog)
        : ReferenceEquals(matcher.Catalog, catalog) ? matcher
        : throw new ArgumentException("the matcher reads another catalog", nameof(matcher));
    private readonly TargetEvaluator _evaluator = new(clock, options);

    /// <summary>Evaluates each target as of <paramref name="asOfYear"/> (the clock's current year where null), one row per target in the order given.</summary>
    public IReadOnlyList<TargetRow> Evaluate(IEnumerable<TargetInput> targets, int? asOfYear = null)
    {
        var rows = new List<TargetRow>();
        var asOf = asOfYear ?? _evaluator.CurrentYear;
        foreach (var input in targets)
        {
            var target = input.InForce(asOf);
            var match = Match(target, input.IndicatorKey);
            var spec = TargetSpec.From(target, match.Indicator);
            rows.Add(new TargetRow(target, match.Indicator, match.Confidence,
                _evaluator.Evaluate(spec, input.Figures, input.Baseline, asOf)));
        }
        return rows;
    }

    /// <summary>How the evaluation will read a target (share or not, direction) without evaluating any figures.</summary>
    public TargetSpec Spec(TargetTerms target, string? indicatorKey = null) =>
        TargetSpec.From(target, Match(target, indicatorKey).Indicator);

    private IndicatorMatch Match(TargetTerms target, string? indicatorKey) =>
        catalog.Find(indicatorKey) is { } stored ? new IndicatorMatch(stored, 1m, stored) : _matcher.Match(target);
}
