using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class ChartTableTests
{
    [Fact]
    public void A_suppressed_group_is_the_marker_in_the_table_and_the_csv_never_a_number()
    {
        var table = ChartTables.AttendanceByGroup(
        [
            new("2024/25", "No SEND", false, 180, 94.25, 6.0, 14.5, 1.0),
            new("2024/25", "SEND", true, null, null, null, null, null),
        ], []);

        Assert.Equal([["No SEND", "Your schools", "94.25", "14.5"], ["SEND", "Your schools", "c", "c"]], table.Rows);
        Assert.Equal("Group,Figures from,Attendance rate (%),Persistent absence (%)\r\nNo SEND,Your schools,94.25,14.5\r\nSEND,Your schools,c,c\r\n", ChartCsv.Write(table));
    }

    [Fact]
    public void The_table_holds_the_figures_the_chart_plots_in_the_same_natural_order()
    {
        GroupAttendance[] rows =
        [
            new("2024/25", "Year 10", false, 30, 90.5, 9.5, 20.0, 2.0),
            new("2024/25", "Year 2", false, 30, 95.5, 4.5, 10.0, 0.0),
            new("2024/25", "Year 1", false, 30, 96.0, 4.0, 8.0, 0.0),
        ];

        var bars = GroupAttendanceTraces.From(rows, []).Cast<Bar>().ToList();
        var table = ChartTables.AttendanceByGroup(rows, []);

        Assert.Equal(["Year 1", "Year 2", "Year 10"], bars[0].X);
        Assert.Equal(bars[0].X.Select(x => (string)x), table.Rows.Select(r => r[0]));
        Assert.Equal(bars[0].Y.Select(y => Convert.ToString(y, System.Globalization.CultureInfo.InvariantCulture)), table.Rows.Select(r => r[2]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("Oak Primary", "Oak Primary")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_a_number_kept(string cell, string written) =>
        Assert.Equal(written, ChartCsv.Neutralised(cell));

    [Fact]
    public void A_chart_whose_every_figure_is_suppressed_says_so_and_one_with_a_figure_does_not()
    {
        var none = ChartTables.AttendanceByTerm([new(1, "Oak", "2024/25", "Autumn", true, null, null, null)]);
        var some = ChartTables.AttendanceByTerm([new(1, "Oak", "2024/25", "Autumn", true, null, null, null), new(2, "Ash", "2024/25", "Autumn", false, 40, 93.0, 7.0)]);

        Assert.True(none.AllSuppressed);
        Assert.False(some.AllSuppressed);
    }

    [Fact]
    public void Natural_order_puts_numbers_by_value()
    {
        string[] labels = ["Year 10", "Year 2", "Reception", "Year 1", "Year 11"];

        Assert.Equal(["Reception", "Year 1", "Year 2", "Year 10", "Year 11"], labels.Order(NaturalOrder.Instance));
    }
}
