using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class SurveyItemTracesTests
{
    private static readonly ItemResult[] Rows =
    [
        new(1, "I feel like I belong at my school", false, "baseline", "", false, 1200, 65.0, 62.3, 67.6, 34.0, 1.0),
        new(1, "I feel like I belong at my school", false, "endline", "", false, 850, 71.0, 67.9, 73.9, 27.0, 2.0),
        new(5, "I feel lonely at my school", true, "baseline", "", false, 1200, 87.0, 85.0, 88.8, 10.6, 2.4),
        new(5, "I feel lonely at my school", true, "endline", "", true, null, null, null, null, null, null),
    ];

    [Fact]
    public void Negative_goes_left_of_zero_unanswered_straddles_it_and_positive_goes_right_with_its_wilson_interval()
    {
        var traces = SurveyItemTraces.From(Rows).Cast<Bar>().ToList();

        Assert.Equal(["Unanswered", "Negative", "Unanswered", "Positive"], traces.Select(t => t.Name));
        Assert.Equal([false, true, true, true], traces.Select(t => t.ShowLegend));
        var (unansweredLeft, negative, unansweredRight, positive) = (traces[0], traces[1], traces[2], traces[3]);
        Assert.Equal([null, -1.2, -1.0, -0.5], unansweredLeft.X);
        Assert.Equal([null, -10.6, -27.0, -34.0], negative.X);
        Assert.Equal([null, 1.2, 1.0, 0.5], unansweredRight.X);
        Assert.Equal([null, 87.0, 71.0, 65.0], positive.X);
        Assert.Equal([null, 10.6, 27.0, 34.0], negative.CustomData);
        Assert.Equal([null, 2.4, 2.0, 1.0], unansweredRight.CustomData);
        Assert.Equal(2.6, (double)positive.ErrorX.Array[3]!, 6);
        Assert.Equal(2.7, (double)positive.ErrorX.ArrayMinus[3]!, 6);
    }

    [Fact]
    public void Each_bar_is_labelled_by_its_full_wrapped_item_and_its_wave_the_first_item_at_the_top_and_reverse_scored_items_marked()
    {
        var bar = (Bar)SurveyItemTraces.From(Rows)[3];

        var items = Assert.IsAssignableFrom<IEnumerable<object>>(bar.Y[0]).Cast<string>().ToList();
        var waves = Assert.IsAssignableFrom<IEnumerable<object>>(bar.Y[1]).Cast<string>().ToList();
        Assert.Equal(["I feel lonely at my school<br>(reverse-scored)", "I feel lonely at my school<br>(reverse-scored)",
            "I feel like I belong at my<br>school", "I feel like I belong at my<br>school"], items);
        Assert.Equal(["endline", "baseline", "endline", "baseline"], waves);
    }

    [Fact]
    public void A_label_wraps_at_spaces_and_keeps_every_word()
    {
        const string outsider = "I feel like an outsider (or left out of things) at school (reverse-scored)";

        var wrapped = SurveyItemTraces.Wrap(outsider);

        Assert.All(wrapped.Split("<br>"), line => Assert.InRange(line.Length, 1, SurveyItemTraces.LabelWidth));
        Assert.Equal(outsider, wrapped.Replace("<br>", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_gives_the_three_shares_and_the_interval_as_drawn_and_a_hidden_item_only_the_marker()
    {
        var table = ChartTables.SurveyItems(Rows);

        Assert.Equal(["Question", "Wave", "Negative (%)", "Unanswered (%)", "Positive (%)", "Positive 95% interval low", "Positive 95% interval high"], table.Columns);
        Assert.Equal(["I feel like I belong at my school", "baseline", "34", "1", "65", "62.3", "67.6"], table.Rows[0]);
        Assert.Equal(["I feel lonely at my school (reverse-scored)", "endline", "c", "c", "c", "c", "c"], table.Rows[3]);
    }

    [Fact]
    public void Markup_in_an_item_text_and_a_wave_name_is_escaped()
    {
        var bar = (Bar)SurveyItemTraces.From(
            [new(1, "I <b>belong</b>", false, "<a href='x'>wave</a>", "", false, 1200, 65.0, 62.3, 67.6, 34.0, 1.0)])[3];

        Assert.Equal(["I &lt;b&gt;belong&lt;/b&gt;"], Assert.IsAssignableFrom<IEnumerable<object>>(bar.Y[0]));
        Assert.Equal(["&lt;a href=&#39;x&#39;&gt;wave&lt;/a&gt;"], Assert.IsAssignableFrom<IEnumerable<object>>(bar.Y[1]));
        Assert.DoesNotContain("<a", bar.HoverTemplate, StringComparison.Ordinal);
    }
}
