using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.Warehouse.Tests.ScopedProgramme;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>The overview's headline figures over <see cref="ScopedProgramme"/>, against the page queries' own figures.</summary>
public sealed class OverviewTilesTests(ScopedProgramme programme)
{
    [Fact]
    public void One_schools_attendance_tile_is_its_own_year_to_date_attendance()
    {
        var school = DashboardFilter.None with { School = 100003 };
        var year = Assert.Single(programme.Warehouse.Get<AttendanceYearToDateQuery>().Run(AccessScope.Everything, school));

        var tile = Assert.Single(programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Everything, school), t => t.Measure == "Attendance (%)");

        Assert.Equal((year.AttendanceRate, year.Enrolments, year.AcademicYear), (tile.Value, tile.N, tile.Period));
    }

    [Fact]
    public void The_tiles_count_the_pupils_of_exactly_the_callers_schools()
    {
        var scope = AccessScope.Of([Alpha], []);
        var enrolments = programme.Warehouse.Get<AttendanceYearToDateQuery>().Run(scope).Sum(r => r.Enrolments);

        var tile = Assert.Single(programme.Warehouse.Get<OverviewTilesQuery>().Run(scope), t => t.Measure == "Attendance (%)");

        Assert.Equal(enrolments, tile.N);
    }

    [Fact]
    public void The_belonging_tiles_give_the_first_and_the_latest_wave()
    {
        var tiles = programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Everything).Where(t => t.Measure.StartsWith("\"I feel like I belong\"", StringComparison.Ordinal));

        Assert.Equal([("baseline", false), ("endline", true)], tiles.Select(t => (t.Period, t.Latest)));
    }

    [Fact]
    public void The_attendance_interval_is_the_ratio_of_totals_own_over_the_pupils_and_every_figure_lies_inside_its_interval()
    {
        // Each enrolment's attended and possible sessions for the year to date, read from the warehouse's own table.
        var pupils = programme.Warehouse.Get<WarehouseDatabase>().Query(
            "select attended_sessions, possible_sessions from work_attendance_enrolment where counting_window = 'year to date'",
            r => (Attended: (double)r.GetInt64(0), Possible: (double)r.GetInt64(1)));
        var ratio = pupils.Sum(p => p.Attended) / pupils.Sum(p => p.Possible);
        var spread = pupils.Sum(p => Math.Pow(p.Attended - ratio * p.Possible, 2)) / (pupils.Count - 1);
        var standardError = Math.Sqrt(pupils.Count * spread) / pupils.Sum(p => p.Possible);

        var tiles = programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Everything);

        var attendance = Assert.Single(tiles, t => t.Measure == "Attendance (%)");
        Assert.Equal(100 * (ratio - 1.959964 * standardError), attendance.Low!.Value, 0.011);
        Assert.Equal(100 * (ratio + 1.959964 * standardError), attendance.High!.Value, 0.011);
        Assert.All(tiles.Where(t => t.Value is not null), t => Assert.InRange(t.Value!.Value, t.Low!.Value, t.High!.Value));
    }

    [Fact]
    public void The_questionnaire_tile_counts_every_respondent_of_the_view_where_the_schools_own_rows_would_leave_the_small_ones_out()
    {
        var warehouse = programme.Warehouse.Get<WarehouseDatabase>();
        var all = warehouse.Query(
            "select wave, respondents from mart_survey_item where item_code in ('belong', 'pisa_belong') and grouping = 'All respondents' and urn is null order by wave_order",
            r => (r.GetString(0), (int?)r.GetInt32(1)));
        var trust = warehouse.Query(
            $"select wave, respondents from mart_survey_item where item_code in ('belong', 'pisa_belong') and grouping = 'Trust' and trust = '{Alpha}' order by wave_order",
            r => (r.GetString(0), (int?)r.GetInt32(1)));
        var oneSchool = DashboardFilter.None with { School = 100003 };

        var everything = programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Everything).Where(t => t.Measure.StartsWith("\"I feel like I belong\"", StringComparison.Ordinal));
        var alpha = programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Of([Alpha], [])).Where(t => t.Measure.StartsWith("\"I feel like I belong\"", StringComparison.Ordinal));
        var school = programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Everything, oneSchool).Where(t => t.Measure.StartsWith("\"I feel like I belong\"", StringComparison.Ordinal));

        Assert.NotEmpty(all);
        Assert.NotEmpty(trust);
        Assert.Equal(all, everything.Select(t => (t.Period, t.N)));
        Assert.Equal(trust, alpha.Select(t => (t.Period, t.N)));
        Assert.All(everything.Concat(alpha), t => Assert.Equal(0, t.SuppressedSchools));
        Assert.All(school, t => Assert.True(t.N < everything.Single(e => e.Period == t.Period).N));
    }

    [Fact]
    public void The_change_in_belonging_has_newcombes_interval_from_the_two_waves_counts()
    {
        var waves = programme.Warehouse.Get<WarehouseDatabase>().Query(
            """
            select wave_order, sum(round(positive_pct * respondents / 100))::double, sum(respondents)::double from mart_survey_item
            where item_code in ('belong', 'pisa_belong') and grouping = 'All respondents' and urn is null and not suppressed
            group by wave_order order by wave_order
            """,
            r => (Positive: r.GetDouble(1), Respondents: r.GetDouble(2)));
        var (first, last) = (Wilson(waves[0].Positive, waves[0].Respondents), Wilson(waves[^1].Positive, waves[^1].Respondents));
        var (p1, p2) = (100 * waves[0].Positive / waves[0].Respondents, 100 * waves[^1].Positive / waves[^1].Respondents);

        var tile = Assert.Single(programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Everything),
            t => t.Latest && t.Measure.StartsWith("\"I feel like I belong\"", StringComparison.Ordinal));

        Assert.Equal(p2 - p1 - Math.Sqrt(Math.Pow(p2 - last.Low, 2) + Math.Pow(first.High - p1, 2)), tile.ChangeLow!.Value, 0.011);
        Assert.Equal(p2 - p1 + Math.Sqrt(Math.Pow(last.High - p2, 2) + Math.Pow(p1 - first.Low, 2)), tile.ChangeHigh!.Value, 0.011);
        Assert.InRange(tile.Change!.Value, tile.ChangeLow.Value, tile.ChangeHigh.Value);
    }

    [Fact]
    public void A_caller_who_sees_nothing_gets_no_tiles() =>
        Assert.Empty(programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Nothing));

    /// <summary>The Wilson score 95% interval for k of n, as percentages.</summary>
    private static (double Low, double High) Wilson(double k, double n)
    {
        const double z = 1.959964;
        var p = k / n;
        var centre = p + z * z / (2 * n);
        var margin = z * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return (100 * (centre - margin) / (1 + z * z / n), 100 * (centre + margin) / (1 + z * z / n));
    }
}
