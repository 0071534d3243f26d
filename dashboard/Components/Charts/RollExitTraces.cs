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
        var shown = Plotted(rows, byGroup).Where(r => r.UnexplainedExitRate is not null).ToList();
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

    /// <summary>
    /// The rows the chart is about: each area for all pupils, or each group over all schools, in natural order; none for
    /// a pair of groups, whose leavers are not published by exit type.
    /// </summary>
    public static IReadOnlyList<RollExits> Plotted(IReadOnlyList<RollExits> rows, bool byGroup) =>
        [.. rows.Where(r => r.ByExitType && (!byGroup || r.AreaLevel == "All schools")).OrderBy(r => byGroup ? r.Group : "", NaturalOrder.Instance)];
}
