using BelongingInsights.Etl.Demo;
using BelongingInsights.Performance.Suppression;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

public sealed class RollExitMartTests
{
    private const string Columns =
        "(on_roll, leavers, moved_school, permanent_exclusion, unexplained, unexplained_exit_rate, elective_home_education, alternative_provision, unknown_or_missing_education, other_destination)";

    [Fact]
    public void Leavers_are_counted_by_exit_type_and_destination_with_the_unexplained_exit_rate()
    {
        using var warehouse = Programme(threshold: 1);

        // 20 on roll; 11 left: 5 to another school, 2 permanently excluded, 3 to home education, 1 to unknown.
        // Unexplained = 3 + 1 = 4, so 4 per 20 on roll = 20.0 per 100. No leaver went to AP or elsewhere: a true 0.
        Assert.Equal("(20, 11, 5, 2, 4, 20.0, 3, 0, 1, 0)", Row(warehouse, "School", "Brook Primary"));
        Assert.Equal("(20, 11, 5, 2, 4, 20.0, 3, 0, 1, 0)", Row(warehouse, "Trust", "Alpha Learning Trust"));
        Assert.Equal("(20, 11, 5, 2, 4, 20.0, 3, 0, 1, 0)", Row(warehouse, "All schools", "All schools"));
    }

    [Fact]
    public void Small_exit_counts_are_suppressed_and_so_are_the_counts_that_would_give_them_away()
    {
        using var warehouse = Programme(threshold: 3);

        // Permanent exclusions (2) fall under 3, so the next smallest exit type, unexplained (4), is hidden too: the
        // total (11) less moved school (5) would otherwise give their sum. Among the unexplained, unknown (1) is
        // under 3, so home education (3) is hidden beside it.
        Assert.Equal("(20, 11, 5, NULL, NULL, NULL, NULL, 0, NULL, 0)", Row(warehouse, "School", "Brook Primary"));
    }

    [Fact]
    public void A_school_with_no_leavers_shows_true_zeros_not_suppressed_counts()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(CensusCsv.For(100002, "03/10/2024", [.. Enumerable.Range(0, 12).Select(p => (p, "F", "N"))]));

