using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Tests;

public sealed class ExclusionTracesTests
{
    private static readonly SchoolExclusions[] Rows =
    [
        Row(100001, "Northgate High", "term", "Autumn", false, 4.62),
        Row(100002, "Small School", "term", "Autumn", true, null),
        Row(100001, "Northgate High", "term", "Spring", false, 5.38),
        Row(100002, "Small School", "term", "Spring", false, 1.2),
        Row(100001, "Northgate High", "year to date", "Year to date", false, 10.0),
    ];

    [Fact]
    public void Each_school_is_a_line_of_its_suspension_rate_across_terms_and_a_suppressed_term_is_a_gap_not_zero()
    {
        var traces = ExclusionTraces.From(Rows).Cast<Scatter>().ToList();

        Assert.Equal(["Northgate High", "Small School"], traces.Select(t => t.Name));
        Assert.Equal(["2024/25 Autumn", "2024/25 Spring"], traces[1].X);
        Assert.Equal([null, 1.2], traces[1].Y);
        Assert.Equal([4.62, 5.38], traces[0].Y);
    }

    [Fact]
    public void Year_to_date_rows_are_not_drawn_as_a_term() =>
        Assert.DoesNotContain(ExclusionTraces.From(Rows).Cast<Scatter>().SelectMany(t => t.X), x => (string)x == "2024/25 Year to date");

    [Fact]
    public void A_school_with_no_row_for_a_term_has_a_gap_there()
    {
        var traces = ExclusionTraces.From([Rows[0], Rows[2], Rows[3]]).Cast<Scatter>().ToList();

        Assert.Equal([null, 1.2], traces.Single(t => t.Name == "Small School").Y);
    }

    private static SchoolExclusions Row(int urn, string school, string window, string term, bool suppressed, double? rate) =>
        new(urn, school, "2024/25", window, term, suppressed, suppressed ? null : 130, rate is null ? null : 6, rate, null, null, 0, 0.0, null, null);
}
