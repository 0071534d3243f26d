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

        var rows = warehouse.Get<AttendanceBySchoolTermQuery>().Run();

        Assert.Equal(
            [("2024/25 Autumn", 96.0, 10), ("2024/25 Spring", 92.0, 10)],
            rows.Select(r => (r.Period, r.AttendanceRate!.Value, r.Pupils!.Value)));
    }

    [Fact]
    public void A_school_term_with_fewer_pupils_than_the_threshold_is_marked_suppressed_with_no_figures()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100002, 9));

        var row = Assert.Single(warehouse.Get<AttendanceBySchoolTermQuery>().Run());

        Assert.True(row.Suppressed);
        Assert.Null(row.Pupils);
        Assert.Null(row.AttendanceRate);
        Assert.Null(row.AbsenceRate);
    }

    [Fact]
    public void The_suppression_threshold_is_a_setting()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", "5"));
        warehouse.Import(AttendanceCsv.For(100002, 9));

        Assert.False(Assert.Single(warehouse.Get<AttendanceBySchoolTermQuery>().Run()).Suppressed);
    }
}
