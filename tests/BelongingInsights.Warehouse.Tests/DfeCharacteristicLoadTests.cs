using BelongingInsights.Etl.Common;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Imports;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Warehouse.Tests;

/// <summary>
/// DfE releases broken down by pupil characteristic, in the layouts of the statistical first releases and of Explore
/// Education Statistics (real rows in <c>Samples/dfe/</c>, see its README), loaded beside the warehouse's own groups.
/// </summary>
public sealed class DfeCharacteristicLoadTests
{
    private const string OldExclusions = "dfe/exclusion_natcharacteristics_2016-17_cut.csv";
    private const string OldAbsence = "dfe/absence_natcharacteristics_2016-17_cut.csv";

    [Fact]
    public void The_first_release_exclusions_layout_loads_every_characteristic_with_its_figures_as_published()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.ImportSample(OldExclusions);

        Assert.Equal((ImportStatus.Succeeded, "dfe-exclusions", 33, 33), (import.Status, import.DetectedKind, import.RowsRead, import.RowsLoaded));
        Assert.Equal(
            [("headcount", 225955.0), ("one_plus_suspension_rate", 6.44), ("one_plus_suspensions", 14555), ("permanent_exclusion_rate", 0.16),
             ("permanent_exclusions", 370), ("suspension_rate", 15.93), ("suspensions", 36005)],
            Figures(warehouse, "SEN_provision_SEN_with_statement_EHC"));
        Assert.Equal(5.27, Value(warehouse, "FSM_Eligible", "one_plus_suspension_rate"));
        Assert.Equal(1881590, Value(warehouse, "FSM_eligible_in_last_6_years", "headcount"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from fact_benchmark where measure in ('fixed_excl', 'one_plus_fixed_rate', 'country', 'characteristic_1')"));
        Assert.Equal("National, England, Total", warehouse.Scalar<string>(
            "select concat_ws(', ', geographic_level, area_name, phase) from fact_benchmark where characteristic = 'Gender_male' limit 1"));
    }

    [Fact]
    public void Suppressed_and_not_applicable_cells_stay_null_and_every_rate_is_checked_against_its_counts()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.ImportSample(OldExclusions);

        Assert.Equal(("suppressed", null), Cell(warehouse, "Age_19_and_over", "suspensions"));
        Assert.Equal(("suppressed", null), Cell(warehouse, "Ethnicity_Minor_Chinese", "permanent_exclusions"));
        Assert.Equal(("not_applicable", null), Cell(warehouse, "NC_Year_Unclassified", "suspension_rate"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from fact_benchmark where cell_status <> 'published' and value is not null"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from fact_benchmark where value = 0 and cell_status <> 'published'"));
        Assert.Equal(82, warehouse.Scalar<long>("select count(*) from fact_benchmark where recomputed is not null"));
        var warning = Assert.Single(warehouse.Problems(import));
        Assert.Equal((ProblemSeverity.Warning, "one_plus_fixed_rate", "17.46"), (warning.Severity, warning.Column, warning.Value));
        Assert.StartsWith("Rate built on rounded counts", warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, warehouse.Scalar<long>(
            "select count(*) from fact_benchmark where recomputed is not null and abs(value - recomputed) > 0.005 + 1e-9 and counts_rounded"));
    }

