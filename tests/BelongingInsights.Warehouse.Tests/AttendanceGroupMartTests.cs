using System.Text;

namespace BelongingInsights.Warehouse.Tests;

public sealed class AttendanceGroupMartTests
{
    /// <summary>Pupils 1..n with the given characteristics; each absent <c>absent</c> of 100 sessions in the autumn term.</summary>
    private static void Load(WarehouseHarness warehouse, params (string Gender, string Sen, string Ethnicity, int Absent)[] pupils)
    {
        var census = new StringBuilder(CensusCsv.Header).Append('\n');
        for (var i = 0; i < pupils.Length; i++)
            census.Append($"{AttendanceCsv.Upn(i + 1)},100001,03/10/2024,{pupils[i].Gender},7,{pupils[i].Sen},N,N,ENG,{pupils[i].Ethnicity},02/09/2024,,\n");
        warehouse.Import(census.ToString(), "census.csv");
        warehouse.Import(AttendanceCsv.WithAbsences(100001, [.. pupils.Select(p => p.Absent)]), "attendance.csv");
    }

    private static string Cells(WarehouseHarness warehouse, string grouping, string column) =>
        warehouse.Scalar<string>(
            $"select string_agg({column} || '=' || coalesce(cast(attendance_rate as varchar), 'suppressed'), ' ' order by {column}) "
            + $"from mart_attendance_group where grouping = '{grouping}' and urn is null and counting_window = 'year to date'")!;

    [Fact]
    public void Attendance_is_broken_down_by_the_characteristics_valid_when_the_window_began()
    {
        using var warehouse = new WarehouseHarness();
        Load(warehouse, [.. Enumerable.Repeat(("F", "N", "WBRI", 10), 10), .. Enumerable.Repeat(("M", "N", "WBRI", 0), 10)]);

        Assert.Equal("Female=90.0 Male=100.0", Cells(warehouse, "Gender", "gender"));
        Assert.Equal(95.0, warehouse.Scalar<double>(
            "select attendance_rate from mart_attendance_group where grouping = 'All pupils' and urn is null and counting_window = 'year to date'"));
    }

    [Fact]
    public void A_small_group_is_suppressed_and_so_is_the_sibling_that_would_give_it_away()
    {
        using var warehouse = new WarehouseHarness();
        Load(warehouse, [.. Enumerable.Repeat(("F", "K", "WBRI", 10), 3), .. Enumerable.Repeat(("M", "N", "WBRI", 0), 17)]);

        Assert.Equal("No SEND=suppressed SEND=suppressed", Cells(warehouse, "SEND", "send"));
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from mart_attendance_group where suppressed and (enrolments is not null or attendance_rate is not null)"));
    }

    [Fact]
    public void Secondary_suppression_stops_once_two_cells_in_a_set_are_hidden()
    {
        using var warehouse = new WarehouseHarness();
        Load(warehouse, [.. Enumerable.Repeat(("F", "N", "WBRI", 0), 15), .. Enumerable.Repeat(("M", "N", "AIND", 4), 12), .. Enumerable.Repeat(("M", "N", "BAFR", 8), 4)]);

        Assert.Equal("Asian=suppressed Black=suppressed White=100.0", Cells(warehouse, "Ethnicity", "ethnicity"));
    }

    [Fact]
    public void Pupils_with_no_census_fall_in_an_unknown_group_rather_than_out_of_the_figures()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12), "attendance.csv");

        Assert.Equal("Unknown=95.0", Cells(warehouse, "Gender", "gender"));
    }

    [Fact]
    public void The_group_query_returns_each_group_of_a_grouping_with_suppressed_ones_marked()
    {
        using var warehouse = new WarehouseHarness();
        Load(warehouse, [.. Enumerable.Repeat(("F", "K", "WBRI", 10), 3), .. Enumerable.Repeat(("M", "N", "WBRI", 0), 17)]);

        var rows = warehouse.Get<Queries.AttendanceByGroupQuery>().Run("Gender × SEND");

        Assert.Equal(["Female · SEND", "Male · No SEND"], rows.Select(r => r.Group));
        Assert.All(rows, r => Assert.Equal(r.Suppressed, r.AttendanceRate is null));
    }

    [Fact]
    public void Attendance_by_trust_counts_every_school_of_the_trust_and_schools_in_no_trust_together()
    {
        // Alpha Learning Trust: 12 pupils missing 10 of 100 sessions and 15 missing none, 2,580 of 2,700 = 95.56%;
        // no trust: 10 pupils missing 20, 80%.
        using var warehouse = Trusts((100001, "Alpha Learning Trust", 12, 10), (100002, "Alpha Learning Trust", 15, 0), (100003, "", 10, 20));

        Assert.Equal("Alpha Learning Trust=95.56 No trust=80.0", Cells(warehouse, "Trust", "trust"));
    }

    [Fact]
    public void A_small_school_is_hidden_with_a_sibling_school_of_its_trust_so_the_trust_total_cannot_reveal_it()
    {
        // School 100002 has 5 pupils, under 10: hidden, and so is 100001, the other school of its trust, since the
        // trust's own figure (1,580 of 1,700 sessions, 92.94%) less 100001's would give it away.
        using var warehouse = Trusts((100001, "Alpha Learning Trust", 12, 10), (100002, "Alpha Learning Trust", 5, 0), (100003, "", 10, 20));

        Assert.Equal("Alpha Learning Trust=suppressed No trust=80.0", warehouse.Scalar<string>("""
            select string_agg(coalesce(trust, '') || '=' || coalesce(cast(attendance_rate as varchar), 'suppressed'), ' ' order by trust)
            from (
                select trust, max(attendance_rate) filter (where urn is not null and not suppressed) as attendance_rate
                from mart_attendance_group
                where grouping = 'All pupils' and counting_window = 'year to date' and urn is not null
                group by trust
            )
            """));
        Assert.Equal(92.94, warehouse.Scalar<double>(
            "select attendance_rate from mart_attendance_group where grouping = 'Trust' and trust = 'Alpha Learning Trust' and counting_window = 'year to date'"));
    }

    private static WarehouseHarness Trusts(params (int Urn, string Trust, int Pupils, int Absent)[] schools)
    {
        var warehouse = new WarehouseHarness();
        warehouse.Import("urn,laestab,school_name,phase,trust,local_authority\n"
            + string.Concat(schools.Select(s => $"{s.Urn},{2020000 + s.Urn % 1000},School {s.Urn},primary,{s.Trust},202\n")), "schools.csv");
        foreach (var school in schools)
            warehouse.Import(AttendanceCsv.For(school.Urn, school.Pupils, school.Absent), $"attendance-{school.Urn}.csv");
        return warehouse;
    }
}
