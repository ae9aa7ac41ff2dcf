using System.Globalization;
using System.Net;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Web.Shared;
using NghiQuyet.Web.Targets;

namespace NghiQuyet.Web.Compare;

/// <summary>One bar: a label, the figure (null: no bar), and the level its own target sets (null: no marker).</summary>
public sealed record Bar(string Label, decimal? Value, decimal? Marker);

/// <summary>
/// Horizontal bars drawn on the server as inline SVG, like <see cref="TrendChart"/>: no script, no external file.
/// Each bar carries its own target as a black tick; the reference (the province's target) is one dashed line across.
/// The table beside it is the accessible alternative; the SVG has a title and a description.
/// </summary>
public static class BarChart
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const int Width = 720, Left = 200, Right = 40, Top = 28, Bottom = 28, RowHeight = 26, BarHeight = 16;

    public static string Render(IReadOnlyList<Bar> bars, decimal? reference, string referenceLabel, string title, string description)
    {
        var height = Top + Math.Max(1, bars.Count) * RowHeight + Bottom;
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" class=\"chart bars\" role=\"img\" aria-labelledby=\"bars-title bars-desc\">");
        svg.Append("<title id=\"bars-title\">").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        svg.Append("<desc id=\"bars-desc\">").Append(WebUtility.HtmlEncode(description)).Append("</desc>");
        var values = bars.SelectMany(b => new[] { b.Value, b.Marker }).Append(reference).OfType<decimal>().Select(v => (double)v).ToList();
        if (values.Count == 0)
            return svg.Append("</svg>").ToString();
        var min = Math.Min(0, values.Min());
        var max = Math.Max(0, values.Max());
        if (max == min)
            max = min + 1;
        max += (max - min) * 0.05;
        double X(double v) => Left + (v - min) / (max - min) * (Width - Left - Right);

        foreach (var tick in TrendChart.Ticks(min, max))
            svg.Append(Inv, $"<line x1=\"{X(tick):0.#}\" x2=\"{X(tick):0.#}\" y1=\"{Top - 4}\" y2=\"{height - Bottom}\" class=\"gridline\"/>")
               .Append(Inv, $"<text x=\"{X(tick):0.#}\" y=\"{height - Bottom + 16}\" text-anchor=\"middle\">{TrendChart.Label(tick)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = Top + i * RowHeight + (RowHeight - BarHeight) / 2.0;
            svg.Append(Inv, $"<text x=\"{Left - 8}\" y=\"{y + BarHeight - 3:0.#}\" text-anchor=\"end\">{WebUtility.HtmlEncode(b.Label)}</text>");
            if (b.Value is { } v)
            {
                var (x0, x1) = (X(Math.Min(0, (double)v)), X(Math.Max(0, (double)v)));
                svg.Append(Inv, $"<rect x=\"{x0:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(1, x1 - x0):0.#}\" height=\"{BarHeight}\" class=\"bar\" data-value=\"{Data(v)}\"><title>{WebUtility.HtmlEncode(b.Label)}: {Format.Number(v)}</title></rect>");
            }
            if (b.Marker is { } m)
                svg.Append(Inv, $"<line x1=\"{X((double)m):0.#}\" x2=\"{X((double)m):0.#}\" y1=\"{y - 3:0.#}\" y2=\"{y + BarHeight + 3:0.#}\" class=\"marker\" data-value=\"{Data(m)}\"><title>{WebUtility.HtmlEncode(string.Format(Messages.ChartUnitTarget, b.Label, Format.Number(m)))}</title></line>");
        }
        if (reference is { } r)
            svg.Append(Inv, $"<line x1=\"{X((double)r):0.#}\" x2=\"{X((double)r):0.#}\" y1=\"{Top - 6}\" y2=\"{height - Bottom}\" class=\"ptarget\" data-value=\"{Data(r)}\"/>")
               .Append(Inv, $"<text x=\"{X((double)r):0.#}\" y=\"{Top - 10}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(referenceLabel)}: {Format.Number(r)}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The exact figure for machines (tests, scrapers): invariant, no trailing zeros.</summary>
    public static string Data(decimal value) => value.ToString("0.##########", Inv);
}