    [Fact]
    public void Characteristics_are_mapped_to_the_warehouse_groups_and_the_rest_kept_as_published()
    {
        using var warehouse = new WarehouseHarness();

        warehouse.ImportSample(OldExclusions);

        var groups = warehouse.Get<WarehouseDatabase>().Query(
            "select distinct characteristic, pupil_group, pupil_group_value from fact_benchmark order by characteristic",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
        Assert.Contains(("SEN_Provision_No_SEN", "SEND", "No SEND"), groups);
        Assert.Contains(("SEN_provision_SEN_with_statement_EHC", "SEND", "SEND"), groups);
        Assert.Contains(("SEN_provision_SEN_without_statement", "SEND", "SEND"), groups);
        Assert.Contains(("FSM_Eligible", "FSM", "FSM"), groups);
        Assert.Contains(("FSM_NotEligible", "FSM", "Not FSM"), groups);
        Assert.Contains(("FSM_eligible_in_last_6_years", "Disadvantaged", "Disadvantaged"), groups);
        Assert.Contains(("FSM_not_eligible_in_last_6_years", "Disadvantaged", "Not disadvantaged"), groups);
        Assert.Contains(("Gender_female", "Gender", "Female"), groups);
        Assert.Contains(("NC_Year_7", "Year group", "Year 7"), groups);
        Assert.Contains(("NC_Year_Reception", "Year group", "R"), groups);
        Assert.Contains(("Ethnicity_Major_White_Total", "Ethnicity", "White"), groups);
        Assert.Contains(("Total", "All pupils", "All pupils"), groups);
        Assert.Contains(("Age_4_and_under, Male", null, null), groups);
        Assert.Contains(("Ethnicity_Minor_White_British", null, null), groups);
        Assert.Contains(("FSM_Unclassified", null, null), groups);
        Assert.Contains(("SEN_primary_need_Social_emotional_and_mental_health", null, null), groups);
    }

    [Fact]
    public void The_first_release_absence_layout_loads_with_persistent_absence_recomputed_from_its_counts()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.ImportSample(OldAbsence);

        Assert.Equal((ImportStatus.Succeeded, "dfe-attendance", 13, 13), (import.Status, import.DetectedKind, import.RowsRead, import.RowsLoaded));
        Assert.Equal(8.2, Value(warehouse, "SEN_provision_Statement_or_EHCP", "overall_absence_perc"));
        Assert.Equal(23.8, Value(warehouse, "SEN_provision_Statement_or_EHCP", "pa_perc"));
        Assert.Equal(47100, Value(warehouse, "SEN_provision_Statement_or_EHCP", "persistent_absentees"));
        Assert.Equal(2440216810, Value(warehouse, "Total", "possible_sessions"));
        Assert.Equal(23.84, warehouse.Scalar<double>(
            "select round(recomputed, 2) from fact_benchmark where characteristic = 'SEN_provision_Statement_or_EHCP' and measure = 'pa_perc'"));
        Assert.Equal(("not_applicable", null), Cell(warehouse, "Total", "sess_auth_ext_holiday"));
        Assert.Equal(13 * 4, warehouse.Scalar<long>("select count(*) from fact_benchmark where recomputed is not null"));
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from fact_benchmark where recomputed is not null and abs(value - recomputed) > 0.05 + 1e-9"));
        Assert.Equal("six half terms", warehouse.Scalar<string>("select distinct time_identifier from fact_benchmark"));
    }

    [Fact]
    public void The_current_explore_education_statistics_layout_loads_local_authority_rows_by_characteristic()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.ImportSample("dfe/exclusions_characteristics_ees_2014-15_preview.csv");

