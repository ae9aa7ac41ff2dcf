using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;

namespace NghiQuyet.Data.Storage;

/// <summary>A catalog indicator rolled up from a province's communes, as of <paramref name="Year"/>.</summary>
/// <param name="Communes">The communes' figures of that year that went in (excluded ones are in the result).</param>
/// <param name="ProvinceTarget">The province's own target of the indicator, if its resolution sets one.</param>
/// <param name="Series">The roll-up of every year some commune has a figure for, in year order (the province's trajectory).</param>
public sealed record IndicatorRollup(Indicator Indicator, int Year, RollupResult Result, IReadOnlyList<CommuneFigure> Communes,
    Target? ProvinceTarget, IReadOnlyList<Figure> Series);

/// <summary>
/// The communes' stored figures of each catalog indicator aggregated to the province by the indicator's rule
/// (<see cref="ProvinceRollup"/>): what <c>nghiquyet rollup</c> prints and the dashboard's province targets show.
/// A commune's figure is that of its first target the catalog matcher gives the indicator that has figures.
/// </summary>
public sealed class RollupQueries(NghiQuyetDbContext db)
{
    /// <param name="officialOnly">Approved and locked figures only (the web); the CLI, which has no approval step, takes all.</param>
    public List<IndicatorRollup> Province(IndicatorMatcher matcher, string provinceCode, string? key = null, int? year = null, bool officialOnly = false)
    {
        var queries = new EvaluationQueries(db);
        var names = db.Organizations.AsNoTracking().Where(o => o.ProvinceCode == provinceCode || o.Code == provinceCode)
            .ToList().ToDictionary(o => o.Code, o => o.FullName);
        var resolutions = queries.CurrentResolutions(names.Keys);
        var ids = resolutions.Select(r => r.Id).ToList();
        return Compute(matcher, provinceCode, resolutions, queries.Targets(ids), queries.Figures(ids, officialOnly), key, year, names);
    }

    /// <summary>The roll-ups from data already loaded: the province's and its communes' current resolutions, their
    /// targets and figures (so a page that has them needs no further query).</summary>
    public static List<IndicatorRollup> Compute(IndicatorMatcher matcher, string provinceCode, IReadOnlyList<Resolution> resolutions,
        IReadOnlyList<Target> targets, ILookup<Guid, Figure> measurements, string? key = null, int? year = null,
        IReadOnlyDictionary<string, string>? names = null)
    {
        var unitOf = resolutions.ToDictionary(r => r.Id, r => r.OrganizationCode);
        Indicator? Match(Target t) => matcher.Match(t.EffectiveName, t.EffectiveUnit, t.EffectiveOp).Indicator;

        var matched = targets
            .Where(t => unitOf.ContainsKey(t.ResolutionId))
            .Select(t => (Target: t, Indicator: Match(t), Unit: unitOf[t.ResolutionId]))
            .Where(x => x.Indicator is not null && (key is null || x.Indicator.Key == key))
            .GroupBy(x => (x.Unit, x.Indicator!.Key))
            .Select(g => g.Where(x => measurements[x.Target.Id].Any()).DefaultIfEmpty(g.First()).First())
            .ToList();

        var rollups = new List<IndicatorRollup>();
        foreach (var group in matched.GroupBy(x => x.Indicator!.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var indicator = group.First().Indicator!;
            var ofCommunes = group.Where(x => x.Unit != provinceCode).ToList();
            var byYear = ofCommunes
                .SelectMany(x => measurements[x.Target.Id].Select(m => (x.Unit, Figure: m)))
                .ToLookup(x => x.Figure.Year);
            if (byYear.Count == 0)
                continue;
            var own = group.Where(x => x.Unit == provinceCode).Select(x => x.Target).FirstOrDefault();

            List<CommuneFigure> FiguresOf(int y) => byYear[y]
                .GroupBy(x => x.Unit).Select(g => g.First())
                .Select(x => new CommuneFigure(x.Unit, names?.GetValueOrDefault(x.Unit) ?? x.Unit, x.Figure.Value, x.Figure.Numerator, x.Figure.Denominator))
                .ToList();

            var series = new List<Figure>();
            foreach (var y in byYear.Select(g => g.Key).Order())
                if (ProvinceRollup.Aggregate(indicator, FiguresOf(y)).Aggregate is { } value)
                    series.Add(new Figure(y, value));

            var asOf = year ?? byYear.Max(g => g.Key);
            // The province's target as it stood that year (a revision applies from its year on).
            var spec = own is null ? null : TargetSpec.From(own.InForce(asOf), indicator);
            var figures = FiguresOf(asOf);
            if (figures.Count == 0)
                continue;
            var ownFigure = own is null ? null : measurements[own.Id].FirstOrDefault(m => m.Year == asOf);
            var result = ProvinceRollup.Aggregate(indicator, figures, spec, ownFigure?.Effective(indicator.IsShare), asOf);
            rollups.Add(new IndicatorRollup(indicator, asOf, result, figures, own, series));
        }
        return rollups;
    }
}
