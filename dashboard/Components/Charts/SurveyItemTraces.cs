using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// One horizontal bar series per wave: each item's percentage positive with its Wilson 95% interval as an error
/// bar. A suppressed item has no bar (it is never drawn as zero).
/// </summary>
public static class SurveyItemTraces
{
    public static IList<ITrace> From(IReadOnlyList<ItemResult> rows)
    {
        var items = rows.OrderBy(r => r.ItemOrder).Select(r => r.Item).Distinct().Reverse().ToList();
        return [.. rows.GroupBy(r => r.Wave).Select(wave =>
        {
            var byItem = wave.ToDictionary(r => r.Item);
            var shown = items.Select(i => byItem.TryGetValue(i, out var r) && !r.Suppressed ? r : null).ToList();
            return (ITrace)new Bar
            {
                Name = ChartText.Label(wave.Key),
                Orientation = OrientationEnum.H,
                Y = [.. items.Select(ChartText.Label)],
                X = [.. shown.Select(r => (object?)r?.PositivePct)],
                ErrorX = new ErrorX
                {
                    Type = Plotly.Blazor.Traces.BarLib.ErrorXLib.TypeEnum.Data,
                    Symmetric = false,
                    Array = [.. shown.Select(r => (object?)(r is null ? null : r.PositiveHigh - r.PositivePct))],
                    ArrayMinus = [.. shown.Select(r => (object?)(r is null ? null : r.PositivePct - r.PositiveLow))],
                },
                HoverTemplate = "%{y}: %{x:.0f}% positive<extra>" + ChartText.Label(wave.Key) + "</extra>",
            };
        })];
    }
}