        Assert.Equal((ImportStatus.Succeeded, 4, 4), (import.Status, import.RowsRead, import.RowsLoaded));
        Assert.Equal(0.043802015, warehouse.Scalar<double>(
            "select value from fact_benchmark where area_name = 'Sutton' and phase = 'Total' and characteristic = 'Age 7' and measure = 'permanent_exclusion_rate'"));
        Assert.Equal(0.525624179, warehouse.Scalar<double>(
            "select value from fact_benchmark where phase = 'Total' and characteristic = 'Age 7' and measure = 'one_plus_suspension_rate'"));
        Assert.Equal(12 / 2283.0 * 100, warehouse.Scalar<double>(
            "select recomputed from fact_benchmark where phase = 'Total' and characteristic = 'Age 7' and measure = 'one_plus_suspension_rate'"), 1e-9);
        Assert.Equal("Local authority, 319, Age", warehouse.Scalar<string>(
            "select concat_ws(', ', geographic_level, area_code, characteristic_group) from fact_benchmark limit 1"));
        Assert.DoesNotContain(warehouse.Problems(import), p => p.Severity == ProblemSeverity.Warning);
    }

    [Fact]
    public void The_current_absence_layout_crossed_by_filter_columns_loads_every_figure_exactly_and_checks_every_rate()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.ImportSample("dfe/absence_ethnicity_fsm_autumn_2024-25_preview.csv");

        Assert.Equal((ImportStatus.Succeeded, "dfe-attendance", 4, 4), (import.Status, import.DetectedKind, import.RowsRead, import.RowsLoaded));
        Assert.Equal(
            [("enrolments", 112979), ("enrolments_pa_50_exact", 952), ("enrolments_pa_50_exact_percent", 0.842634472),
             ("overall_absence", 695657), ("overall_absence_perc", 4.434213387), ("pa_perc", 11.42601722), ("persistent_absentees", 12909),
             ("possible_sessions", 15688397), ("sess_possible_pa_10_exact", 1723550)],
            Figures(warehouse, "FSM Eligible, African"));
        Assert.Equal(("fsm × ethnicity_minor", null, "Autumn term"), warehouse.Get<WarehouseDatabase>().Query(
            "select distinct characteristic_group, pupil_group, time_identifier from fact_benchmark",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2))).Single());
        Assert.Equal(4 * 2, warehouse.Scalar<long>("select count(*) from fact_benchmark where recomputed is not null"));
        // Rates are published to at least eight decimal places: each agrees with its counts within half the last of them.
        Assert.Equal(0, warehouse.Scalar<long>(
            "select count(*) from fact_benchmark where recomputed is not null and abs(value - recomputed) > 0.5e-8"));
        Assert.Empty(warehouse.Problems(import));
    }

    [Fact]
    public void Releases_overlapping_in_years_are_both_kept_and_pages_quote_the_newest()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.ImportSample(OldExclusions);

        warehouse.ImportSample("dfe/exclusions_characteristics_ees_2016-17_preview.csv");

        Assert.Equal(2, warehouse.Scalar<long>(
            "select count(distinct release_name) from fact_benchmark where characteristic_group = 'Gender' and measure = 'suspension_rate'"));
        Assert.Equal(6.91, warehouse.Scalar<double>(
            "select value from fact_benchmark where characteristic = 'Gender male' and measure = 'suspension_rate'"));
        Assert.Equal("exclusions_characteristics_ees_2016-17_preview", warehouse.Scalar<string>(
            "select distinct release_name from benchmark_newest() where release = 'dfe-exclusions' and academic_year = 2016"));
    }

    [Fact]
    public void A_release_loaded_again_under_its_own_name_replaces_its_figures_for_those_years()
    {
        using var warehouse = new WarehouseHarness();
        const string header = "year,level,la_name,school_type,num_schools,headcount,perm_excl,perm_excl_rate,fixed_excl,fixed_excl_rate,one_plus_fixed,one_or_more_fixed_excl_rate\n";
        warehouse.Import(header + "201617,National,England,Total,21319,8025075,7720,0.1,381865,4.76,183475,2.29\n", "national.csv");
        warehouse.Import(header + "201617,National,England,Total,21319,8025075,7710,0.1,381865,4.76,183475,2.29\n", "older-summary.csv");

        warehouse.Import(header + "201617,National,England,Total,21319,8025075,7725,0.1,381865,4.76,183475,2.29\n", "national.csv");

        Assert.Equal([("national", 7725.0), ("older-summary", 7710.0)], warehouse.Get<WarehouseDatabase>().Query(
            "select release_name, value from fact_benchmark where measure = 'permanent_exclusions' order by release_name",
            r => (r.GetString(0), r.GetDouble(1))));
    }

    [Fact]
    public void Older_layout_quirks_load_and_each_unreadable_value_is_reported_with_its_row_and_column()
    {
        using var warehouse = new WarehouseHarness(("Warehouse:RejectThreshold", "0.9"));
        const string csv =
            "year,school_type,characteristic_desc,characteristic_1,characteristic_2,headcount,perm_excl,perm_excl_rate,fixed_excl,fixed_excl_rate\n"
            + "2006/07,Total,Total,Total,Total,\"8,092,620\",\"8,680\",0.11,\"363,270\",4.49\n"
            + "2006/07,Total,SEN_provision,SEN_provision_No_SEN,Total,\"6,450,630\",..,:,\"170,960\",2.65\n"
            + "2006/07,Total,Gender,Gender_male,Total,\"4,128,9\",\"6,980\",0.17,x,x\n"
            + "200708,Total,Gender,Gender_female,Total,\"3,963,670\",\"1,700\",0.04,\"83,310\",2.10\n";

        var import = warehouse.Import(csv, "exclusions-2006-07.csv");

        Assert.Equal((ImportStatus.Succeeded, 3, 1), (import.Status, import.RowsLoaded, import.RowsQuarantined));
        var problem = Assert.Single(warehouse.Problems(import), p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("exclusions-2006-07.csv", 4, "headcount", "4,128,9"), (problem.File, problem.Line, problem.Column, problem.Value));
        Assert.Equal(8092620, Value(warehouse, "Total", "headcount"));
        Assert.Equal(("not_available", null), Cell(warehouse, "SEN_provision_No_SEN", "permanent_exclusions"));
        Assert.Equal("National, England", warehouse.Scalar<string>("select distinct concat_ws(', ', geographic_level, area_name) from fact_benchmark"));
        Assert.Equal([2006, 2007], warehouse.Get<WarehouseDatabase>().Query(
            "select distinct academic_year from fact_benchmark order by 1", r => r.GetInt32(0)));
    }

    [Fact]
    public void The_groups_page_query_gives_englands_send_and_fsm_figures_from_the_newest_release_to_every_caller()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.ImportSample(OldAbsence);
        warehouse.ImportSample(OldExclusions);
        var query = warehouse.Get<PublishedByGroupQuery>();

        var send = query.Run(AccessScope.Nothing, "SEND");
        var fsm = query.Run(AccessScope.Of(["Some trust"], []), "FSM");

        Assert.Contains(new PublishedGroupFigure("2016/17", "England", "SEND", "SEN provision Statement or EHCP", "All schools", "Persistent absence", 23.8,
            "absence_natcharacteristics_2016-17_cut"), send);
        Assert.Contains(new PublishedGroupFigure("2016/17", "England", "No SEND", "SEN Provision No SEN", "All schools", "Suspensions per 100 pupils", 3.06,
            "exclusion_natcharacteristics_2016-17_cut"), send);
        Assert.Contains(fsm, f => f is { Group: "FSM", Measure: "Absence", Value: 7.3 });
        Assert.Contains(fsm, f => f is { Group: "Not FSM", Measure: "Pupils suspended at least once, per 100", Value: 1.8 });
        Assert.All(fsm, f => Assert.Equal("FSM", f.Group.Replace("Not ", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Englands_and_the_callers_local_authorities_figures_for_a_group_sit_beside_the_programmes_row_for_the_same_group_and_year()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import("URN,LAESTAB,School name,Phase,Trust,Local authority\n100001,3194001,Oak Academy,secondary,Oak Trust,Sutton\n"
            + "100002,2022002,Elm Academy,secondary,Elm Trust,Camden\n", "schools.csv");
        var census = new System.Text.StringBuilder(CensusCsv.Header).Append('\n');
        for (var pupil = 1; pupil <= 20; pupil++)
            census.Append($"{AttendanceCsv.Upn(pupil)},100001,03/10/2024,F,7,{(pupil <= 10 ? "K" : "N")},N,N,ENG,WBRI,02/09/2024,,\n");
        warehouse.Import(census.ToString(), "census.csv");
        warehouse.Import(AttendanceCsv.For(100001, 20), "attendance.csv");
        // The current termly layout (characteristic, characteristic_breakdown) for the programme's year, nationally and for
        // three LAs: Sutton by its code, Camden by its name (its code here is not the school's), and one no school is in
        // (figures made up).
        const string header = "time_period,time_identifier,geographic_level,country_code,country_name,old_la_code,la_name,education_phase,"
            + "characteristic,characteristic_breakdown,enrolments,possible_sessions,overall_absence,overall_absence_perc\n";
        warehouse.Import(header
            + "202425,Academic year,National,E92000001,England,,,Total,SEN provision,EHC plan,\"300,000\",\"90,000,000\",\"9,000,000\",10\n"
            + "202425,Academic year,National,E92000001,England,,,Total,SEN provision,SEN support,\"1,000,000\",\"300,000,000\",\"24,000,000\",8\n"
            + "202425,Academic year,National,E92000001,England,,,Total,SEN provision,No SEN,\"6,000,000\",\"1,800,000,000\",\"108,000,000\",6\n"
            + "202425,Academic year,Local authority,E92000001,England,319,Sutton,Total,SEN provision,No SEN,\"20,000\",\"6,000,000\",\"330,000\",5.5\n"
            + "202425,Academic year,Local authority,E92000001,England,999,Camden,Total,SEN provision,No SEN,\"10,000\",\"3,000,000\",\"210,000\",7\n"
            + "202425,Academic year,Local authority,E92000001,England,383,Leeds,Total,SEN provision,No SEN,\"50,000\",\"15,000,000\",\"900,000\",6\n",
            "attendance-by-characteristic-2024-25.csv");

        var programme = warehouse.Get<AttendanceByGroupQuery>().Run(AccessScope.Everything, "SEND");
        var published = warehouse.Get<PublishedByGroupQuery>().Run(AccessScope.Everything, "SEND");
        var oakTrust = warehouse.Get<PublishedByGroupQuery>().Run(AccessScope.Of(["Oak Trust"], []), "SEND");
        var elmChosen = warehouse.Get<PublishedByGroupQuery>().Run(AccessScope.Everything, "SEND", DashboardFilter.None with { School = 100002 });
        var elmChosenByOak = warehouse.Get<PublishedByGroupQuery>().Run(AccessScope.Of(["Oak Trust"], []), "SEND", DashboardFilter.None with { School = 100002 });

        Assert.Equal(["No SEND", "SEND"], programme.Where(r => r.AcademicYear == "2024/25").Select(r => r.Group).Order(StringComparer.Ordinal));
        Assert.Equal(
            [("England", "No SEND", "No SEN", 6.0), ("England", "SEND", "EHC plan", 10.0), ("England", "SEND", "SEN support", 8.0),
             ("Camden", "No SEND", "No SEN", 7.0), ("Sutton", "No SEND", "No SEN", 5.5)],
            published.Where(f => programme.Any(r => r.AcademicYear == f.AcademicYear && r.Group == f.Group))
                .Select(f => (f.Area, f.Group, f.Characteristic, f.Value)));
        Assert.All(published, f => Assert.Equal(("Absence", "All schools", "attendance-by-characteristic-2024-25"), (f.Measure, f.Phase, f.Release)));
        Assert.Equal(["England", "Sutton"], oakTrust.Select(f => f.Area).Distinct());
        // One school chosen (its page, or the school filter): its own local authority only; a school outside the
        // caller's scope gives no local authority away.
        Assert.Equal(["England", "Camden"], elmChosen.Select(f => f.Area).Distinct());
        Assert.Equal(["England"], elmChosenByOak.Select(f => f.Area).Distinct());
    }

    [Fact]
    public void A_release_crossing_two_of_the_warehouses_groups_sits_beside_the_programmes_pair_of_them()
    {
        using var warehouse = new WarehouseHarness();
        var census = new System.Text.StringBuilder(CensusCsv.Header).Append('\n');
        for (var pupil = 1; pupil <= 40; pupil++)
            census.Append($"{AttendanceCsv.Upn(pupil)},100001,03/10/2024,{(pupil % 2 == 0 ? "F" : "M")},7,{(pupil <= 20 ? "K" : "N")},N,N,ENG,WBRI,02/09/2024,,\n");
        warehouse.Import(census.ToString(), "census.csv");
        warehouse.Import(AttendanceCsv.For(100001, 40), "attendance.csv");
        // The current layout with one column per characteristic, sex crossed with SEN status (figures made up).
        warehouse.Import("time_period,time_identifier,geographic_level,country_code,country_name,education_phase,sex,sen_status,"
            + "enrolments,possible_sessions,overall_absence,overall_absence_perc\n"
            + "202425,Academic year,National,E92000001,England,Total,Female,SEN support,\"400,000\",\"120,000,000\",\"9,600,000\",8\n"
            + "202425,Academic year,National,E92000001,England,Total,Female,No SEN,\"2,600,000\",\"780,000,000\",\"46,800,000\",6\n"
            + "202425,Academic year,National,E92000001,England,Total,Male,SEN support,\"600,000\",\"180,000,000\",\"16,200,000\",9\n"
            + "202425,Academic year,National,E92000001,England,Total,Total,Total,\"7,000,000\",\"2,100,000,000\",\"144,900,000\",6.9\n",
            "absence-by-sex-and-sen-2024-25.csv");

        var programme = warehouse.Get<AttendanceByGroupQuery>().Run(AccessScope.Everything, "Gender × SEND");
        var published = warehouse.Get<PublishedByGroupQuery>().Run(AccessScope.Everything, "Gender × SEND");

        Assert.Equal(
            [("Female · No SEND", "Female, No SEN", 6.0), ("Female · SEND", "Female, SEN support", 8.0), ("Male · SEND", "Male, SEN support", 9.0)],
            published.Select(f => (f.Group, f.Characteristic, f.Value)));
        Assert.All(published, f => Assert.Contains(programme, r => r.AcademicYear == f.AcademicYear && r.Group == f.Group));
    }

    private static List<(string, double)> Figures(WarehouseHarness warehouse, string characteristic) =>
        [.. warehouse.Get<WarehouseDatabase>().Query(
            $"select measure, value from fact_benchmark where characteristic = '{characteristic}' and phase = 'Total' order by measure",
            r => (r.GetString(0), r.GetDouble(1)))];

    private static double Value(WarehouseHarness warehouse, string characteristic, string measure) =>
        warehouse.Scalar<double>($"select value from fact_benchmark where characteristic = '{characteristic}' and phase = 'Total' and measure = '{measure}'");

    private static (string, double?) Cell(WarehouseHarness warehouse, string characteristic, string measure) =>
        warehouse.Get<WarehouseDatabase>().Query(
            $"select cell_status, value from fact_benchmark where characteristic = '{characteristic}' and phase = 'Total' and measure = '{measure}'",
            r => (r.GetString(0), r.IsDBNull(1) ? (double?)null : r.GetDouble(1))).Single();
}
