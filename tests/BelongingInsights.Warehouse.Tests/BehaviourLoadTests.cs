using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class BehaviourLoadTests
{
    [Fact]
    public void Each_incident_is_one_fact_row_with_no_upn_comment_or_staff_name_stored()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import(IncidentCsv.Behaviour(100001, (1, "09/09/2024", "Disruption"), (1, "10/09/2024", "Disruption"), (2, "09/09/2024", "Defiance")));

        Assert.Equal((ImportStatus.Succeeded, "behaviour", 3), (import.Status, import.DetectedKind, import.RowsLoaded));
        Assert.Equal("Defiance:1, Disruption:2", warehouse.Scalar<string>(
            "select string_agg(incident_type || ':' || n, ', ' order by incident_type) from (select incident_type, count(*) as n from fact_behaviour_incident group by all)"));
        Assert.Equal(0, warehouse.Scalar<long>(
            $"select count(*) from fact_behaviour_incident where concat_ws(',', incident_type, location, action_taken) like '%Smith%' or concat_ws(',', incident_type, location, action_taken) like '%{AttendanceCsv.Upn(1)}%'"));
    }

    [Fact]
    public void A_corrected_export_replaces_the_schools_incidents_within_its_first_to_last_date_and_keeps_the_rest()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(IncidentCsv.Behaviour(100001, (1, "09/09/2024", "Disruption"), (2, "20/09/2024", "Defiance"), (3, "04/11/2024", "Lateness")), "autumn.csv");
        warehouse.Import(IncidentCsv.Behaviour(100002, (1, "10/09/2024", "Disruption")), "other-school.csv");

        warehouse.Import(IncidentCsv.Behaviour(100001, (1, "09/09/2024", "Disruption"), (2, "30/09/2024", "Defiance")), "september-corrected.csv");

        Assert.Equal("100001 2024-09-09, 100001 2024-09-30, 100001 2024-11-04, 100002 2024-09-10", warehouse.Scalar<string>(
            "select string_agg(s.urn || ' ' || f.incident_date, ', ' order by s.urn, f.incident_date) from fact_behaviour_incident as f join dim_school as s using (school_key)"));
    }

    [Fact]
    public void An_export_without_a_urn_column_loads_for_the_school_chosen_at_upload()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import($"UPN,Date,Type\n{AttendanceCsv.Upn(1)},09/09/2024,Disruption\n", schoolUrn: 100777);

        Assert.Equal(ImportStatus.Succeeded, import.Status);
        Assert.Equal(100777, warehouse.Scalar<int>("select s.urn from fact_behaviour_incident join dim_school as s using (school_key)"));
    }
}
