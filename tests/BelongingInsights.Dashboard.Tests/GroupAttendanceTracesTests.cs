using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class GroupAttendanceTracesTests
{
    [Fact]
    public void Suppressed_groups_are_left_out_of_the_bars_rather_than_drawn_as_zero()
    {
        var traces = GroupAttendanceTraces.From(
        [
            new("2024/25", "No SEND", false, 180, 94.0, 6.0, 14.0, 1.0),
            new("2024/25", "SEND", true, null, null, null, null, null),
        ]).Cast<Bar>().ToList();

        Assert.Equal(["Attendance rate", "Persistent absence"], traces.Select(t => t.Name));
        Assert.Equal(["No SEND"], traces[0].X);
        Assert.Equal([94.0], traces[0].Y);
        Assert.Equal([14.0], traces[1].Y);
    }
}
