using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Warehouse.Imports;

namespace BelongingInsights.Warehouse.Tests;

public sealed class AttendanceMarksLoadTests
{
    private static readonly DateOnly Autumn = new(2024, 9, 2);

    [Fact]
    public void A_long_file_lands_as_session_marks_and_weekly_rows()
    {
        using var warehouse = new WarehouseHarness();

        var import = warehouse.Import(MarksCsv.For(100001, 3, Autumn, days: 7));

        Assert.Equal((ImportStatus.Succeeded, "attendance-marks", "long", 42, 42), (import.Status, import.DetectedKind, import.Layout, import.RowsRead, import.RowsLoaded));
        Assert.Equal(42, warehouse.Scalar<long>("select count(*) from fact_attendance_mark"));
        Assert.Equal(6, warehouse.Scalar<long>("select count(*) from fact_attendance_week"));
        Assert.Equal(10, warehouse.Scalar<int>("select possible_sessions from fact_attendance_week where week_start = date '2024-09-02' limit 1"));
        Assert.Equal(0, warehouse.Scalar<long>("select count(*) from stg_attendance_mark"));
    }

    [Fact]
    public void A_clean_file_loads_the_same_marks_and_weeks_in_bulk_as_row_by_row()
    {
        var csv = MarksCsv.For(100001, 3, Autumn, days: 12, mark: "I") + MarksCsv.For(100002, 2, Autumn.AddDays(7), days: 4, mark: "X01")[MarksCsv.Header.Length..]
            + $"{AttendanceCsv.Upn(4).ToLowerInvariant()},100002,\"16/09/2024\", pm ,<\n";
        using var bulk = new WarehouseHarness();
        using var rowByRow = new WarehouseHarness();

        bulk.Import(csv);
        rowByRow.Import("Register export 02/09/2024\n" + csv);

        Assert.Contains(bulk.Log.Messages, m => m.Contains("staged in bulk", StringComparison.Ordinal));
        Assert.DoesNotContain(rowByRow.Log.Messages, m => m.Contains("staged in bulk", StringComparison.Ordinal));
        Assert.Equal(Loaded(rowByRow), Loaded(bulk));
        Assert.Equal(89, Loaded(bulk).Count);
    }

    private static List<string> Loaded(WarehouseHarness warehouse)
    {
        using var connection = warehouse.Open();
        using var command = connection.Command("""
            select concat_ws(' ', s.urn, s.name, p.pupil_hash, f.session_date, f.session, f.raw_mark, f.attendance_code_key, w.possible_sessions, w.authorised_absence, w.not_counted_sessions)
            from fact_attendance_mark as f
            inner join dim_school as s using (school_key)
            inner join dim_pupil as p using (pupil_key)
            inner join fact_attendance_week as w on w.school_key = f.school_key and w.pupil_key = f.pupil_key and w.week_start = date_trunc('week', f.session_date)
            order by all
            """);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(reader.GetString(0));
        return rows;
    }

    [Fact]
    public void The_category_of_a_mark_follows_the_code_set_of_its_date()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import("UPN,URN,Date,Session,Mark\n"
            + $"{AttendanceCsv.Upn(1)},100001,15/07/2024,AM,J\n"
            + $"{AttendanceCsv.Upn(1)},100001,15/07/2024,PM,H\n"
            + $"{AttendanceCsv.Upn(1)},100001,16/07/2024,AM,Y\n", "old.csv");
        warehouse.Import("UPN,URN,Date,Session,Mark\n"
            + $"{AttendanceCsv.Upn(1)},100001,02/09/2024,AM,?\n"
            + $"{AttendanceCsv.Upn(1)},100001,02/09/2024,PM,X01\n"
            + $"{AttendanceCsv.Upn(1)},100001,03/09/2024,AM,K\n", "new.csv");

