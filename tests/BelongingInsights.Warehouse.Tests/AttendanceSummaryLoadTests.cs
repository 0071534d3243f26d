using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class AttendanceSummaryLoadTests
{
    [Fact]
    public void A_file_lands_in_the_dimensions_and_facts_with_pupils_pseudonymised()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import(AttendanceCsv.For(100001, 12, school: "Brook Primary"));

        Assert.Equal((ImportStatus.Succeeded, "attendance-summary", 12, 12), (import.Status, import.DetectedKind, import.RowsRead, import.RowsLoaded));
        Assert.Equal("Brook Primary", warehouse.Scalar<string>("select name from dim_school where urn = 100001"));
        Assert.Equal(12, warehouse.Scalar<long>("select count(*) from dim_pupil"));
        Assert.Equal(1200, warehouse.Scalar<long>("select sum(possible_sessions)::bigint from fact_attendance"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from stg_attendance_summary"));
    }

    [Fact]
    public void No_upn_is_stored_anywhere_in_the_warehouse()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12));

        using var connection = warehouse.Open();
        var columns = new List<(string Table, string Column)>();
        using (var command = connection.Command("select table_name, column_name from duckdb_columns() where data_type = 'VARCHAR' and schema_name = 'main' and not internal"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (table, column) in columns)
        {
            var hits = connection.Scalar<long>($"select count(*) from \"{table}\" where \"{column}\" like '%' || $upn || '%'", ("upn", AttendanceCsv.Upn(1)));
            Assert.True(hits == 0, $"{table}.{column} holds a UPN");
        }
    }

    [Fact]
    public void Importing_the_same_file_twice_changes_nothing()
    {
        using var warehouse = new WarehouseHarness();
        var csv = AttendanceCsv.For(100001, 12);
        var first = warehouse.Import(csv);

        var second = warehouse.Import(csv, "renamed.csv");

        Assert.Equal(ImportStatus.Succeeded, second.Status);
        Assert.Equal(first.Id, second.DuplicateOf);
        Assert.Equal(0, second.RowsLoaded);
        Assert.Equal(12, warehouse.Scalar<long>("select count(*) from fact_attendance"));
    }

    [Fact]
    public void A_corrected_export_for_the_same_school_and_period_replaces_the_earlier_one()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12, absent: 5));
        warehouse.Import(AttendanceCsv.For(100001, 12, absent: 5, start: "06/01/2025", end: "04/04/2025"));

        var corrected = warehouse.Import(AttendanceCsv.For(100001, 11, absent: 10));

        Assert.Equal(ImportStatus.Succeeded, corrected.Status);
        Assert.Equal(23, warehouse.Scalar<long>("select count(*) from fact_attendance"));
        Assert.Equal(110, warehouse.Scalar<long>("select sum(authorised_absence + unauthorised_absence)::bigint from fact_attendance where period_start = date '2024-09-02'"));
    }

    [Fact]
    public void A_file_with_more_than_five_percent_bad_rows_is_rejected_and_nothing_lands()
    {
        using var warehouse = new WarehouseHarness();
        var lines = AttendanceCsv.For(100001, 12).Split('\n');
        lines[3] = lines[3].Replace(",100,", ",abc,", StringComparison.Ordinal);

        var import = warehouse.Import(string.Join('\n', lines));

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Equal((12, 0, 1), (import.RowsRead, import.RowsLoaded, import.RowsQuarantined));
        Assert.Contains("1 of 12 rows have errors", import.Message, StringComparison.Ordinal);
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from fact_attendance"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from dim_school"));
        var problem = Assert.Single(warehouse.Problems(import), p => p.Line == 4);
        Assert.Equal(("Possible sessions", "abc"), (problem.Column, problem.Value));
    }

    [Fact]
    public void A_file_of_an_unknown_shape_is_rejected_with_a_message()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import("Name,Favourite colour\nAmy,Blue\n", "colours.csv");

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.StartsWith("No header row found in the first 20 rows.", import.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reprocessing_a_file_runs_it_again_past_the_duplicate_gate_and_its_rows_replace_the_earlier_run()
    {
        using var warehouse = new WarehouseHarness();
        var lines = AttendanceCsv.For(100001, 30).Split('\n');
        lines[3] = lines[3].Replace(",100,", ",abc,", StringComparison.Ordinal);
        var first = warehouse.Import(string.Join('\n', lines));

        var again = warehouse.Get<ImportPipeline>().Import(warehouse.Get<ImportLedger>().RegisterReprocess(first.Id), CancellationToken.None);

        Assert.True(first.CanReprocess);
        Assert.Equal((ImportStatus.Succeeded, 29, 1, first.Id, (Guid?)null), (again.Status, again.RowsLoaded, again.RowsQuarantined, again.ReprocessOf, again.DuplicateOf));
        Assert.Equal(29, warehouse.Scalar<long>("select count(*) from fact_attendance"));
    }

    [Fact]
    public void A_upn_typed_into_a_date_column_is_not_echoed_as_the_problem_value()
    {
        using var warehouse = new WarehouseHarness();
        var lines = AttendanceCsv.For(100001, 30).Split('\n');
        var upn = AttendanceCsv.Upn(3);
        lines[3] = lines[3].Replace(",02/09/2024,", $", {upn.ToLowerInvariant()} ,", StringComparison.Ordinal);

        var import = warehouse.Import(string.Join('\n', lines));

        var problem = Assert.Single(warehouse.Problems(import), p => p.Line == 4);
        Assert.Equal(("Start date", ImportProblem.HiddenUpn), (problem.Column, problem.Value));
        Assert.Equal(0, warehouse.Scalar<long>($"select count(*) from ops_import_problem where upper(value) like '%{upn}%'"));
    }
}
