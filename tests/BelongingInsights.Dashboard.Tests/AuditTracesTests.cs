using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class AuditTracesTests
{
    [Fact]
    public void Each_rating_is_a_stacked_series_with_one_bar_per_area_and_round_and_the_first_area_on_top()
    {
        var traces = AuditTraces.From(
        [
            new(100001, "Brook Primary", "baseline", 1, "Creating an inclusive culture", 3, 1, 1, 1, 33.3),
            new(100001, "Brook Primary", "endline", 1, "Creating an inclusive culture", 3, 3, 0, 0, 100.0),
            new(100001, "Brook Primary", "baseline", 3, "Fostering positive relationships", 2, 0, 2, 0, 0.0),
        ]).Cast<Bar>().ToList();

        Assert.Equal(["Fully met", "Partially met", "Not yet met"], traces.Select(t => t.Name));
        Assert.Equal(
            ["Fostering positive relationships · baseline", "Creating an inclusive culture · endline", "Creating an inclusive culture · baseline"],
            traces[0].Y);
        Assert.Equal([0, 3, 1], traces[0].X);
        Assert.Equal([2, 0, 1], traces[1].X);
        Assert.Equal([0, 0, 1], traces[2].X);
    }
}
