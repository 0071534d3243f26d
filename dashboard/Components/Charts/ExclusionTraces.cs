using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// One line per school of suspensions per 100 pupils on roll across terms; a term whose count is suppressed, or
/// whose roll is not known, leaves a gap rather than a zero. Year-to-date rows are not drawn.
/// </summary>
public static class ExclusionTraces
{
    public static IList<ITrace> From(IReadOnlyList<SchoolExclusions> rows)
    {
        var terms = rows.Where(r => r.CountingWindow == "term").ToList();
        var periods = terms.Select(r => r.Period).Distinct().ToList();
        var x = periods.Select(p => (object)ChartText.Label(p)).ToList();
        return [.. terms.GroupBy(r => (r.Urn, r.SchoolName)).OrderBy(g => g.Key.SchoolName).Select(school =>
        {
            var byPeriod = school.ToDictionary(r => r.Period);
            var name = ChartText.Label(school.Key.SchoolName);
            return (ITrace)new Scatter
            {
                Name = name,
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                ConnectGaps = false,
                X = x,
                Y = [.. periods.Select(p => byPeriod.TryGetValue(p, out var r) ? (object?)r.SuspensionRate : null)],
                HoverTemplate = "%{x}: %{y:.2f} suspensions per 100 pupils<extra>" + name + "</extra>",
            };
        })];
    }
}