        Assert.Equal("(2, 1, 1, 0, 1)", warehouse.Scalar<string>(
            "select (possible_sessions, aea_sessions, authorised_absence, unauthorised_absence, not_counted_sessions)::varchar from fact_attendance_week where academic_year = 2023"));
        Assert.Equal("(2, 1, 1, 0, 1)", warehouse.Scalar<string>(
            "select (possible_sessions, aea_sessions, authorised_absence, unauthorised_absence, not_counted_sessions)::varchar from fact_attendance_week where academic_year = 2024"));
        Assert.Equal("?>J1,X01>X", warehouse.Scalar<string>(
            "select string_agg(f.raw_mark || '>' || c.code, ',' order by f.session) from fact_attendance_mark as f join dim_attendance_code as c using (attendance_code_key) where f.session_date = date '2024-09-02'"));
    }

    [Fact]
    public void A_session_marked_twice_in_a_file_is_held_back_naming_the_first_row()
    {
        using var warehouse = new WarehouseHarness();
        var csv = MarksCsv.For(100001, 2, Autumn, days: 20) + $"{AttendanceCsv.Upn(1)},100001,02/09/2024,AM,N\n";

        var import = warehouse.Import(csv);

        Assert.Equal((ImportStatus.Succeeded, 80, 1), (import.Status, import.RowsLoaded, import.RowsQuarantined));
        var problem = Assert.Single(warehouse.Problems(import));
        Assert.Equal((82, "UPN", "The same pupil and session already appear at row 2."), (problem.Line, problem.Column, problem.Message));
        Assert.Equal("/", warehouse.Scalar<string>("select raw_mark from fact_attendance_mark where session_date = date '2024-09-02' and session = 'AM' and pupil_key = (select min(pupil_key) from dim_pupil)"));
    }

    [Fact]
    public void A_file_read_in_many_segments_loads_as_row_by_row_each_week_two_segments_split_as_one()
    {
        var csv = DateMajor(pupils: 300, days: 20);
        using var bulk = new WarehouseHarness();
        using var rowByRow = new WarehouseHarness();

        var import = bulk.Import(csv);
        rowByRow.Import("Register export 02/09/2024\n" + csv);

        Assert.True(csv.Length > 8 * 64 * 1024);
        Assert.Contains(bulk.Log.Messages, m => m.Contains("staged in bulk", StringComparison.Ordinal));
        Assert.Equal((ImportStatus.Succeeded, 12_000), (import.Status, import.RowsLoaded));
        Assert.Equal(300 * 4, bulk.Scalar<long>("select count(*) from fact_attendance_week"));
        Assert.Equal("St Mary's Later", bulk.Scalar<string>("select name from dim_school where urn = 100001"));
        Assert.Equal(Loaded(rowByRow), Loaded(bulk));
    }

    [Fact]
    public void A_session_marked_again_in_a_later_segment_is_read_row_by_row_and_held_back()
    {
        using var warehouse = new WarehouseHarness();
        var csv = DateMajor(pupils: 300, days: 20) + $"{AttendanceCsv.Upn(1)},100002,St Mary's,02/09/2024,AM,N\n";

        var import = warehouse.Import(csv);

        Assert.Contains(warehouse.Log.Messages, m => m.Contains("read again row by row", StringComparison.Ordinal));
        Assert.Equal((ImportStatus.Succeeded, 12_000, 1), (import.Status, import.RowsLoaded, import.RowsQuarantined));
        var problem = Assert.Single(warehouse.Problems(import));
        Assert.Equal((12_002, "The same pupil and session already appear at row 2."), (problem.Line, problem.Message));
        Assert.Equal(12_000, warehouse.Scalar<long>("select count(*) from fact_attendance_mark"));
    }

    [Fact]
    public void A_value_that_is_not_clean_in_a_later_segment_rolls_the_bulk_load_back_and_the_row_is_reported()
    {
        using var warehouse = new WarehouseHarness();
        var csv = DateMajor(pupils: 300, days: 20) + "A12345,100001,St Mary's,30/09/2024,AM,/\n";

        var import = warehouse.Import(csv);

        Assert.Contains(warehouse.Log.Messages, m => m.Contains("read again row by row", StringComparison.Ordinal));
        Assert.Equal((ImportStatus.Succeeded, 12_000, 1), (import.Status, import.RowsLoaded, import.RowsQuarantined));
        var problem = Assert.Single(warehouse.Problems(import));
        Assert.Equal((12_002, "UPN"), (problem.Line, problem.Column));
        Assert.Equal(300 * 4, warehouse.Scalar<long>("select count(*) from fact_attendance_week"));
        Assert.Equal(300, warehouse.Scalar<long>("select count(*) from dim_pupil"));
    }

    /// <summary>A long export sorted by date, as some MIS write them: every pupil's week is spread over the file.</summary>
    private static string DateMajor(int pupils, int days)
    {
        var csv = new System.Text.StringBuilder("UPN,URN,School,Date,Session,Mark\n");
        var date = Autumn;
        for (var day = 0; day < days; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                continue;
            var name = day < days / 2 ? "St Mary's" : "St Mary's Later";
            for (var pupil = 1; pupil <= pupils; pupil++)
            {
                var text = date.ToString("dd'/'MM'/'yyyy", System.Globalization.CultureInfo.InvariantCulture);
                var mark = (pupil + day) % 7 == 0 ? "I" : "/";
                csv.Append($"{AttendanceCsv.Upn(pupil)},10000{1 + (pupil % 2)},{name},{text},AM,{mark}\n{AttendanceCsv.Upn(pupil)},10000{1 + (pupil % 2)},{name},{text},PM,/\n");
            }
            day++;
        }
        return csv.ToString();
    }

    [Fact]
    public void A_week_marked_under_two_spellings_of_a_upn_loads_in_bulk_as_one_pupil_week()
    {
        using var warehouse = new WarehouseHarness();
        var upn = AttendanceCsv.Upn(1);
        var csv = MarksCsv.Header + "\n" + string.Concat(Enumerable.Range(2, 5).Select(day =>
            $"{upn},100001,{day:00}/09/2024,AM,/\n{upn.ToLowerInvariant()},100001,{day:00}/09/2024,PM,I\n"));

        var import = warehouse.Import(csv);

        Assert.Contains(warehouse.Log.Messages, m => m.Contains("staged in bulk", StringComparison.Ordinal));
        Assert.Equal((ImportStatus.Succeeded, 10), (import.Status, import.RowsLoaded));
        Assert.Equal("1 10 5 5 2024-09-02 2024-09-06", warehouse.Scalar<string>("""
            select string_agg(concat_ws(' ', w.weeks, f.possible_sessions, f.present_sessions, f.authorised_absence, f.period_start, f.period_end), ';')
            from fact_attendance_week as f
            cross join (select count(*) as weeks from fact_attendance_week) as w
            """));
    }

    [Fact]
    public void A_session_marked_twice_under_two_spellings_of_a_upn_is_read_row_by_row_and_held_back()
    {
        using var warehouse = new WarehouseHarness();
        var csv = MarksCsv.For(100001, 2, Autumn, days: 5) + $"{AttendanceCsv.Upn(1).ToLowerInvariant()},100001,02/09/2024,PM,N\n";

        var import = warehouse.Import(csv);

        Assert.DoesNotContain(warehouse.Log.Messages, m => m.Contains("staged in bulk", StringComparison.Ordinal));
        Assert.Equal((ImportStatus.Succeeded, 20, 1), (import.Status, import.RowsLoaded, import.RowsQuarantined));
        var problem = Assert.Single(warehouse.Problems(import));
        Assert.Equal((22, "The same pupil and session already appear at row 3."), (problem.Line, problem.Message));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Raw_marks_beyond_the_255_the_warehouse_tells_apart_refuse_the_file_and_load_nothing(bool bulk)
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(NumberedMarks(1, 200));
        var preamble = bulk ? "" : "Register export 02/09/2024\n";

        var import = warehouse.Import(preamble + NumberedMarks(101, 160));

        Assert.Equal(ImportStatus.Rejected, import.Status);
        Assert.Contains("would hold 260 distinct marks; it can tell apart at most 255", import.Message, StringComparison.Ordinal);
        Assert.Equal(200, warehouse.Scalar<long>("select count(*) from dim_attendance_mark"));
        Assert.Equal(200, warehouse.Scalar<long>("select count(*) from fact_attendance_mark"));
    }

    /// <summary>Marks I_first, I_first+1, ... (each an I sub-code), ten sessions of a week to a pupil at one school.</summary>
    private static string NumberedMarks(int first, int marks)
    {
        var csv = new System.Text.StringBuilder(MarksCsv.Header).Append('\n');
        for (var mark = 0; mark < marks; mark++)
            csv.Append($"{AttendanceCsv.Upn(1 + (mark / 10))},100001,{2 + (mark % 10 / 2):00}/09/2024,{(mark % 2 == 0 ? "AM" : "PM")},I_{first + mark}\n");
        return csv.ToString();
    }

    [Fact]
    public void Pupils_the_warehouse_knows_keep_their_keys_in_a_bulk_load_and_new_pupils_are_added_once()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(MarksCsv.For(100001, 2, Autumn, days: 5));

        var import = warehouse.Import(MarksCsv.For(100002, 4, Autumn, days: 5));

        Assert.Contains(warehouse.Log.Messages, m => m.Contains("staged in bulk", StringComparison.Ordinal));
        Assert.Equal((ImportStatus.Succeeded, 40), (import.Status, import.RowsLoaded));
        Assert.Equal(4, warehouse.Scalar<long>("select count(*) from dim_pupil"));
        Assert.Equal(4, warehouse.Scalar<long>("select count(distinct pupil_key) from fact_attendance_week"));
        Assert.Equal(2, warehouse.Scalar<long>("select count(*) from (select pupil_key from fact_attendance_week group by pupil_key having count(distinct school_key) = 2)"));
    }

    [Fact]
    public void A_corrected_export_for_the_same_school_and_dates_replaces_the_earlier_marks()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(MarksCsv.For(100001, 2, Autumn, days: 10));
        warehouse.Import(MarksCsv.For(100002, 2, Autumn, days: 10));

        var corrected = warehouse.Import(MarksCsv.For(100001, 2, Autumn, days: 5, mark: "I"));

        Assert.Equal(ImportStatus.Succeeded, corrected.Status);
        Assert.Equal(80, warehouse.Scalar<long>("select count(*) from fact_attendance_mark"));
        Assert.Equal(20, warehouse.Scalar<long>("select sum(authorised_absence)::bigint from fact_attendance_week"));
        Assert.Equal(80, warehouse.Scalar<long>("select sum(possible_sessions)::bigint from fact_attendance_week"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_correction_covering_part_of_two_weeks_keeps_the_other_days_of_those_weeks(bool bulk)
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(MarksCsv.For(100001, 2, Autumn, days: 10));
        var preamble = bulk ? "" : "Register export 04/09/2024\n";

        warehouse.Import(preamble + MarksCsv.For(100001, 2, Autumn.AddDays(2), days: 5, mark: "I"));

        Assert.Equal(bulk, warehouse.Log.Messages.Count(m => m.Contains("staged in bulk", StringComparison.Ordinal)) == 2);
        Assert.Equal(40, warehouse.Scalar<long>("select count(*) from fact_attendance_mark"));
        Assert.Equal("2024-09-02 (2024-09-02..2024-09-06): 20 possible, 8 present, 12 authorised; 2024-09-09 (2024-09-09..2024-09-13): 20 possible, 12 present, 8 authorised",
            warehouse.Scalar<string>("""
                select string_agg(format('{} ({}..{}): {} possible, {} present, {} authorised',
                    week_start, first_day, last_day, possible, present, authorised), '; ' order by week_start)
                from (
                    select week_start, min(period_start) as first_day, max(period_end) as last_day, sum(possible_sessions) as possible,
                        sum(present_sessions) as present, sum(authorised_absence) as authorised
                    from fact_attendance_week
                    group by week_start
                )
                """));
    }

    [Fact]
    public void A_wide_register_is_detected_and_loaded()
    {
        using var warehouse = new WarehouseHarness();
        var csv = "Attendance Register,,\nWeek beginning 02/09/2024,,\nUPN,Mon 02/09 AM,Mon 02/09 PM\n"
            + $"{AttendanceCsv.Upn(1)},/,N\n{AttendanceCsv.Upn(2)},L,<\n";

        var import = warehouse.Import(csv, schoolUrn: 100001);

        Assert.Equal((ImportStatus.Succeeded, "attendance-marks", "wide", 4), (import.Status, import.DetectedKind, import.Layout, import.RowsLoaded));
        Assert.Equal("(4, 2, 1, 1)", warehouse.Scalar<string>(
            "select (sum(possible_sessions), sum(present_sessions), sum(authorised_absence), sum(unauthorised_absence))::varchar from fact_attendance_week"));
    }

    [Fact]
    public void The_mart_prefers_marks_over_a_summary_for_the_same_pupil_and_term()
    {
        using var warehouse = new WarehouseHarness();
        warehouse.Import(AttendanceCsv.For(100001, 12, absent: 50));

        warehouse.Import(MarksCsv.For(100001, 12, Autumn, days: 5));

        Assert.Equal("(12, 120, 100.0)", warehouse.Scalar<string>(
            "select (enrolments, possible_sessions, attendance_rate)::varchar from mart_attendance_school where urn = 100001 and period = 'Autumn'"));
        Assert.Equal(12, warehouse.Scalar<long>("select count(*) from fact_attendance"));
    }

    [Fact]
    public void The_code_dimension_holds_every_code_of_both_sets()
    {
        using var warehouse = new WarehouseHarness();

        foreach (var (set, codes) in new[] { (MarkCodes.Set2024, MarkCodes.Codes2024), (MarkCodes.SetPre2024, MarkCodes.CodesPre2024) })
        {
            using var connection = warehouse.Open();
            var stored = connection.Scalar<string>("select string_agg(code, ' ' order by code) from dim_attendance_code where code_set = $set", ("set", set));
            Assert.Equal(string.Join(' ', codes.Order(StringComparer.Ordinal)), stored);
        }
    }
}
