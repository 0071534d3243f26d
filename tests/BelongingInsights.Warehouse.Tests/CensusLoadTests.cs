using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class CensusLoadTests
{
    [Fact]
    public void Snapshots_become_an_effective_dated_history_per_pupil()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(CensusCsv.For(100001, "03/10/2024", (1, "F", "N"), (2, "M", "K")), "autumn.csv");

        var spring = warehouse.Import(CensusCsv.For(100001, "16/01/2025", (1, "F", "K"), (2, "M", "K")), "spring.csv");

        Assert.Equal((ImportStatus.Succeeded, "census"), (spring.Status, spring.DetectedKind));
        Assert.Equal(
            "1900-01-01..2025-01-15 N, 2025-01-16..open K",
            warehouse.Scalar<string>(
                "select string_agg(applies_from || '..' || coalesce(cast(valid_to as varchar), 'open') || ' ' || sen_provision, ', ' order by valid_from) "
                + "from dim_pupil_characteristics where gender = 'F'"));
        Assert.Equal(2, warehouse.Scalar<long>("select count(*) from dim_pupil_characteristics where is_current"));
    }

    [Fact]
    public void A_corrected_snapshot_for_the_same_school_and_date_replaces_the_earlier_one()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(CensusCsv.For(100001, "03/10/2024", (1, "F", "N"), (2, "M", "N")), "first.csv");

        warehouse.Import(CensusCsv.For(100001, "03/10/2024", (1, "F", "E"), (2, "M", "N")), "corrected.csv");

        Assert.Equal(2, warehouse.Scalar<long>("select count(*) from dim_pupil_characteristics"));
        Assert.Equal("E", warehouse.Scalar<string>("select sen_provision from dim_pupil_characteristics where gender = 'F'"));
    }

    [Fact]
    public void Admissions_and_leavers_become_roll_changes_with_a_destination_category()
    {
        using var warehouse = new WarehouseHarness();

        warehouse.Import(CensusCsv.With(100001, "03/10/2024", (1, "F", "N", "", ""), (2, "M", "N", "18/10/2024", "Home educated")));

        Assert.Equal(
            "joined:2, left:1 elective home education",
            warehouse.Scalar<string>(
                "select string_agg(change || ':' || n || coalesce(' ' || destination, ''), ', ' order by change) from "
                + "(select change, destination, count(*) as n from fact_roll_change group by all)"));
    }

    [Fact]
    public void Attendance_joins_the_characteristics_valid_on_its_date()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(CensusCsv.For(100001, "16/01/2025", (1, "F", "K")), "spring-census.csv");
        warehouse.Import(AttendanceCsv.For(100001, 1), "autumn-attendance.csv");

        Assert.Equal("K", warehouse.Scalar<string>(
            "select c.sen_provision from fact_attendance f join dim_pupil_characteristics c "
            + "on c.pupil_key = f.pupil_key and f.period_start between c.applies_from and coalesce(c.valid_to, date '9999-12-31')"));
    }

    [Fact]
    public void A_school_first_seen_in_a_census_takes_its_name_from_a_later_attendance_export()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(CensusCsv.For(100001, "03/10/2024", (1, "F", "N")), "census.csv");

        warehouse.Import(AttendanceCsv.For(100001, 1, school: "Brook Primary"), "attendance.csv");

        Assert.Equal("Brook Primary", warehouse.Scalar<string>("select name from dim_school where urn = 100001"));
    }
}
