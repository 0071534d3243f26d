using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>Turns attendance rows into one line per school across terms; suppressed terms leave a gap.</summary>
public static class AttendanceTraces
{
    public static IList<ITrace> From(IReadOnlyList<SchoolTermAttendance> rows)
    {
        var periods = rows.Select(r => r.Period).Distinct().ToList();
        return [.. rows.GroupBy(r => (r.Urn, r.SchoolName)).OrderBy(g => g.Key.SchoolName).Select(school =>
        {
            var byPeriod = school.ToDictionary(r => r.Period);
            return new Scatter
            {
                Name = school.Key.SchoolName,
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = [.. periods],
                Y = [.. periods.Select(p => byPeriod.TryGetValue(p, out var r) ? (object?)r.AttendanceRate : null)],
                HoverTemplate = "%{x}: %{y:.1f}%<extra>" + school.Key.SchoolName + "</extra>",
            };
        })];
    }
}
