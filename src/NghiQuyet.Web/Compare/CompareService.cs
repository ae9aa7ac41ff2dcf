using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Web.Dashboard;

namespace NghiQuyet.Web.Compare;

/// <summary>An indicator some of the province's communes set a target for.</summary>
public sealed record IndicatorChoice(Indicator Indicator, int Communes);

/// <summary>One commune's target for the indicator with its latest approved figure (or the figure of the asked year).</summary>
/// <param name="Level">The level the target means in the indicator's terms (a growth target turned into a level), for the chart.</param>
public sealed record CompareRow(Organization Unit, Target Target, Figure? Figure, decimal? Value, decimal? Level, TargetRow Row, Signal Signal);

/// <summary>The province's own target for the indicator, from its own current resolution.</summary>
public sealed record ProvinceTarget(Target Target, decimal? Level);

public sealed record Comparison(Organization Province, IReadOnlyList<IndicatorChoice> Choices, Indicator? Indicator, int? Year,
    IReadOnlyList<CompareRow> Rows, ProvinceTarget? ProvinceTarget, int AsOfYear);

/// <summary>
/// One catalog indicator across a province's communes: each commune's target and figure, and the province's own
/// target. Targets are tied to the indicator by the matcher (cached), only approved and locked figures count.
/// </summary>
public sealed class CompareService(NghiQuyetDbContext db, IndicatorMatcher matcher, OrganizationEvaluator evaluator, ProgressService reports)
{
    private readonly EvaluationQueries _queries = new(db);

    public int CurrentYear => reports.CurrentYear;

    public Organization? Province(string code) =>
        db.Organizations.AsNoTracking().FirstOrDefault(o => o.Code == code && o.Kind == OrganizationKind.Province);

    /// <param name="key">The indicator; null = only the choices.</param>
    public Comparison Compare(Organization province, string? key, int? year)
    {
        var communes = db.Organizations.AsNoTracking().Where(o => o.ProvinceCode == province.Code).ToDictionary(o => o.Code);
        var resolutions = _queries.CurrentResolutions(communes.Keys.ToList());
        var owner = resolutions.ToDictionary(r => r.Id, r => communes[r.OrganizationCode]);
        var targets = _queries.Targets(owner.Keys.ToList());
        var matched = targets.Select(t => (Target: t, Indicator: Accepted(t))).Where(x => x.Indicator is not null).ToList();

        var choices = matched.GroupBy(x => x.Indicator!.Key)
            .Select(g => new IndicatorChoice(g.First().Indicator!, g.Select(x => x.Target.ResolutionId).Distinct().Count()))
            .OrderByDescending(c => c.Communes).ThenBy(c => c.Indicator.Name, StringComparer.Create(Setup.Services.Vietnamese, false))
            .ToList();
        var indicator = key is null ? null : choices.FirstOrDefault(c => c.Indicator.Key == key)?.Indicator;
        if (indicator is null)
            return new Comparison(province, choices, null, year, [], null, reports.CurrentYear);

        // A commune that names the indicator twice: the first target in its resolution's order stands for it.
        var chosen = matched.Where(x => x.Indicator!.Key == indicator.Key)
            .GroupBy(x => x.Target.ResolutionId).Select(g => g.OrderBy(x => x.Target.Position).First().Target).ToList();
        var figures = _queries.Measurements(chosen.Select(t => t.ResolutionId).Distinct().ToList(), officialOnly: true);
        var asOf = year ?? reports.CurrentYear;
        var inputs = chosen.Select(t => EvaluationQueries.Input(t,
            EvaluationQueries.FiguresOf(figures[t.Id].Where(m => m.Year <= asOf)), indicator.Key)).ToList();
        var evaluated = evaluator.Evaluate(inputs, asOf);
        var rows = chosen.Select((t, i) =>
        {
            var row = evaluated[i];
            var e = row.Evaluation;
            var figure = year is { } y ? inputs[i].Figures.FirstOrDefault(f => f.Year == y) : e.Latest;
            return new CompareRow(owner[t.ResolutionId], t, figure, figure?.Effective(e.Spec.IsShare), LevelOf(t, e), row, Signals.Of(e));
        })
        .OrderBy(r => r.Unit.Name, StringComparer.Create(Setup.Services.Vietnamese, false))
        .ToList();

        return new Comparison(province, choices, indicator, year, rows, ProvinceTargetFor(province, indicator, asOf), asOf);
    }

    private ProvinceTarget? ProvinceTargetFor(Organization province, Indicator indicator, int asOf)
    {
        var resolution = _queries.CurrentResolutions([province.Code]).FirstOrDefault();
        if (resolution is null)
            return null;
        var target = _queries.Targets([resolution.Id]).FirstOrDefault(t => Accepted(t)?.Key == indicator.Key);
        if (target is null)
            return null;
        var figures = _queries.Measurements([resolution.Id], officialOnly: true);
        var row = evaluator.Evaluate([EvaluationQueries.Input(target, EvaluationQueries.FiguresOf(figures[target.Id].Where(m => m.Year <= asOf)), indicator.Key)], asOf)[0];
        return new ProvinceTarget(target, LevelOf(target, row.Evaluation));
    }

    /// <summary>The catalog indicator the target measures, where the matcher is confident enough (it remembers each wording).</summary>
    private Indicator? Accepted(Target t) => matcher.Match(t.EffectiveName, t.EffectiveUnit, t.EffectiveOp).Indicator;

    /// <summary>
    /// Where the target puts the indicator: the evaluation's level (which turns "tăng 19%" into a figure from the
    /// first one), else the stated value when the target states a level outright.
    /// </summary>
    internal static decimal? LevelOf(Target t, TargetEvaluation e) =>
        e.Trajectory.TargetLevel ?? (t.EffectiveOp is TargetOp.GrowthRate or TargetOp.IncreaseBy or TargetOp.DecreaseBy ? null : t.EffectiveValue);
}
