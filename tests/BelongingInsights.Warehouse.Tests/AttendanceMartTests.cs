using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class AttendanceMartTests
{
    [Fact]
    public void Attendance_rate_is_totals_over_totals_per_school_and_term()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 10, absent: 4, school: "Brook Primary"));
        warehouse.Import(AttendanceCsv.For(100001, 10, absent: 8, start: "06/01/2025", end: "04/04/2025", school: "Brook Primary"));

        var rows = warehouse.Get<AttendanceBySchoolTermQuery>().Run(AccessScope.Everything);

        Assert.Equal(
            [("2024/25 Autumn", 96.0, 10), ("2024/25 Spring", 92.0, 10)],
            rows.Select(r => (r.Period, r.AttendanceRate!.Value, r.Enrolments!.Value)));
    }

    [Fact]
    public void Persistent_and_severe_absence_count_enrolments_missing_at_least_10_and_50_percent_of_their_sessions()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.WithAbsences(100001, [50, 10, 9, 0, 0, 0, 0, 0, 0, 0], school: "Brook Primary"));

        var year = Assert.Single(warehouse.Get<AttendanceYearToDateQuery>().Run(AccessScope.Everything));

        Assert.Equal((93.1, 6.9, 20.0, 10.0), (year.AttendanceRate, year.AbsenceRate, year.PersistentAbsenceRate, year.SevereAbsenceRate));
        Assert.Equal((3.5, 3.4), (year.AuthorisedAbsenceRate, year.UnauthorisedAbsenceRate));
    }

    [Fact]
    public void Year_to_date_persistent_absence_is_judged_on_the_whole_window_not_each_term()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.WithAbsences(100001, [8, .. Enumerable.Repeat(0, 9)]));
        warehouse.Import(AttendanceCsv.WithAbsences(100001, [12, .. Enumerable.Repeat(0, 9)], start: "06/01/2025", end: "04/04/2025"));

        var terms = warehouse.Scalar<string>(
            "select string_agg(period || '=' || persistent_absence_rate, ' ' order by period_order) from mart_attendance_school where urn is not null");

        Assert.Equal("Autumn=0.0 Spring=10.0 Year to date=10.0", terms);
    }

    [Fact]
    public void A_school_term_with_fewer_pupils_than_the_threshold_is_marked_suppressed_with_no_figures()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100002, 9));

        var row = Assert.Single(warehouse.Get<AttendanceBySchoolTermQuery>().Run(AccessScope.Everything));

        Assert.True(row.Suppressed);
        Assert.Null(row.Enrolments);
        Assert.Null(row.AttendanceRate);
        Assert.Null(row.AbsenceRate);
    }

    [Fact]
    public void The_suppression_threshold_is_a_setting()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "5"));
        warehouse.Import(AttendanceCsv.For(100002, 9));

        Assert.False(Assert.Single(warehouse.Get<AttendanceBySchoolTermQuery>().Run(AccessScope.Everything)).Suppressed);
    }
}
