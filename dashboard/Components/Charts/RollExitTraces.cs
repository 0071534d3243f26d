using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Bars of the unexplained-exit rate for one year: one per area (all schools, each trust, each school) for all pupils,
/// or one per pupil group across all schools. Suppressed rates are left out, never drawn as zero.
/// </summary>
public static class RollExitTraces
{
    public static IList<ITrace> From(IReadOnlyList<RollExits> rows, bool byGroup)
    {
        var shown = rows.Where(r => r.UnexplainedExitRate is not null && (!byGroup || r.AreaLevel == "All schools")).ToList();
        return
        [
            new Bar
            {
                Name = "Unexplained exits per 100 on roll",
                X = [.. shown.Select(r => (object)ChartText.Label(byGroup ? r.Group : r.Area))],
                Y = [.. shown.Select(r => (object?)r.UnexplainedExitRate)],
            },
        ];
    }
}
