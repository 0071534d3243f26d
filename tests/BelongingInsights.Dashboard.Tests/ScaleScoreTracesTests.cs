using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class ScaleScoreTracesTests
{
    [Fact]
    public void Each_group_is_a_line_over_the_waves_with_its_interval_and_alpha_and_a_suppressed_wave_is_a_gap()
    {
        var traces = ScaleScoreTraces.From(
        [
            new("baseline", "", false, 1200, 2.85, 2.81, 2.90, 0.62, 0.843, 1100),
            new("endline", "", false, 850, 3.02, 2.97, 3.06, 0.60, 0.851, 800),
            new("baseline", "SEND", false, 240, 2.60, 2.50, 2.69, 0.70, null, 5),
            new("endline", "SEND", true, null, null, null, null, null, null, null),
        ]).Cast<Scatter>().ToList();

        Assert.Equal(["All respondents", "SEND"], traces.Select(t => t.Name));
        Assert.Equal(["baseline", "endline"], traces[0].X);
        Assert.Equal([2.85, 3.02], traces[0].Y);
        Assert.Equal(0.05, (double)traces[0].ErrorY.Array[0]!, 6);
        Assert.Equal(0.04, (double)traces[0].ErrorY.ArrayMinus[0]!, 6);
        Assert.Equal(["α = 0.84", "α = 0.85"], traces[0].TextArray);
        Assert.Equal([2.60, null], traces[1].Y);
        Assert.Equal(["α not available", "α not available"], traces[1].TextArray);
    }
}
