using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class SchoolBelongingScatterTracesTests
{
    [Fact]
    public void The_least_squares_line_and_pearsons_r_are_those_of_the_points()
    {
        var fit = LinearFit.Of([(1, 2), (2, 4), (3, 5), (4, 4), (5, 5)])!;

        Assert.Equal((0.6, 2.2), (Math.Round(fit.Slope, 10), Math.Round(fit.Intercept, 10)));
        Assert.Equal(0.7746, Math.Round(fit.R, 4));
        Assert.Null(LinearFit.Of([(1, 2), (2, 4)]));
        Assert.Null(LinearFit.Of([(1, 2), (1, 4), (1, 5)]));
    }

    [Fact]
    public void Each_wave_is_a_set_of_schools_sized_by_respondents_with_its_fitted_line_and_a_suppressed_school_left_out()
    {
        var traces = SchoolBelongingScatterTraces.From(
        [
            new("Ash", "baseline", "2024/25", false, 100, 2.6, 90.0, 20.0),
            new("Birch", "baseline", "2024/25", false, 25, 2.8, 92.0, 15.0),
            new("Cedar", "baseline", "2024/25", false, 50, 3.0, 94.0, 10.0),
            new("Damson", "baseline", "2024/25", true, null, null, null, null),
            new("Ash", "endline", "2024/25", false, 90, 2.7, 91.0, 18.0),
            new("Birch", "endline", "2024/25", false, 30, 2.9, 93.0, 12.0),
        ]).Cast<Scatter>().ToList();

        Assert.Equal(["baseline 2024/25", "baseline 2024/25: fitted line, r = 1.00", "endline 2024/25"], traces.Select(t => t.Name));
        Assert.Equal([90.0, 92.0, 94.0], traces[0].X);
        Assert.Equal([2.6, 2.8, 3.0], traces[0].Y);
        Assert.Equal([30.0m, 19.0m, 23.6m], traces[0].Marker.SizeArray);
        Assert.Equal([90.0, 94.0], traces[1].X);
        Assert.Equal([2.6, 3.0], traces[1].Y.Select(y => Math.Round((double)y!, 10)));
    }
}
