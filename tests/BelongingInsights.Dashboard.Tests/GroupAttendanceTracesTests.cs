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
        ], []).Cast<Bar>().ToList();

        Assert.Equal(["Attendance rate", "Persistent absence"], traces.Select(t => t.Name));
        Assert.Equal(["No SEND"], traces[0].X);
        Assert.Equal([94.0], traces[0].Y);
        Assert.Equal([14.0], traces[1].Y);
    }

    [Fact]
    public void The_dfes_rates_for_a_group_are_markers_over_its_bars_and_rows_after_it_in_the_table_naming_area_and_release()
    {
        GroupAttendance[] rows = [new("2024/25", "No SEND", false, 180, 94.0, 6.0, 14.0, 1.0), new("2024/25", "SEND", true, null, null, null, null, null)];
        PublishedGroupFigure[] figures =
        [
            new("2024/25", "England", "No SEND", "No SEN", "All schools", "Attendance", 93.5, "attendance-2024-25"),
            new("2024/25", "England", "No SEND", "No SEN", "All schools", "Persistent absence", 15.5, "attendance-2024-25"),
            new("2024/25", "Sutton", "No SEND", "No SEN", "All schools", "Persistent absence", 12.25, "attendance-2024-25"),
            new("2024/25", "England", "SEND", "EHC plan", "All schools", "Attendance", 88.0, "attendance-2024-25"),
            new("2023/24", "England", "No SEND", "No SEN", "All schools", "Attendance", 92.0, "attendance-2023-24"),
        ];

        var published = GroupAttendanceTraces.Published(rows, figures);
        var markers = GroupAttendanceTraces.From(rows, published).OfType<Scatter>().ToList();
        var table = ChartTables.AttendanceByGroup(rows, published);

        Assert.Equal(
            [("England (DfE), attendance", "No SEND", 93.5), ("England (DfE), persistent absence", "No SEND", 15.5), ("Sutton (DfE), persistent absence", "No SEND", 12.25)],
            markers.SelectMany(m => m.X.Zip(m.Y, (x, y) => (m.Name, (string)x, (double)y!))));
        Assert.Equal(
            [["No SEND", "Your schools", "94", "14"], ["No SEND", "England, No SEN, all schools (DfE: attendance-2024-25)", "93.5", "15.5"],
             ["No SEND", "Sutton, No SEN, all schools (DfE: attendance-2024-25)", "", "12.25"],
             ["SEND", "Your schools", "c", "c"], ["SEND", "England, EHC plan, all schools (DfE: attendance-2024-25)", "88", ""]],
            table.Rows);
    }
}
