using BelongingInsights.Performance.Suppression;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// The suspensions and attendance tiles of a view of several schools read their marts' own aggregate rows (all
/// schools, a trust; for attendance a phase too), which suppression protects with the schools' rows: the nasty case
/// of a primary of 40 and a special school of 4 in one trust and a secondary of 30 alone in another (and, for a
/// phase, a second primary of 6 in that other trust).
/// </summary>
public sealed class AggregateTilesTests
{
    private const string Alpha = "Alpha Learning Trust";
    private const string Beta = "Beta Trust";
    private const string Suspensions = "Suspensions per 100 pupils";

    [Fact]
    public void The_suspensions_tile_of_all_schools_or_a_trust_is_every_schools_true_figure_small_schools_included()
    {
        using var warehouse = Programme(primary: 12, special: 3, secondary: 15);

        OverviewTile Tile(AccessScope scope) => Assert.Single(warehouse.Get<OverviewTilesQuery>().Run(scope), t => t.Measure == Suspensions);

        Assert.Equal((Rate(12 + 3 + 15, 40 + 4 + 30), 74, 0), (Tile(AccessScope.Everything).Value, Tile(AccessScope.Everything).N, Tile(AccessScope.Everything).SuppressedSchools));
        Assert.Equal((Rate(12 + 3, 40 + 4), 44, 0), (Tile(AccessScope.Of([Alpha], [])).Value, Tile(AccessScope.Of([Alpha], [])).N, Tile(AccessScope.Of([Alpha], [])).SuppressedSchools));
        Assert.Equal((Rate(15, 30), 30), (Tile(AccessScope.Of([Beta], [])).Value, Tile(AccessScope.Of([Beta], [])).N));
        Assert.Equal(Rate(12 + 3, 40 + 4), Assert.Single(warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Everything, DashboardFilter.None with { Trust = Alpha }), t => t.Measure == Suspensions).Value);
    }

    [Fact]
    public void The_attendance_tiles_of_all_schools_or_a_trust_count_the_special_school_too_small_to_show_alone()
    {
        using var warehouse = Programme(primary: 12, special: 3, secondary: 15);

        IEnumerable<(string, int?, int)> Tiles(AccessScope scope) =>
            warehouse.Get<OverviewTilesQuery>().Run(scope).Where(t => t.Measure is "Attendance (%)" or "Persistent absence (%)").Select(t => (t.Measure, t.N, t.SuppressedSchools));

        Assert.Equal([("Attendance (%)", 74, 0), ("Persistent absence (%)", 74, 0)], Tiles(AccessScope.Everything));
        Assert.Equal([("Attendance (%)", 44, 0), ("Persistent absence (%)", 44, 0)], Tiles(AccessScope.Of([Alpha], [])));
    }

    [Fact]
    public void A_caller_who_may_not_see_every_school_of_an_aggregate_gets_the_schools_they_see_with_the_hidden_ones_counted()
    {
        using var warehouse = Programme(primary: 12, special: 3, secondary: 15);

        var alphaAndOneSchool = Assert.Single(warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Of([Alpha], [100003])), t => t.Measure == Suspensions);
        var oneSchool = Assert.Single(warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Of([], [100002])), t => t.Measure == Suspensions);

        Assert.Equal((Rate(15, 30), 30, 2), (alphaAndOneSchool.Value, alphaAndOneSchool.N, alphaAndOneSchool.SuppressedSchools));
        Assert.Equal((null, null, 1, null), (oneSchool.Value, oneSchool.N, oneSchool.SuppressedSchools, oneSchool.SuppressionReason));
    }

    [Fact]
    public void A_hidden_aggregate_gives_no_figure_and_says_why()
    {
        using var warehouse = Programme(primary: 4, special: 3, secondary: 15);

        OverviewTile Tile(AccessScope scope) => Assert.Single(warehouse.Get<OverviewTilesQuery>().Run(scope), t => t.Measure == Suspensions);

        Assert.Equal((Rate(4 + 3 + 15, 74), null), (Tile(AccessScope.Everything).Value, Tile(AccessScope.Everything).SuppressionReason));
        Assert.Equal((null, SuppressionReason.Small), (Tile(AccessScope.Of([Alpha], [])).Value, Tile(AccessScope.Of([Alpha], [])).SuppressionReason));
        Assert.Equal((null, SuppressionReason.Complement), (Tile(AccessScope.Of([Beta], [])).Value, Tile(AccessScope.Of([Beta], [])).SuppressionReason));
    }

    [Fact]
    public void A_schools_page_gives_its_trusts_hidden_suspensions_no_figure_and_says_why_beside_all_schools_figure()
    {
        using var warehouse = Programme(primary: 4, special: 3, secondary: 15);

        var headline = Assert.Single(warehouse.Get<SchoolPageQuery>().Headlines(AccessScope.Everything, 100001), h => h.Measure == Suspensions);

        var own = Assert.Single(headline.School);
        var trust = Assert.Single(headline.Trust!.Tiles);
        var programme = Assert.Single(headline.Programme!.Tiles);
        Assert.Equal((null, null, 1), (own.Value, own.N, own.SuppressedSchools));
        Assert.Equal(($"All schools of {Alpha}", null, null, SuppressionReason.Small), (headline.Trust.Area, trust.Value, trust.N, trust.SuppressionReason));
        Assert.Equal(("All schools", Rate(4 + 3 + 15, 74), 74), (headline.Programme.Area, programme.Value, programme.N));
        Assert.Equal(SuppressionReason.Complement,
            Assert.Single(Assert.Single(warehouse.Get<SchoolPageQuery>().Headlines(AccessScope.Everything, 100003), h => h.Measure == Suspensions).Trust!.Tiles).SuppressionReason);
    }

    [Fact]
    public void The_audit_passes_the_aggregates_and_fails_once_the_complement_beside_the_special_school_is_shown()
    {
        using var warehouse = Programme(primary: 12, special: 3, secondary: 15);
        using var connection = warehouse.Open();
        var audits = SuppressionAudit.Run(connection, 10);
        Assert.True(audits.Single(a => a.Mart == "exclusions").Small > 0);
        Assert.Empty(audits.SelectMany(a => a.Exposed));

        // Break it: show the primary's suspensions, hidden as the complement of the special school's within their trust.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                update mart_exclusions_school
                set suspensions = 12, suspensions_reason = null
                where urn = 100001 and suspensions_reason = 'complement'
                """;
            Assert.True(command.ExecuteNonQuery() > 0);
        }

        var exposed = SuppressionAudit.Run(connection, 10).Single(r => r.Mart == "exclusions").Exposed;

        Assert.Contains(exposed, e => e.Contains(" 100002 ", StringComparison.Ordinal) && e.EndsWith(" 3 to 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phase_chosen_reads_the_phases_own_attendance_row_its_true_sum_across_trusts_or_hidden_with_its_reason()
    {
        using var warehouse = ProgrammeWithTwoPrimaries();

        OverviewTile Tile(AccessScope scope, string phase, string measure) =>
            Assert.Single(warehouse.Get<OverviewTilesQuery>().Run(scope, DashboardFilter.None with { Phase = phase }), t => t.Measure == measure);

        var primary = Tile(AccessScope.Everything, "Primary", "Attendance (%)");
        var special = Tile(AccessScope.Everything, "Special", "Persistent absence (%)");

        Assert.Equal((46, 0, null), (primary.N, primary.SuppressedSchools, primary.SuppressionReason));
        Assert.Equal((null, null, SuppressionReason.Small), (special.Value, special.N, special.SuppressionReason));
    }

    [Fact]
    public void A_phase_chosen_by_a_caller_who_sees_only_some_of_its_schools_gets_their_schools_rows_not_the_phases()
    {
        using var warehouse = ProgrammeWithTwoPrimaries();

        var tile = Assert.Single(warehouse.Get<OverviewTilesQuery>().Run(AccessScope.Of([Beta], []), DashboardFilter.None with { Phase = "Primary" }),
            t => t.Measure == "Attendance (%)");

        Assert.Equal((null, 1), (tile.N, tile.SuppressedSchools));
    }

    [Fact]
    public void The_audit_passes_the_phase_rows_and_fails_once_a_phase_hidden_beside_the_small_special_school_is_shown()
    {
        using var warehouse = ProgrammeWithTwoPrimaries();
        using var connection = warehouse.Open();
        Assert.Empty(SuppressionAudit.Run(connection, 10).SelectMany(a => a.Exposed));

        // Break it: show the phase rows hidden as complements; all schools less them gives the special school away.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                update mart_attendance_school as m
                set enrolments = c.enrolments, suppressed = false, suppression_reason = null
                from work_attendance_group_cell as c
                where c.school is null and c.trust is null and c.phase = m.phase
                    and c.gender is null and c.send is null and c.fsm is null and c.disadvantaged is null
                    and c.eal is null and c.ethnicity is null and c.year_group is null
                    and c.academic_year = m.academic_year and c.counting_window = m.counting_window and c.period = m.period
                    and m.urn is null and m.trust is null and m.suppression_reason = 'complement'
                """;
            Assert.True(command.ExecuteNonQuery() > 0);
        }

        var exposed = SuppressionAudit.Run(connection, 10).Single(r => r.Mart == "attendance_group").Exposed;

        Assert.Contains(exposed, e => e.Contains(" 100002 ", StringComparison.Ordinal));
    }

    private static double Rate(int suspensions, int pupils) => Math.Round(100.0 * suspensions / pupils, 2);

    /// <summary>The nasty case with each school's suspensions in the autumn term, one pupil each.</summary>
    private static WarehouseHarness Programme(int primary, int special, int secondary) =>
        WithSuspensions(
            AttendanceGroupMartTests.Schools((100001, Alpha, "primary", 40, 10), (100002, Alpha, "special", 4, 20), (100003, Beta, "secondary", 30, 0)),
            (100001, primary), (100002, special), (100003, secondary));

    /// <summary>The nasty case and a second primary, of 6, in Beta Trust.</summary>
    private static WarehouseHarness ProgrammeWithTwoPrimaries() =>
        WithSuspensions(
            AttendanceGroupMartTests.Schools((100001, Alpha, "primary", 40, 10), (100002, Alpha, "special", 4, 20),
                (100003, Beta, "secondary", 30, 0), (100004, Beta, "primary", 6, 5)),
            (100001, 12), (100002, 3), (100003, 15), (100004, 2));

    private static WarehouseHarness WithSuspensions(WarehouseHarness warehouse, params (int Urn, int Count)[] suspensions)
    {
        foreach (var (urn, count) in suspensions)
            warehouse.Import(IncidentCsv.Suspensions(urn, [.. Enumerable.Range(1, count).Select(p => (p, "07/10/2024", "FIXD", "2", "DB"))]), $"suspensions-{urn}.csv");
        return warehouse;
    }
}
