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
