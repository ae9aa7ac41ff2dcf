using NghiQuyet.Core.Extraction;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Web.Dashboard;

/// <summary>
/// How a province's dashboard is laid out: a row per commune with its worst colour per target group (communes
/// without a resolution last, the most red first), the at-risk targets most urgent first, and the province's own
/// targets at-risk first.
/// </summary>
public static class ProvinceLayout
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(Setup.Services.Vietnamese, false);

    /// <param name="lines">The communes' evaluated targets.</param>
    /// <param name="provinceTargets">The province's own targets against its communes' roll-up.</param>
    public static ProvinceDashboard Arrange(ProvinceProgress data, IReadOnlyList<TargetLine> lines, IEnumerable<ProvinceTargetLine> provinceTargets, int year)
    {
        var resolutions = data.Resolutions.Where(r => r.OrganizationCode != data.Province.Code).ToDictionary(r => r.OrganizationCode);
        var byResolution = lines.ToLookup(l => l.Target.ResolutionId);
        var rows = new List<CommuneRow>();
        var atRisk = new List<AtRiskLine>();
        foreach (var commune in data.Communes)
        {
            if (!resolutions.TryGetValue(commune.Code, out var r))
            {
                rows.Add(new CommuneRow(commune, false, new Dictionary<TargetGroup, Signal>(), 0, 0, 0, 0));
                continue;
            }
            var own = byResolution[r.Id].ToList();
            var cells = own.GroupBy(l => l.Target.Group).ToDictionary(g => g.Key, g => g.Max(l => l.Signal));
            rows.Add(new CommuneRow(commune, true, cells,
                own.Count(l => l.Signal == Signal.Red), own.Count(l => l.Signal == Signal.Orange),
                own.Count(l => l.Signal == Signal.Green), own.Count));
            atRisk.AddRange(own.Where(l => l.Signal >= Signal.Orange).Select(l => new AtRiskLine(commune, l)));
        }
        var ordered = rows
            .OrderByDescending(r => r.HasResolution)
            .ThenByDescending(r => r.Red).ThenByDescending(r => r.Orange)
            .ThenBy(r => r.Unit.Name, Vietnamese)
            .ToList();
        var risks = atRisk
            .OrderByDescending(a => a.Line.Signal)
            .ThenBy(a => Signals.Urgency(a.Line.Row.Evaluation))
            .ThenBy(a => a.Line.Row.Evaluation.Trajectory.Ratio ?? decimal.MaxValue)
            .ThenBy(a => a.Unit.Name)
            .ToList();
        return new ProvinceDashboard(data.Province, ordered, risks, year)
        {
            ProvinceTargets = provinceTargets
                .OrderByDescending(l => l.Signal)
                .ThenBy(l => l.Row is { } row ? Signals.Urgency(row.Evaluation) : int.MaxValue)
                .ThenBy(l => l.Target.Position)
                .ToList(),
        };
    }
}
