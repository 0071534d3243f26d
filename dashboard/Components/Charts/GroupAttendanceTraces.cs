using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Bars of attendance and persistent absence per pupil group for one year (at a school, the school's name follows the
/// group); suppressed groups are left out, never drawn as zero.
/// </summary>
public static class GroupAttendanceTraces
{
    public static IList<ITrace> From(IReadOnlyList<GroupAttendance> rows)
    {
        var shown = rows.Where(r => !r.Suppressed).ToList();
        var labels = shown.Select(r => (object)ChartText.Label(r.School is null ? r.Group : $"{r.Group} ({r.School})")).ToList();
        return
        [
            new Bar { Name = "Attendance rate", X = [.. labels], Y = [.. shown.Select(r => (object?)r.AttendanceRate)] },
            new Bar { Name = "Persistent absence", X = [.. labels], Y = [.. shown.Select(r => (object?)r.PersistentAbsenceRate)] },
        ];
    }
}
