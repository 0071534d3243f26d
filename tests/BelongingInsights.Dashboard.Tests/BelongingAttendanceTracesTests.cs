using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class BelongingAttendanceTracesTests
{
    [Fact]
    public void The_thirds_are_bars_in_order_per_wave_without_the_all_pupils_row_and_a_suppressed_third_has_no_bar()
    {
        var traces = BelongingAttendanceTraces.From(
        [
            new("baseline", "2024/25", "Scale score tercile", "All linked pupils", 0, false, 90, 2.9, 93.7, 22.2, null, null),
            new("baseline", "2024/25", "Scale score tercile", "Lowest third", 1, false, 30, 1.9, 88.0, 40.0, null, null),
            new("baseline", "2024/25", "Scale score tercile", "Middle third", 2, true, null, null, null, null, null, null),
            new("baseline", "2024/25", "Scale score tercile", "Highest third", 3, false, 30, 3.8, 98.0, 3.3, null, null),
            new("baseline", "2024/25", "I feel like I belong", "Positive", 1, false, 60, 3.4, 96.0, 10.0, null, null),
            new("endline", "2024/25", "Scale score tercile", "Lowest third", 1, false, 28, 2.0, 90.5, 30.0, null, null),
        ], "Scale score tercile").Cast<Bar>().ToList();

        Assert.Equal(["baseline 2024/25", "endline 2024/25"], traces.Select(t => t.Name));
        Assert.Equal(["Lowest third", "Middle third", "Highest third"], traces[0].X);
        Assert.Equal([88.0, null, 98.0], traces[0].Y);
        Assert.Equal([90.5, null, null], traces[1].Y);
    }
}
