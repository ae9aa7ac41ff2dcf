using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Web.Dashboard;

/// <summary>
/// Targets and their stored figures through the evaluation engine of NghiQuyet.Core, as lines the pages show: the
/// engine's row, its colour, and how far along the target is.
/// </summary>
public sealed class TargetLineEvaluator(OrganizationEvaluator evaluator)
{
    public List<TargetLine> Evaluate(IReadOnlyList<Target> targets, ILookup<Guid, Measurement> measurements, int year) =>
        Evaluate(targets, EvaluationQueries.Inputs(targets, measurements), year);

    public List<TargetLine> Evaluate(IReadOnlyList<Target> targets, ILookup<Guid, Figure> figures, int year) =>
        Evaluate(targets, EvaluationQueries.Inputs(targets, figures), year);

    private List<TargetLine> Evaluate(IReadOnlyList<Target> targets, List<TargetInput> inputs, int year)
    {
        var figures = inputs.Select(i => i.Figures).ToList();
        var rows = evaluator.Evaluate(inputs, year);
        return rows.Select((row, i) => new TargetLine(targets[i], row, Signals.Of(row.Evaluation), figures[i], Progress(row, figures[i]))).ToList();
    }

    internal static decimal? Progress(TargetRow row, IReadOnlyList<Figure> figures)
    {
        var e = row.Evaluation;
        if (e.Trajectory.Status == TrajectoryStatus.Achieved || e.Verdict?.Satisfied == true)
            return 100m;
        var share = e.Spec.IsShare;
        var first = figures.Select(f => f.Effective(share)).FirstOrDefault(v => v is not null);
        var latest = e.Latest?.Effective(share);
        if (e.Trajectory.TargetLevel is not { } level || first is not { } start || latest is not { } now || level == start)
            return null;
        // In double: stored figures can be anything a decimal holds, and their differences need not fit one.
        var progress = ((double)now - (double)start) / ((double)level - (double)start) * 100;
        return double.IsFinite(progress) ? (decimal)Math.Clamp(progress, 0, 100) : null;
    }
}
