using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class RollExitTracesTests
{
    private static readonly RollExits[] Rows =
    [
        new("2024/25", "All schools", "All schools", "Male", 400, 30, 12, null, 15, 3.75, 9, null, null, null),
        new("2024/25", "All schools", "All schools", "Female", 380, 12, 12, null, null, null, null, null, null, null),
        new("2024/25", "School", "Brook Primary", "Male", 200, 14, 5, null, 9, 4.5, null, null, null, null),
    ];

    [Fact]
    public void By_group_the_bars_are_the_groups_across_all_schools_and_suppressed_rates_are_left_out()
    {
        var bar = Assert.IsType<Bar>(Assert.Single(RollExitTraces.From(Rows, byGroup: true)));

        Assert.Equal(["Male"], bar.X);
        Assert.Equal([3.75], bar.Y);
    }

    [Fact]
    public void For_all_pupils_the_bars_are_the_areas()
    {
        var bar = Assert.IsType<Bar>(Assert.Single(RollExitTraces.From(Rows, byGroup: false)));

        Assert.Equal(["All schools", "Brook Primary"], bar.X);
        Assert.Equal([3.75, 4.5], bar.Y);
    }

    [Fact]
    public void Markup_in_a_trust_name_is_escaped_on_the_axis()
    {
        var bar = Assert.IsType<Bar>(Assert.Single(RollExitTraces.From(
            [new("2024/25", "Trust", "<a href=\"x\">Evil</a> & Co", "All pupils", 200, 14, 5, null, 9, 4.5, null, null, null, null)], byGroup: false)));

        Assert.Equal(["&lt;a href=&#34;x&#34;&gt;Evil&lt;/a&gt; &amp; Co"], bar.X);
    }

    [Fact]
    public void A_pairs_rows_are_not_plotted_since_how_their_leavers_left_is_not_published()
    {
        RollExits[] pair = [new("2024/25", "All schools", "All schools", "Male · SEND", 120, 14, null, null, null, null, null, null, null, null, ByExitType: false, ByDestination: false)];

        Assert.Empty(RollExitTraces.Plotted(pair, byGroup: true));
        Assert.Empty(ChartTables.UnexplainedExits(pair, byGroup: true).Rows);
    }
}
