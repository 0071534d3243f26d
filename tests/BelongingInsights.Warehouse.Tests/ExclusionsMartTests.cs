using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class ExclusionsMartTests
{
    private const string Spring = "06/01/2025";

    [Fact]
    public void Rates_are_per_100_pupils_on_roll_in_the_window()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "1"));
        warehouse.Import(AttendanceCsv.For(100001, 20, school: "Brook Primary"));
        warehouse.Import(IncidentCsv.Suspensions(100001,
            (1, "09/09/2024", "FIXD", "2", "DB"), (1, "04/11/2024", "LNCH", "", "DB"), (2, "16/09/2024", "FIXD", "4", "VA"), (3, "02/12/2024", "PERM", "", "PA")));

        var autumn = warehouse.Get<ExclusionsBySchoolQuery>().Run(AccessScope.Everything).Single(r => r.CountingWindow == "term");

        Assert.Equal(("2024/25 Autumn", false, 20), (autumn.Period, autumn.Suppressed, autumn.PupilsOnRoll!.Value));
        Assert.Equal((3, 15.0), (autumn.Suspensions!.Value, autumn.SuspensionRate!.Value));
        Assert.Equal((2, 10.0), (autumn.PupilsSuspended!.Value, autumn.OnePlusSuspensionRate!.Value));
        Assert.Equal((1, 5.0), (autumn.PermanentExclusions!.Value, autumn.PermanentExclusionRate!.Value));
    }

    [Fact]
    public void The_year_to_date_counts_each_pupil_once_and_the_roll_is_every_pupil_enrolled_that_year()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "1"));
        warehouse.Import(AttendanceCsv.For(100001, 20));
        warehouse.Import(AttendanceCsv.For(100001, 25, start: Spring, end: "04/04/2025"));
        warehouse.Import(IncidentCsv.Suspensions(100001, (1, "09/09/2024", "FIXD", "2", "DB"), (1, "13/01/2025", "FIXD", "2", "DB"), (2, "14/01/2025", "FIXD", "2", "DB")));

        var year = warehouse.Get<ExclusionsBySchoolQuery>().Run(AccessScope.Everything).Single(r => r.CountingWindow == "year to date");

        Assert.Equal(("Year to date", 25, 3, 12.0, 2, 8.0), (year.Term, year.PupilsOnRoll, year.Suspensions, year.SuspensionRate, year.PupilsSuspended, year.OnePlusSuspensionRate));
    }

    [Fact]
    public void Counts_under_the_threshold_are_withheld_but_zero_is_shown()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 20));
        warehouse.Import(IncidentCsv.Suspensions(100001, (1, "09/09/2024", "FIXD", "2", "DB"), (2, "16/09/2024", "FIXD", "4", "VA"), (1, "04/11/2024", "FIXD", "2", "DB")));

        var autumn = warehouse.Get<ExclusionsBySchoolQuery>().Run(AccessScope.Everything).Single(r => r.CountingWindow == "term");

        Assert.True(autumn.Suppressed);
        Assert.Equal(20, autumn.PupilsOnRoll);
        Assert.Equal((null, null, null, null), (autumn.Suspensions, autumn.SuspensionRate, autumn.PupilsSuspended, autumn.OnePlusSuspensionRate));
        Assert.Equal((0, 0.0), (autumn.PermanentExclusions!.Value, autumn.PermanentExclusionRate!.Value));
    }

    [Fact]
    public void A_school_with_fewer_pupils_on_roll_than_the_threshold_shows_no_roll_no_rate_and_no_count_but_zero()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100002, 9));
        warehouse.Import(IncidentCsv.Behaviour(100002, [.. Enumerable.Range(1, 12).Select(p => (p % 9 + 1, $"{10 + p}/09/2024", "Disruption"))]));

        var row = warehouse.Get<ExclusionsBySchoolQuery>().Run(AccessScope.Everything).Single(r => r.CountingWindow == "term");

        Assert.True(row.Suppressed);
        Assert.Equal((null, null, null), (row.PupilsOnRoll, row.BehaviourIncidents, row.BehaviourIncidentRate));
        Assert.Equal((0, null), (row.Suspensions, row.SuspensionRate));
    }

    [Fact]
    public void A_withheld_term_cannot_be_recovered_from_the_year_to_date_since_a_term_beside_it_is_withheld_instead()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "3"));
        warehouse.Import(AttendanceCsv.For(100001, 20));
        warehouse.Import(AttendanceCsv.For(100001, 20, start: Spring, end: "04/04/2025"));
        warehouse.Import(IncidentCsv.Suspensions(100001,
            [(1, "09/09/2024", "FIXD", "2", "DB"), .. Enumerable.Range(1, 5).Select(p => (p, "13/01/2025", "FIXD", "2", "DB"))]));

        var rows = warehouse.Get<ExclusionsBySchoolQuery>().Run(AccessScope.Everything);

        Assert.Equal(["Autumn=", "Spring=", "Year to date=6"], rows.Select(r => $"{r.Term}={r.Suspensions}"));
    }

    // A trust's terms beside all schools' would give away a trust of one small school (docs/suppression.md, "The
    // exclusions mart"), and no page reads them.
    [Fact]
    public void A_trust_has_a_row_for_the_year_to_date_only_and_all_schools_one_for_each_term_too()
    {
        using var warehouse = AttendanceGroupMartTests.Schools((100001, "Alpha Learning Trust", "primary", 40, 10), (100002, "Beta Trust", "secondary", 30, 0));
        warehouse.Import(IncidentCsv.Suspensions(100001, [.. Enumerable.Range(1, 12).Select(p => (p, "07/10/2024", "FIXD", "2", "DB"))]));

        Assert.Equal("All schools Autumn 12, All schools Year to date 12, Alpha Learning Trust Year to date 12, Beta Trust Year to date 0",
            warehouse.Scalar<string>("""
                select string_agg(school_name || ' ' || period || ' ' || suspensions, ', ' order by trust nulls first, period_order)
                from mart_exclusions_school
                where urn is null
                """));
    }

    [Fact]
    public void Behaviour_incidents_are_counted_per_100_pupils_on_roll_per_term()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 20));
        warehouse.Import(IncidentCsv.Behaviour(100001, [.. Enumerable.Range(1, 10).Select(p => (p, "09/09/2024", "Disruption"))]));

        var autumn = warehouse.Get<ExclusionsBySchoolQuery>().Run(AccessScope.Everything).Single(r => r.CountingWindow == "term");

        Assert.Equal((10, 50.0), (autumn.BehaviourIncidents!.Value, autumn.BehaviourIncidentRate!.Value));
    }

    [Fact]
    public void Exclusions_in_a_term_with_no_attendance_loaded_have_counts_but_no_rates()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "1"));
        warehouse.Import(IncidentCsv.Suspensions(100001, (1, "09/09/2024", "FIXD", "2", "DB")));

        var autumn = warehouse.Get<ExclusionsBySchoolQuery>().Run(AccessScope.Everything).Single(r => r.CountingWindow == "term");

        Assert.Equal((null, 1, null), (autumn.PupilsOnRoll, autumn.Suspensions, autumn.SuspensionRate));
    }
}
