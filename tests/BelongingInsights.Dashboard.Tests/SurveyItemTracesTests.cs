using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class SurveyItemTracesTests
{
    [Fact]
    public void Each_wave_is_a_bar_series_with_its_wilson_interval_and_a_suppressed_item_has_no_bar()
    {
        var traces = SurveyItemTraces.From(
        [
            new(1, "I feel like I belong at my school", "baseline", "", false, 1200, 65.0, 62.3, 67.6, 34.0, 1.0),
            new(2, "I feel safe at school", "baseline", "", true, null, null, null, null, null, null),
            new(1, "I feel like I belong at my school", "endline", "", false, 850, 71.0, 67.9, 73.9, 28.0, 1.0),
        ]).Cast<Bar>().ToList();

        Assert.Equal(["baseline", "endline"], traces.Select(t => t.Name));
        var baseline = traces[0];
        Assert.Equal(["I feel safe at school", "I feel like I belong at my school"], baseline.Y);
        Assert.Equal([null, 65.0], baseline.X);
        Assert.Equal(2.6, (double)baseline.ErrorX.Array[1]!, 6);
        Assert.Equal(2.7, (double)baseline.ErrorX.ArrayMinus[1]!, 6);
    }

    [Fact]
    public void Markup_in_an_item_text_and_a_wave_name_is_escaped()
    {
        var bar = Assert.IsType<Bar>(Assert.Single(SurveyItemTraces.From(
            [new(1, "I <b>belong</b>", "<a href='x'>wave</a>", "", false, 1200, 65.0, 62.3, 67.6, 34.0, 1.0)])));

        Assert.Equal(["I &lt;b&gt;belong&lt;/b&gt;"], bar.Y);
        Assert.Equal("&lt;a href=&#39;x&#39;&gt;wave&lt;/a&gt;", bar.Name);
        Assert.DoesNotContain("<a", bar.HoverTemplate, StringComparison.Ordinal);
    }
}
