using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>Bars of attendance and persistent absence per pupil group for one year; suppressed groups are left out, never drawn as zero.</summary>
public static class GroupAttendanceTraces
{
    public static IList<ITrace> From(IReadOnlyList<GroupAttendance> rows)
    {
        var shown = rows.Where(r => !r.Suppressed).ToList();
        return
        [
            new Bar { Name = "Attendance rate", X = [.. shown.Select(r => (object)ChartText.Label(r.Group))], Y = [.. shown.Select(r => (object?)r.AttendanceRate)] },
            new Bar { Name = "Persistent absence", X = [.. shown.Select(r => (object)ChartText.Label(r.Group))], Y = [.. shown.Select(r => (object?)r.PersistentAbsenceRate)] },
        ];
    }
}
