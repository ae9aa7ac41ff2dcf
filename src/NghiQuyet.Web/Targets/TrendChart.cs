using System.Globalization;
using System.Net;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Web.Shared;

namespace NghiQuyet.Web.Targets;

/// <summary>
/// Yearly figures against the target, drawn on the server as inline SVG: no script, no external file, a few hundred
/// bytes. Coordinates are written with the invariant culture (a Vietnamese comma would break the SVG); labels in
/// Vietnamese format. Drawn in double, labelled from the stored decimals: any value a database holds (up to
/// ±79228162514264337593543950335) is drawn without overflow (issue 12, defect 9).
/// </summary>
public static class TrendChart
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="targetLevel">The level to reach by <paramref name="deadline"/> (null: no target line).</param>
    /// <param name="projected">Where the observed pace leads by the deadline (null: no projection).</param>
    public static string Render(IReadOnlyList<Figure> figures, bool share, decimal? targetLevel, int deadline, decimal? projected,
        string title, bool small = false)
    {
        var points = figures.Select(f => (f.Year, Stored: f.Effective(share))).Where(p => p.Stored is not null)
            .Select(p => (p.Year, Stored: p.Stored!.Value, Value: (double)p.Stored!.Value)).OrderBy(p => p.Year).ToList();
        var (width, height) = small ? (120, 32) : (640, 280);
        var (left, right, top, bottom) = small ? (2, 2, 2, 2) : (64, 24, 20, 36);
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" class=\"{(small ? "spark" : "chart")}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\">");
        svg.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        if (points.Count == 0)
            return svg.Append("</svg>").ToString();

        var firstYear = points[0].Year;
        var lastYear = Math.Max(points[^1].Year, deadline);
        var values = points.Select(p => p.Value).ToList();
        if (targetLevel is { } t)
            values.Add((double)t);
        if (projected is { } pr)
            values.Add((double)pr);
        var (min, max) = (values.Min(), values.Max());
        if (share)
            (min, max) = (Math.Max(0, min), Math.Min(100, max));
        var pad = (max - min) * 0.1;
        if (pad == 0)
            pad = Math.Abs(max) * 0.1 + 1;
        min -= pad;
        max += pad;
        double X(int year) => left + (lastYear == firstYear ? 0.5 : (year - firstYear) / (double)(lastYear - firstYear)) * (width - left - right);
        double Y(double v) => top + (1 - (v - min) / (max - min)) * (height - top - bottom);

        if (!small)
        {
            foreach (var v in Ticks(min, max))
                svg.Append(Inv, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y(v):0.#}\" y2=\"{Y(v):0.#}\" class=\"gridline\"/>")
                   .Append(Inv, $"<text x=\"{left - 6}\" y=\"{Y(v) + 4:0.#}\" class=\"ylabel\">{Label(v)}</text>");
            for (var year = firstYear; year <= lastYear; year++)
                svg.Append(Inv, $"<text x=\"{X(year):0.#}\" y=\"{height - 12}\" class=\"xlabel\">{year}</text>");
        }
        if (targetLevel is { } level)
        {
            svg.Append(Inv, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y((double)level):0.#}\" y2=\"{Y((double)level):0.#}\" class=\"target\"/>");
            if (!small)
                svg.Append(Inv, $"<text x=\"{width - right}\" y=\"{Y((double)level) - 6:0.#}\" class=\"tlabel\">{WebUtility.HtmlEncode(string.Format(Messages.ChartTargetLevel, deadline, Format.Number(level)))}</text>");
        }
        if (projected is { } p && points[^1].Year < deadline)
            svg.Append(Inv, $"<line x1=\"{X(points[^1].Year):0.#}\" y1=\"{Y(points[^1].Value):0.#}\" x2=\"{X(deadline):0.#}\" y2=\"{Y((double)p):0.#}\" class=\"projection\"/>");
        svg.Append("<polyline class=\"series\" points=\"")
           .AppendJoin(' ', points.Select(pt => string.Create(Inv, $"{X(pt.Year):0.#},{Y(pt.Value):0.#}")))
           .Append("\"/>");
        if (!small)
            foreach (var pt in points)
                svg.Append(Inv, $"<circle cx=\"{X(pt.Year):0.#}\" cy=\"{Y(pt.Value):0.#}\" r=\"4\" class=\"dot\"><title>{pt.Year}: {Format.Number(pt.Stored)}</title></circle>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>An axis value in Vietnamese format; beyond what a decimal holds (the padding around the largest stored
    /// figures), in scientific notation rather than an overflow.</summary>
    internal static string Label(double v) =>
        Math.Abs(v) < 7.9e28 ? Format.Number((decimal)v) : v.ToString("0.##E+0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>About five round values between min and max (the bar chart's axis too).</summary>
    internal static IEnumerable<double> Ticks(double min, double max)
    {
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        for (var v = Math.Ceiling(min / step) * step; v <= max; v += step)
            yield return Math.Round(v, 6);
    }
}
