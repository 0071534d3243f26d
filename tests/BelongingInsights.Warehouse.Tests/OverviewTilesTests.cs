using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using static BelongingInsights.Warehouse.Tests.ScopedProgramme;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>The overview's headline figures over <see cref="ScopedProgramme"/>, against the page queries' own figures.</summary>
public sealed class OverviewTilesTests(ScopedProgramme programme) : IClassFixture<ScopedProgramme>
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
    public void A_caller_who_sees_nothing_gets_no_tiles() =>
        Assert.Empty(programme.Warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Nothing));
}
