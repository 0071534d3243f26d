using BelongingInsights.Etl.Suspensions;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class SuspensionsLoadTests
{
    [Fact]
    public void Reasons_are_stored_as_exported_and_as_dfe_codes_with_days_doubled_into_sessions()
    {
        using var warehouse = new WarehouseHarness();
        var csv = "UPN,URN,Exclusion Type,Start Date,Length (days),Reason,Second reason,Third reason\n"
            + $"{AttendanceCsv.Upn(1)},100001,Fixed Term,09/09/2024,1.5,PD,Physical assault against an adult,LD\n"
            + $"{AttendanceCsv.Upn(2)},100001,PERM,01/10/2024,,OW,,\n";

        var import = warehouse.Import(csv);

        Assert.Equal((ImportStatus.Succeeded, "suspensions", 2), (import.Status, import.DetectedKind, import.RowsLoaded));
        Assert.Equal(
            "permanent - OW:OW, suspension 3 PD:DB Physical assault against an adult:PA LD:OT",
            warehouse.Scalar<string>(
                "select string_agg(concat_ws(' ', category, coalesce(cast(sessions as varchar), '-'), reason_1_raw || ':' || reason_1, reason_2_raw || ':' || reason_2, reason_3_raw || ':' || reason_3), ', ' order by category) from fact_exclusion"));
    }

    [Fact]
    public void A_corrected_export_replaces_the_schools_exclusions_starting_within_its_date_range()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(IncidentCsv.Suspensions(100001, (1, "09/09/2024", "FIXD", "2", "DB"), (2, "16/09/2024", "FIXD", "4", "VA"), (3, "06/01/2025", "PERM", "", "PA")), "first.csv");

        warehouse.Import(IncidentCsv.Suspensions(100001, (1, "09/09/2024", "FIXD", "2", "DB"), (2, "16/09/2024", "FIXD", "6", "VA")), "corrected.csv");

        Assert.Equal("2024-09-09 2, 2024-09-16 6, 2025-01-06 -", warehouse.Scalar<string>(
            "select string_agg(start_date || ' ' || coalesce(cast(sessions as varchar), '-'), ', ' order by start_date) from fact_exclusion"));
    }

    [Fact]
    public void Every_dfe_code_a_reason_can_map_to_is_in_the_reason_dimension()
    {
        using var warehouse = new WarehouseHarness();

        var known = warehouse.Scalar<string>("select string_agg(reason_code, ',' order by reason_code) from dim_exclusion_reason")!.Split(',');

        Assert.Subset(known.ToHashSet(), ExclusionReasons.DfeCodes.ToHashSet());
        Assert.Equal(15, warehouse.Scalar<long>("select count(*) from dim_exclusion_reason where in_current_list"));
    }
}