        Assert.Equal("(12, 0, 0, 0, 0, 0.0, 0, 0, 0, 0)", Row(warehouse, "School", "School 100002"));
    }

    [Fact]
    public void Leavers_are_grouped_by_the_characteristics_they_had_when_they_left()
    {
        using var warehouse = Programme(threshold: 1);

        Assert.Equal(
            "Female=(10, 5, 4, 0, 1, 10.0) Male=(10, 6, 1, 2, 3, 30.0)",
            warehouse.Scalar<string>("""
                select string_agg(group_value || '=' || (on_roll, leavers, moved_school, permanent_exclusion, unexplained, unexplained_exit_rate)::varchar, ' ' order by group_value)
                from mart_roll_exit
                where area_level = 'All schools' and grouping = 'Gender'
                """));
    }

    [Fact]
    public void A_pupil_groups_leavers_show_how_they_left_but_not_where_they_went_and_a_pairs_their_total_only()
    {
        using var warehouse = Programme(threshold: 1);

        // Where leavers went is published for all pupils only, how they left for all pupils and single groups: the rest
        // is null with no reason (not published for that grouping), never 0.
        Assert.Equal(
            "All pupils =(true, true, 11, 5, 20.0, 3, NULL) "
            + "Gender Female=(true, false, 5, 4, 10.0, NULL, NULL) Gender Male=(true, false, 6, 1, 30.0, NULL, NULL) "
            + "Gender × SEND Female · No SEND=(false, false, 5, NULL, NULL, NULL, NULL) Gender × SEND Male · No SEND=(false, false, 6, NULL, NULL, NULL, NULL)",
            warehouse.Scalar<string>("""
                select string_agg(grouping || ' ' || coalesce(group_value, '') || '=' || (by_exit_type, by_destination, leavers, moved_school,
                    unexplained_exit_rate, elective_home_education, elective_home_education_reason)::varchar, ' ' order by grouping, group_value)
                from mart_roll_exit
                where area_level = 'All schools' and grouping in ('All pupils', 'Gender', 'Gender × SEND')
                """));
    }

    [Fact]
    public void A_school_shows_its_leavers_for_all_pupils_and_all_schools_by_exactly_the_groupings_the_page_offers()
    {
        using var warehouse = TwoPhases();

        // A school's leavers by pupil group are nearly all under the threshold: its row shows them by how they left only,
        // and the Leavers page says the groupings it leaves out are shown across all schools only.
        Assert.Equal("All pupils", warehouse.Scalar<string>("select string_agg(distinct grouping, '|') from mart_roll_exit where area_level = 'School'"));
        Assert.Equal(string.Join('|', RollExitsQuery.Groupings.Order(StringComparer.Ordinal)),
            warehouse.Scalar<string>("select string_agg(distinct grouping, '|' order by grouping) from mart_roll_exit where area_level = 'All schools'"));
        Assert.Equal("All pupils|Disadvantaged",
            warehouse.Scalar<string>("select string_agg(distinct grouping, '|' order by grouping) from mart_roll_exit where area_level = 'Trust'"));
    }

    [Fact]
    public void The_demo_schools_show_their_leavers_each_year_across_all_schools()
    {
        using var warehouse = new WarehouseHarness();
        var directory = Path.Combine(warehouse.DataDirectory, "demo");
        foreach (var census in DemoCensusExports.Write(directory))
            Assert.Equal(ImportStatus.Succeeded, warehouse.Import(File.ReadAllText(census), Path.GetFileName(census)).Status);

        var years = warehouse.Get<RollExitsQuery>().Run(AccessScope.Everything, "All pupils").Where(r => r.AreaLevel == "All schools").ToList();

        Assert.Equal(DemoCalendar.Years.Count, years.Count);
        Assert.All(years, all =>
        {
            Assert.True(all is { Leavers: > 0, MovedSchool: > 0 }, all.ToString());
            // A few permanent exclusions are hidden, and then so is the unexplained count that would give them away.
            Assert.Equal(all.PermanentExclusion is null, all.Unexplained is null);
            if (all.Unexplained is { } unexplained)
                Assert.Equal(Math.Round(100.0 * unexplained / all.OnRoll!.Value, 2), all.UnexplainedExitRate);
        });
    }

    [Fact]
    public void Leavers_by_phase_count_every_school_of_the_phase_across_all_schools()
    {
        using var warehouse = TwoPhases();

        // Brook Primary is the programme's school (20 on roll, 11 leavers: 5 moved, 2 excluded, 4 unexplained);
        // Heath Academy, secondary, has 10 on roll and 3 leavers: 2 moved and 1 home educated, 1 per 10 = 10.0. A
        // trust's leavers by phase (Trust × Phase) are not published (docs/suppression.md, "What the marts publish").
        Assert.Equal(
            "All schools Primary=(20, 11, 5, 2, 4, 20) All schools Secondary=(10, 3, 2, 0, 1, 10)",
            Rows(warehouse, "Phase"));
        Assert.Equal("(30, 14, 7, 2, 5, 16.67, 4, 0, 1, 0)", Row(warehouse, "All schools", "All schools"));
    }

    [Fact]
    public void Leavers_by_gender_and_send_add_up_each_pair_across_the_schools_in_total_only()
    {
        using var warehouse = TwoPhases();

        // Brook Primary: boys 0-6 without SEND (leavers 4 moved, 5 and 6 excluded), boys 7-9 with SEND (all home
        // educated), girls 10, 11 and 15 with SEND (10 unknown, 11 moved), girls 12-14 and 16-19 without (12-14
        // moved). Heath Academy: boys 100-104 without SEND (100 moved), girls 105-109 with SEND (105 home educated,
        // 106 moved). So girls with SEND: 8 on roll, 4 leavers. How a pair's leavers left is not published (null, not 0).
        Assert.Equal(
            "All schools Female · No SEND=(7, 3, , , , ) All schools Female · SEND=(8, 4, , , , ) "
            + "All schools Male · No SEND=(12, 4, , , , ) All schools Male · SEND=(3, 3, , , , )",
            Rows(warehouse, "Gender × SEND", "All schools"));
    }

    [Fact]
    public void A_small_school_cannot_be_recovered_through_its_trust_or_its_phase()
    {
        // 100001 has 2 leavers, under 3: hidden. Its trust's 7 less 100002's 5 would give it away, so 100002 is
        // hidden too; all schools' primary leavers (8) less 100003's 6 would give it away, so 100003 is hidden; and
        // all schools' secondary leavers (9) less 100004's would give 100002's away, so 100004 is hidden. The
        // trusts' leavers by phase are not published (Trust × Phase, docs/suppression.md), so the phases across all
        // schools show.
        using var warehouse = Schools(3, (100001, "Alpha Learning Trust", "primary", 2), (100002, "Alpha Learning Trust", "secondary", 5),
            (100003, "", "primary", 6), (100004, "", "secondary", 4));

        Assert.Equal(
            "All schools / All pupils=17 Alpha Learning Trust / All pupils=7 No trust / All pupils=10 School 100001 / All pupils=suppressed "
            + "School 100002 / All pupils=suppressed School 100003 / All pupils=suppressed School 100004 / All pupils=suppressed",
            Leavers(warehouse, "All pupils"));
        Assert.Equal(
            "All schools / Primary=8 All schools / Secondary=9",
            Leavers(warehouse, "Phase"));
        // Hidden is null, never 0; a kind of exit no one took is a true 0.
        Assert.Equal("(10, NULL, NULL, 0, 0, 0.0, 0, 0, 0, 0)", Row(warehouse, "School", "School 100001"));
        Assert.Equal(0, warehouse.Scalar<long>("""
            select count(*) from (
                select s.set_id
                from work_suppression_sibling as s
                inner join work_suppression_cell as c on c.mart = s.mart and c.cell_id = s.cell_id
                where s.mart = 'roll_exit'
                group by s.set_id
                having count(*) filter (where c.suppressed) = 1 and count(*) > 1
            )
            """));
    }

    [Fact]
    public void A_school_with_no_leavers_is_not_hidden_to_protect_a_small_one_since_its_zeros_would_give_it_away()
    {
        // 100001's 2 leavers are hidden. Hiding 100002 beside them would protect nothing: with no leaver of any
        // kind its breakdown shows 0, so the trust's 8 less 100003's 6 would give them away. 100003 is hidden.
        using var warehouse = Schools(3, (100001, "Alpha Learning Trust", "primary", 2), (100002, "Alpha Learning Trust", "primary", 0),
            (100003, "Alpha Learning Trust", "primary", 6));

        Assert.Equal(
            "All schools / All pupils=8 Alpha Learning Trust / All pupils=8 School 100001 / All pupils=suppressed "
            + "School 100002 / All pupils=0 School 100003 / All pupils=suppressed",
            Leavers(warehouse, "All pupils"));
    }

    [Fact]
    public void A_small_groups_roll_is_hidden_and_so_is_a_roll_beside_it_so_it_cannot_be_worked_out_from_the_total()
    {
        // 30 on roll, 3 of them with SEND and none leaving: SEND's roll (3) is under 10, and the total (30) less No
        // SEND's (27) would give it away, so No SEND's roll is hidden too; the rate goes with its roll.
        using var warehouse = new WarehouseHarness();
        warehouse.Import(CensusCsv.For(100002, "03/10/2024", [.. Enumerable.Range(0, 30).Select(p => (p, p % 2 == 0 ? "F" : "M", p < 3 ? "K" : "N"))]));

        Assert.Equal("All pupils=30/0.0 No SEND=complement/ SEND=small/", warehouse.Scalar<string>("""
            select string_agg(coalesce(group_value, 'All pupils') || '=' || coalesce(on_roll::varchar, on_roll_reason) || '/' || coalesce(unexplained_exit_rate::varchar, ''), ' ' order by group_value nulls first)
            from mart_roll_exit
            where area_level = 'All schools' and grouping in ('All pupils', 'SEND')
            """));
        using var connection = warehouse.Open();
        Assert.Empty(SuppressionAudit.Audit("roll_exit", SuppressionAudit.Read(connection, "roll_exit"), 10).Exposed);
    }

    private static WarehouseHarness Programme(int threshold, Func<int, string>? sen = null)
    {
        var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        warehouse.Import("urn,laestab,school_name,phase,trust,local_authority\n100001,2022019,Brook Primary,primary,Alpha Learning Trust,202\n"
            + "100002,2024001,Heath Academy,secondary,Alpha Learning Trust,202\n");
        var pupils = Enumerable.Range(0, 20).Select(pupil => (pupil, pupil < 10 ? "M" : "F", sen?.Invoke(pupil) ?? "N", Left(pupil), Destination(pupil))).ToArray();
        warehouse.Import(CensusCsv.With(100001, "03/10/2024", pupils));
        return warehouse;
    }

    /// <summary>
    /// The programme's primary school with SEND support for pupils 7 to 11 and 15, and Heath Academy, secondary, in
    /// the same trust: boys 100 to 104 (100 moved school), girls 105 to 109 with SEND (105 home educated, 106 moved).
    /// </summary>
    private static WarehouseHarness TwoPhases()
    {
        var warehouse = Programme(threshold: 1, sen: pupil => pupil is (>= 7 and <= 11) or 15 ? "K" : "N");
        warehouse.Import(CensusCsv.With(100002, "03/10/2024", [.. Enumerable.Range(100, 10).Select(pupil => (pupil, pupil < 105 ? "M" : "F", pupil < 105 ? "N" : "K",
            pupil is 100 or 105 or 106 ? "01/12/2024" : "", pupil switch { 100 or 106 => "Another school", 105 => "Elective home education", _ => "" }))]));
        return warehouse;
    }

    /// <summary>The leavers page's rows for a grouping, in its order, optionally for one area level.</summary>
    private static string Rows(WarehouseHarness warehouse, string grouping, string? areaLevel = null) =>
        string.Join(' ', warehouse.Get<RollExitsQuery>().Run(AccessScope.Everything, grouping).Where(r => areaLevel is null || r.AreaLevel == areaLevel).Select(r =>
            $"{r.AreaLevel} {r.Group}=({r.OnRoll}, {r.Leavers}, {r.MovedSchool}, {r.PermanentExclusion}, {r.Unexplained}, {r.UnexplainedExitRate})"));

    private static string Leavers(WarehouseHarness warehouse, string grouping) =>
        string.Join(' ', warehouse.Get<RollExitsQuery>().Run(AccessScope.Everything, grouping).Select(r =>
            $"{r.Area} / {r.Group}={r.Leavers?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "suppressed"}"));

    /// <summary>Schools of their trust and phase, each with 10 pupils on roll of whom the first <c>Leavers</c> moved school.</summary>
    private static WarehouseHarness Schools(int threshold, params (int Urn, string Trust, string Phase, int Leavers)[] schools)
    {
        var warehouse = new WarehouseHarness(("Warehouse:SuppressionThreshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        warehouse.Import("urn,laestab,school_name,phase,trust,local_authority\n"
            + string.Concat(schools.Select(s => $"{s.Urn},{2020000 + s.Urn % 1000},School {s.Urn},{s.Phase},{s.Trust},202\n")), "schools.csv");
        foreach (var school in schools)
        {
            var first = school.Urn % 1000 * 10;
            warehouse.Import(CensusCsv.With(school.Urn, "03/10/2024", [.. Enumerable.Range(first, 10).Select(pupil =>
                (pupil, "F", "N", pupil < first + school.Leavers ? "01/12/2024" : "", pupil < first + school.Leavers ? "Another school" : ""))]), $"census-{school.Urn}.csv");
        }

        return warehouse;
    }

    private static string Left(int pupil) => Destination(pupil).Length == 0 ? "" : "01/12/2024";

    // Pupils 0 to 9 are male, 10 to 19 female. Moved school: 4 (male) and 11 to 14 (female); permanently excluded:
    // 5 and 6 (male); home educated: 7 to 9 (male); gone to an unknown destination: 10 (female). So the boys have
    // 6 leavers (1 moved, 2 excluded, 3 unexplained) and the girls 5 (4 moved, 1 unexplained).
    private static string Destination(int pupil) => pupil switch
    {
        4 or (>= 11 and <= 14) => "Another school",
        5 or 6 => "Permanent exclusion",
        7 or 8 or 9 => "Elective home education",
        10 => "Unknown",
        _ => "",
    };

    private static string? Row(WarehouseHarness warehouse, string level, string area) =>
        warehouse.Scalar<string>($"select {Columns}::varchar from mart_roll_exit where area_level = '{level}' and area = '{area}' and grouping = 'All pupils'");
}
