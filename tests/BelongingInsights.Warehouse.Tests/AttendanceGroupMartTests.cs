using System.Text;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;
using BelongingInsights.Performance.Suppression;

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
    public void The_query_says_which_group_is_hidden_for_being_small_and_which_to_protect_it()
    {
        using var warehouse = new WarehouseHarness();
        Load(warehouse, [.. Enumerable.Repeat(("F", "K", "WBRI", 10), 3), .. Enumerable.Repeat(("M", "N", "WBRI", 0), 17)]);

        var rows = warehouse.Get<AttendanceByGroupQuery>().Run(AccessScope.Everything, "SEND");

        Assert.Equal(["No SEND: Complement", "SEND: Small"], rows.Select(r => $"{r.Group}: {r.Reason}"));
        Assert.All(rows, r => Assert.Null(r.Enrolments));
        Assert.All(warehouse.Get<AttendanceByGroupQuery>().Run(AccessScope.Everything, "Ethnicity"), r => Assert.Null(r.Reason));
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

        var rows = warehouse.Get<Queries.AttendanceByGroupQuery>().Run(AccessScope.Everything, "Gender × SEND");

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

    [Fact]
    public void Attendance_by_phase_counts_every_school_of_the_phase_whatever_its_trust()
    {
        // Primary: 12 pupils missing 10 of 100 sessions and 10 missing 20, 1,880 of 2,200 = 85.45%; secondary: 100%.
        using var warehouse = Schools((100001, "Alpha Learning Trust", "primary", 12, 10), (100002, "Alpha Learning Trust", "secondary", 15, 0), (100003, "", "primary", 10, 20));

        Assert.Equal("Primary=85.45 Secondary=100.0", Cells(warehouse, "Phase", "phase"));
        Assert.Equal("Primary=85.45 Secondary=100.0",
            string.Join(' ', warehouse.Get<Queries.AttendanceByGroupQuery>().Run(AccessScope.Everything, "Phase").Select(r => $"{r.Group}={r.AttendanceRate:0.0#}")));
    }

    [Fact]
    public void A_small_school_cannot_be_recovered_through_its_trust_when_its_sibling_school_is_of_another_phase()
    {
        // 100001 (5 pupils) is hidden. Its trust's figure less 100002's would give it away, and 100002 is the only
        // school of its trust and phase, so it is hidden with the trust-and-phase cell it equals.
        using var warehouse = Schools((100001, "Alpha Learning Trust", "primary", 5, 0), (100002, "Alpha Learning Trust", "secondary", 12, 10),
            (100003, "", "primary", 12, 20), (100004, "", "secondary", 12, 0));

        Assert.Equal(0, warehouse.Scalar<long>("""
            select count(*) from mart_attendance_group
            where grouping = 'All pupils' and urn in (100001, 100002) and not suppressed
            """));
        Assert.Equal(92.94, warehouse.Scalar<double>(
            "select attendance_rate from mart_attendance_group where grouping = 'Trust' and trust = 'Alpha Learning Trust' and counting_window = 'year to date'"));
    }

    [Fact]
    public void No_set_of_a_parent_and_its_children_is_left_with_exactly_one_hidden_cell()
    {
        using var warehouse = Schools((100001, "Alpha Learning Trust", "primary", 9, 0), (100002, "Alpha Learning Trust", "secondary", 30, 10),
            (100003, "Beta Trust", "primary", 25, 20), (100004, "Beta Trust", "primary", 11, 5), (100005, "", "secondary", 14, 0));

        Assert.Equal(0, warehouse.Scalar<long>("""
            select count(*) from (
                select s.mart, s.set_id
                from work_suppression_sibling as s
                inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
                group by s.mart, s.set_id
                having count(*) filter (where c.suppressed) = 1 and count(*) > 1
            )
            """));
        Assert.True(warehouse.Scalar<long>("select count(*) from mart_attendance_group where suppressed and urn is not null") > 0);
    }

    [Fact]
    public void Linear_programming_on_the_published_figures_cannot_pin_or_bound_below_ten_a_tiny_special_school_beside_a_school_alone_in_its_trust()
    {
        using var warehouse = Schools((100001, "Alpha Learning Trust", "primary", 40, 10), (100002, "Alpha Learning Trust", "special", 4, 20),
            (100003, "Beta Trust", "secondary", 30, 0));

        Assert.True(warehouse.Scalar<long>("select count(*) from mart_attendance_group where suppression_reason = 'small'") > 0);
        using (var connection = warehouse.Open())
            Assert.Empty(SuppressionAudit.Run(connection, 10).SelectMany(r => r.Exposed));
        Assert.Equal("Alpha Learning Trust=44 Beta Trust=30", warehouse.Scalar<string>("""
            select string_agg(trust || '=' || enrolments, ' ' order by trust) from mart_attendance_group
            where grouping = 'Trust' and counting_window = 'year to date'
            """));
    }

    [Fact]
    public void A_small_cell_that_sets_taken_together_give_away_gets_one_more_complement()
    {
        // Schools by year group, both margins shown: 100001 has 30 in Year 7 and 3 in Year 11, 100002 25 and 2, 100003
        // 30 in Year 5 and 6 in Year 6. Each set on its own keeps two cells hidden (Year 11 and Year 7 at each
        // secondary, Year 5 and 6 at 100003, Years 5, 6 and 11 across schools), yet across schools Year 11 would be
        // all pupils (96) less Year 7 (55) less 100003's pupils (36): 5. One more complement breaks that.
        using var warehouse = SchoolsByYear((100001, [(7, 30), (11, 3)]), (100002, [(7, 25), (11, 2)]), (100003, [(5, 30), (6, 6)]));

        Assert.Equal("small", warehouse.Scalar<string>("""
            select suppression_reason from mart_attendance_group
            where urn is null and grouping = 'Year group' and year_group = 'Year 11' and counting_window = 'year to date'
            """));
        using var connection = warehouse.Open();
        Assert.Empty(SuppressionAudit.Run(connection, 10).SelectMany(r => r.Exposed));
    }

    /// <summary>Schools of one trust and phase, each with the given pupils in each year group, present every session.</summary>
    private static WarehouseHarness SchoolsByYear(params (int Urn, (int Year, int Pupils)[] Years)[] schools)
    {
        var warehouse = new WarehouseHarness();
        warehouse.Import("urn,laestab,school_name,phase,trust,local_authority\n"
            + string.Concat(schools.Select(s => $"{s.Urn},{2020000 + s.Urn % 1000},School {s.Urn},secondary,Alpha Learning Trust,202\n")), "schools.csv");
        var pupil = 1;
        foreach (var (urn, years) in schools)
        {
            var census = new StringBuilder(CensusCsv.Header).Append('\n');
            var first = pupil;
            foreach (var (year, pupils) in years)
                for (var i = 0; i < pupils; i++)
                    census.Append($"{AttendanceCsv.Upn(pupil++)},{urn},03/10/2024,M,{year},N,N,N,ENG,WBRI,02/09/2024,,\n");
            warehouse.Import(census.ToString(), $"census-{urn}.csv");
            warehouse.Import(AttendanceCsv.WithAbsences(urn, [.. Enumerable.Repeat(0, pupil - first)], firstPupil: first), $"attendance-{urn}.csv");
        }
        return warehouse;
    }

    private static WarehouseHarness Trusts(params (int Urn, string Trust, int Pupils, int Absent)[] schools) =>
        Schools([.. schools.Select(s => (s.Urn, s.Trust, "primary", s.Pupils, s.Absent))]);

    internal static WarehouseHarness Schools(params (int Urn, string Trust, string Phase, int Pupils, int Absent)[] schools)
    {
        var warehouse = new WarehouseHarness();
        warehouse.Import("urn,laestab,school_name,phase,trust,local_authority\n"
            + string.Concat(schools.Select(s => $"{s.Urn},{2020000 + s.Urn % 1000},School {s.Urn},{s.Phase},{s.Trust},202\n")), "schools.csv");
        foreach (var school in schools)
            warehouse.Import(AttendanceCsv.For(school.Urn, school.Pupils, school.Absent), $"attendance-{school.Urn}.csv");
        return warehouse;
    }
}
