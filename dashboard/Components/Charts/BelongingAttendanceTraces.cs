using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Attendance rate of linked pupils in each belonging group of one measure (e.g. the scale score thirds), one bar
/// series per wave; the all-pupils row is left out, and a suppressed group has no bar (it is never drawn as zero).
/// </summary>
public static class BelongingAttendanceTraces
{
    public static IList<ITrace> From(IReadOnlyList<BelongingAttendance> rows, string measure)
    {
        var groups = rows.Where(r => r.Measure == measure && r.GroupOrder > 0).ToList();
        var names = groups.OrderBy(r => r.GroupOrder).Select(r => r.Group).Distinct().ToList();
        return [.. groups.GroupBy(r => $"{r.Wave} {r.AcademicYear}").Select(wave =>
        {
            var byGroup = wave.ToDictionary(r => r.Group);
            return (ITrace)new Bar
            {
                Name = ChartText.Label(wave.Key),
                X = [.. names.Select(ChartText.Label)],
                Y = [.. names.Select(n => byGroup.TryGetValue(n, out var r) && !r.Suppressed ? (object?)r.AttendanceRate : null)],
                HoverTemplate = "%{x}: %{y:.1f}% attendance<extra>" + ChartText.Label(wave.Key) + "</extra>",
            };
        })];
    }
}
