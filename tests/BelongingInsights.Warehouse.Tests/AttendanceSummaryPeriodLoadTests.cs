using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>The upload's <c>period</c> field reaches a summary without date columns, and is kept in the ledger.</summary>
public sealed class AttendanceSummaryPeriodLoadTests
{
    private static readonly string Undated =
        $"UPN,URN,Possible,Present,AEA,Authorised,Unauthorised\n{AttendanceCsv.Upn(1)},100001,10,8,0,1,1\n{AttendanceCsv.Upn(2)},100001,10,10,0,0,0\n";

    [Fact]
    public void A_summary_without_dates_loads_for_the_period_chosen_at_upload()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import(Undated, period: "06/01/2025-11/04/2025");

        Assert.Equal((ImportStatus.Succeeded, 2), (import.Status, import.RowsLoaded));
        Assert.Equal("06/01/2025-11/04/2025", import.Period);
        Assert.Equal("2025-01-06 2025-04-11 2",
            warehouse.Scalar<string>("select min(period_start) || ' ' || max(period_end) || ' ' || count(*) from fact_attendance"));
    }

    [Fact]
    public void Without_a_period_it_is_rejected_naming_the_field_and_loads_nothing()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import(Undated);

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Contains("'period' field", import.Message, StringComparison.Ordinal);
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from fact_attendance"));
    }

    [Fact]
    public void The_same_file_for_another_period_is_not_a_duplicate()
    {
        using var warehouse = new WarehouseHarness();

        warehouse.Import(Undated, period: "06/01/2025-11/04/2025");
        var summer = warehouse.Import(Undated, period: "28/04/2025-18/07/2025");

        Assert.Null(summer.DuplicateOf);
        Assert.Equal(4, warehouse.Scalar<long>("select count(*) from fact_attendance"));
    }
}
