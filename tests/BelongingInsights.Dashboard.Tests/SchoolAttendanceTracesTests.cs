using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class SchoolAttendanceTracesTests
{
    private static readonly AttendanceComparison[] Rows =
    [
        new("2024/25", "Autumn", AttendanceComparison.School, "Brook Primary", false, 120, 95.5, 4.5, 0),
        new("2024/25", "Autumn", AttendanceComparison.Programme, "All schools", false, 900, 94.1, 8.0, 0),
        new("2024/25", "Spring", AttendanceComparison.School, "Brook Primary", false, 121, 94.0, 6.0, 0),
        new("2024/25", "Spring", AttendanceComparison.Programme, "All schools", true, null, null, null, 0),
        new("2024/25", AttendanceComparison.YearToDate, AttendanceComparison.School, "Brook Primary", false, 121, 94.7, 5.0, 0),
        new("2024/25", AttendanceComparison.YearToDate, AttendanceComparison.Programme, "All schools", false, 905, 93.8, 8.5, 0),
        new("2024/25", AttendanceComparison.YearToDate, AttendanceComparison.England, "England, primary schools (DfE)", false, null, 94.5, 14.0, 0),
    ];

    [Fact]
    public void Every_school_the_caller_may_see_is_a_dash_dotted_line_by_term_a_hidden_term_a_gap_and_the_table_holds_what_is_drawn()
    {
        var traces = SchoolAttendanceTraces.From(Rows).Cast<Scatter>().ToList();
        var table = ChartTables.SchoolAttendance(Rows);

        Assert.Equal(["Brook Primary", "All schools", "England, primary schools (DfE)"], traces.Select(t => t.Name));
        Assert.Equal([94.1, null], traces[1].Y);
        Assert.Equal("dashdot", traces[1].Line.Dash);
        Assert.Null(traces[0].Line);
        Assert.Equal(
            [["Brook Primary", "2024/25 Autumn"], ["All schools", "2024/25 Autumn"], ["Brook Primary", "2024/25 Spring"], ["All schools", "2024/25 Spring"],
                ["England, primary schools (DfE)", "2024/25 Year to date"]],
            table.Rows.Select(r => r.Take(2).ToArray()));
        Assert.Equal(ChartTable.Suppressed, table.Rows[3][2]);
    }
}
