using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Bars of attendance and persistent absence per pupil group for one year (at a school, the school's name follows the
/// group), in natural order (Year 2 before Year 10); suppressed groups are left out, never drawn as zero.
/// </summary>
public static class GroupAttendanceTraces
{
    public static IList<ITrace> From(IReadOnlyList<GroupAttendance> rows)
    {
        var shown = rows.Where(r => !r.Suppressed).OrderBy(Label, NaturalOrder.Instance).ToList();
        var labels = shown.Select(r => (object)ChartText.Label(Label(r))).ToList();
        return
        [
            new Bar { Name = "Attendance rate", X = [.. labels], Y = [.. shown.Select(r => (object?)r.AttendanceRate)] },
            new Bar { Name = "Persistent absence", X = [.. labels], Y = [.. shown.Select(r => (object?)r.PersistentAbsenceRate)] },
        ];
    }

    /// <summary>A group as the chart names it: at a school, the school's name follows the group.</summary>
    public static string Label(GroupAttendance row) => row.School is null ? row.Group : $"{row.Group} ({row.School})";
}
