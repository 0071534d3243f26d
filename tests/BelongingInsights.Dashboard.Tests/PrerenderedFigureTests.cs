using System.Text.Json;
using BelongingInsights.Dashboard.Components.Charts;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class PrerenderedFigureTests
{
    private const string Hostile = "</script><script>alert(1)</script> & <!--";

    [Fact]
    public void The_figure_keeps_plotlys_own_names_leaves_out_what_is_unset_and_a_gap_stays_null()
    {
        var json = PrerenderedFigure.Json([new Scatter { Name = "Brook Primary", X = ["Autumn", "Spring"], Y = [null, 90.0] }], new Layout { Height = 460 }, ChartStyle.Config("attendance"));

        using var figure = JsonDocument.Parse(json);
        var trace = figure.RootElement.GetProperty("data")[0];
        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal("Brook Primary", trace.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, trace.GetProperty("y")[0].ValueKind);
        Assert.Equal(90.0, trace.GetProperty("y")[1].GetDouble());
        Assert.False(trace.TryGetProperty("marker", out _));
        Assert.Equal(460, figure.RootElement.GetProperty("layout").GetProperty("height").GetInt32());
        Assert.Equal("attendance", figure.RootElement.GetProperty("config").GetProperty("toImageButtonOptions").GetProperty("filename").GetString());
    }

    [Fact]
    public void No_text_in_a_figure_can_end_the_script_element_it_is_written_into()
    {
        var json = PrerenderedFigure.Json([new Bar { Name = Hostile }], new Layout(), new Config());

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        using var figure = JsonDocument.Parse(json);
        Assert.Equal(Hostile, figure.RootElement.GetProperty("data")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_charts_id_is_its_parts_in_lower_case_with_hyphens_for_anything_else()
    {
        Assert.Equal("survey-items-pupil-2024-year-7-chart", ChartId.Of("survey-items", "PUPIL_2024", "Year 7"));
        Assert.Equal("evidence-audit-chart", ChartId.Of("evidence-audit", null));
    }
}
