using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// One school's 360 audit as horizontal stacked bars: one bar per area and round (areas in audit order, first
/// at the top), split into the items fully, partially and not yet met.
/// </summary>
public static class AuditTraces
{
    public static IList<ITrace> From(IReadOnlyList<AuditArea> rows)
    {
        var bars = rows.OrderBy(r => r.AreaOrder).ToList();
        bars.Reverse();
        var labels = bars.Select(r => (object)ChartText.Label($"{r.Area} · {r.Round}")).ToList();
        return
        [
            Series("Fully met", ChartStyle.Green, labels, bars.Select(r => r.FullyMet)),
            Series("Partially met", ChartStyle.Orange, labels, bars.Select(r => r.PartiallyMet)),
            Series("Not yet met", ChartStyle.Vermillion, labels, bars.Select(r => r.NotYetMet)),
        ];
    }

    /// <summary>
    /// The bars' layout, narrow enough for A4 and a phone: a row per area and round, stacked, the left margin as wide
    /// as the areas' names, the legend above.
    /// </summary>
    public static Plotly.Blazor.Layout Layout(int bars) => new()
    {
        Height = 80 + 22 * bars,
        BarMode = Plotly.Blazor.LayoutLib.BarModeEnum.Stack,
        Colorway = ChartStyle.OkabeIto,
        YAxis = [new Plotly.Blazor.LayoutLib.YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero }],
        Margin = new Plotly.Blazor.LayoutLib.Margin { T = 10, B = 30, L = 10, R = 10 },
        Legend = [new Plotly.Blazor.LayoutLib.Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.02m, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom }],
    };

    private static Bar Series(string name, string colour, List<object> labels, IEnumerable<int> counts) => new()
    {
        Name = name,
        Orientation = OrientationEnum.H,
        Y = labels,
        X = [.. counts.Select(c => (object)c)],
        Marker = new Marker { Color = colour },
        HoverTemplate = "%{y}: %{x} items<extra>" + name + "</extra>",
    };
}
