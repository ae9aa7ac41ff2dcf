using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Review.Checks;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Review;

/// <summary>
/// Reviews a draft political report as a province office does before the congresses: runs every check on the
/// report's text and extraction and lists the findings in line order.
/// </summary>
public sealed class DraftReviewer
{
    /// <summary>The checks a reviewer runs unless it is given others.</summary>
    public static readonly IReadOnlyList<IReviewCheck> DefaultChecks =
    [
        new NumberingCheck(),
        new FigureMismatchCheck(),
        new AppendixOnlyCheck(),
        new UnitMismatchCheck(),
        new ImplausibleValueCheck(),
        new YearOutsideTermCheck(),
        new VerdictCheck(),
        new WeakerThanProvinceCheck(),
    ];

    private readonly IndicatorMatcher _matcher;
    private readonly EvaluationOptions _options;
    private readonly IReadOnlyList<IReviewCheck> _checks;

    /// <summary>A reviewer over <paramref name="catalog"/> (the built-in one where null) with its own matcher.</summary>
    public DraftReviewer(IndicatorCatalog? catalog = null, EvaluationOptions? options = null, IReadOnlyList<IReviewCheck>? checks = null)
        : this(new IndicatorMatcher(catalog ?? IndicatorCatalog.Default), options, checks)
    {
    }

    /// <param name="matcher">A matcher to share (a long-running process keeps one, with its remembered matches).</param>
    public DraftReviewer(IndicatorMatcher matcher, EvaluationOptions? options = null, IReadOnlyList<IReviewCheck>? checks = null)
    {
        _matcher = matcher;
        _options = options ?? EvaluationOptions.Default;
        _checks = checks ?? DefaultChecks;
    }

    /// <param name="provinceTargets">The province's own targets (from the database) for the weaker-than-province check.</param>
    public IReadOnlyList<ReviewFinding> Review(SourceDocument source, ExtractionResult extraction,
        IReadOnlyList<ExtractedTarget>? provinceTargets = null)
    {
        return Run(new ReviewContext(source, extraction, provinceTargets, _matcher, _options));
    }

    /// <summary>A stored draft as it stands now (the users' corrections applied), read from the domain directly.</summary>
    /// <param name="province">The province's current resolution, for the weaker-than-province check.</param>
    public IReadOnlyList<ReviewFinding> Review(SourceDocument source, Resolution draft, Resolution? province = null) =>
        Run(new ReviewContext(source, draft, province, _matcher, _options));

    private List<ReviewFinding> Run(ReviewContext context)
    {
        return _checks.SelectMany(c => c.Run(context))
            .OrderBy(f => f.Line).ThenBy(f => f.OtherLine ?? 0).ThenBy(f => f.Kind, StringComparer.Ordinal)
            .ToList();
    }
}
