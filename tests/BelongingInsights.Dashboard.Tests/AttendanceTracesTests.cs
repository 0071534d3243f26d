using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class AttendanceTracesTests
{
    private static readonly SchoolTermAttendance[] Rows =
    [
        new(100001, "Brook Primary", "2024/25", "Autumn", false, 120, 95.5, 4.5),
        new(100002, "Small School", "2024/25", "Autumn", true, null, null, null),
        new(100001, "Brook Primary", "2024/25", "Spring", false, 121, 94.0, 6.0),
        new(100002, "Small School", "2024/25", "Spring", false, 11, 90.0, 10.0),
    ];

    [Fact]
    public void Each_school_is_a_line_across_every_term_and_a_suppressed_term_is_a_gap_not_zero()
    {
        var traces = AttendanceTraces.From(Rows, []).Cast<Scatter>().ToList();

        Assert.Equal(["Brook Primary", "Small School"], traces.Select(t => t.Name));
        Assert.Equal(["2024/25 Autumn", "2024/25 Spring"], traces[1].X);
        Assert.Equal([null, 90.0], traces[1].Y);
    }

    [Fact]
    public void Englands_published_rate_is_a_dashed_line_over_the_terms_of_its_year()
    {
        var traces = AttendanceTraces.From(Rows, [new("2024/25", "Total", 93.13), new("2024/25", "Primary", 94.75), new("2023/24", "Total", 92.9)]);

        var england = Assert.IsType<Scatter>(traces[^1]);
        Assert.Equal(AttendanceTraces.EnglandTrace, england.Name);
        Assert.Equal([93.13, 93.13], england.Y);
        Assert.Equal("dash", england.Line.Dash);
    }

    [Fact]
    public void A_local_authoritys_published_rate_is_a_dotted_line_after_englands()
    {
        var traces = AttendanceTraces.From(Rows, [new("2024/25", "Total", 93.13), new("2024/25", "Total", 94.2, "Camden"), new("2024/25", "Primary", 95.0, "Camden")]);

        var camden = Assert.IsType<Scatter>(traces[^1]);
        Assert.Equal(AttendanceTraces.EnglandTrace, Assert.IsType<Scatter>(traces[^2]).Name);
        Assert.Equal("Camden, all state-funded schools (DfE)", camden.Name);
        Assert.Equal([94.2, 94.2], camden.Y);
        Assert.Equal("dot", camden.Line.Dash);
    }

    [Fact]
    public void No_england_line_is_drawn_when_no_release_covers_the_years_shown() =>
        Assert.Equal(2, AttendanceTraces.From(Rows, [new("2019/20", "Total", 95.0)]).Count);

    [Fact]
    public void Markup_in_a_school_name_is_escaped_in_the_legend_and_the_hover_text()
    {
        var trace = Assert.IsType<Scatter>(Assert.Single(AttendanceTraces.From([new(100003, "<a href=\"x\">Evil</a>", "2024/25", "Autumn", false, 120, 95.5, 4.5)], [])));

        Assert.Equal("&lt;a href=&#34;x&#34;&gt;Evil&lt;/a&gt;", trace.Name);
        Assert.DoesNotContain("<a", trace.HoverTemplate, StringComparison.Ordinal);
        Assert.Contains("&lt;a href=&#34;x&#34;&gt;Evil&lt;/a&gt;", trace.HoverTemplate, StringComparison.Ordinal);
    }
}
