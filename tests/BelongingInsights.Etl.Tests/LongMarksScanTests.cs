using System.Text;
using BelongingInsights.Etl.AttendanceMarks;

namespace BelongingInsights.Etl.Tests;

public sealed class LongMarksScanTests
{
    private static readonly LongMarksColumns FiveColumns = new(5, 0, 1, -1, 2, 3, 4);

    [Fact]
    public void Each_pupils_week_holds_every_session_in_its_place_with_each_value_once()
    {
        var scan = Scan("""
            UPN,URN,Date,Session,Mark
            A123456789012,100001,02/09/2024,AM,/
            A123456789012,100001,02/09/2024,PM,\
            A123456789012,100001,06/09/2024,PM,I
            A123456789012,100001,09/09/2024,AM,/
            B123456789012,100001,03/09/2024,AM,X01
            """, slices: 1);

        Assert.NotNull(scan);
        Assert.Equal(5, scan.Scan.Rows);
        Assert.Equal(["A123456789012", "B123456789012"], scan.Scan.Upns);
        Assert.Equal(["/", "\\", "I", "X01"], scan.Scan.Marks);
        Assert.Equal((new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 9)), scan.Scan.SchoolDates[0]);
        Assert.Equal(
            ["A 2024-09-02 2024: Mon AM 1, Mon PM 2, Fri PM 3", "A 2024-09-09 2024: Mon AM 1", "B 2024-09-02 2024: Tue AM 4"],
            scan.Weeks.Select(week => Describe(scan, week)).Order());
        Assert.Equal(
            [("02/09/2024", "/"), ("02/09/2024", "\\"), ("03/09/2024", "X01"), ("06/09/2024", "I"), ("09/09/2024", "/")],
            scan.Scan.DateMarks.Select(p => (scan.Scan.Dates[p.Date], scan.Scan.Marks[p.Mark])).Order());
    }

    [Fact]
    public void Slices_of_the_file_read_in_parallel_find_the_same_marks_as_one_slice()
    {
        var csv = new StringBuilder("UPN,URN,School,Date,Session,Mark\r\n");
        for (var pupil = 0; pupil < 40; pupil++)
        {
            for (var day = 2; day <= 27; day++)
            {
                if (new DateOnly(2024, 9, day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    continue;
                csv.Append($"A1234567{pupil:00000},\"1000{pupil % 3:00}\",\"St Mary's, Camden\",{day:00}/09/2024, am ,{(pupil + day) % 4}\r\n");
                csv.Append($"A1234567{pupil:00000},1000{pupil % 3:00},St Mary's,{day:00}/09/2024,PM,/\r\n");
            }
        }
        var columns = new LongMarksColumns(6, 0, 1, 2, 3, 4, 5);

        var whole = Scan(csv.ToString(), 1, columns);
        var sliced = Scan(csv.ToString(), 7, columns);

        Assert.NotNull(whole);
        Assert.NotNull(sliced);
        Assert.Equal(40 * 20 * 2, sliced.Scan.Rows);
        Assert.Equal(Sessions(whole), Sessions(sliced));
        Assert.Equal("St Mary's, Camden", sliced.Scan.SchoolNames[sliced.Scan.Urns.ToList().IndexOf("100000")]);
        Assert.Equal(whole.Weeks.Count, sliced.Weeks.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Segments_read_one_after_another_find_the_same_sessions_and_values_cut_between_pupils_when_the_file_is_ordered_by_pupil(bool byPupil)
    {
        var csv = SeptemberMarks(byPupil);

        var whole = Scan(csv, 1);
        var segmented = Scan(csv, 2, segmentBytes: 2_000);

        Assert.NotNull(whole);
        Assert.NotNull(segmented);
        Assert.Equal(30 * 20 * 2, segmented.Scan.Rows);
        Assert.Equal(Sessions(whole), Sessions(segmented));
        Assert.Equal(30 * 4, whole.Weeks.Count);
        if (byPupil)
            Assert.Equal(whole.Weeks.Count, segmented.Weeks.Count);
        else
            Assert.True(segmented.Weeks.Count > whole.Weeks.Count, "a file ordered by date has pupil weeks in more than one segment");
        Assert.Equal(whole.Scan.DateMarks.Select(p => (whole.Scan.Dates[p.Date], whole.Scan.Marks[p.Mark])).Order(),
            segmented.Scan.DateMarks.Select(p => (segmented.Scan.Dates[p.Date], segmented.Scan.Marks[p.Mark])).Order());
        Assert.Equal(whole.Scan.SchoolDates.OrderBy(d => d), segmented.Scan.SchoolDates.OrderBy(d => d));
    }

    [Fact]
    public void A_session_marked_again_in_another_slice_is_left_to_the_row_by_row_reader()
    {
        var csv = new StringBuilder("UPN,URN,Date,Session,Mark\n");
        for (var day = 2; day <= 6; day++)
            csv.Append($"A123456789012,100001,{day:00}/09/2024,AM,/\nA123456789012,100001,{day:00}/09/2024,PM,/\n");
        var repeated = csv + "A123456789012,100001,02/09/2024,PM,L\n";

        Assert.NotNull(Scan(csv.ToString(), slices: 3));
        Assert.Null(Scan(repeated, slices: 3));
    }

    [Fact]
    public void A_upn_met_again_after_more_distinct_upns_than_a_slice_keeps_is_the_same_pupil()
    {
        var csv = new StringBuilder("UPN,URN,Date,Session,Mark\n");
        for (var pupil = 0; pupil < 70_000; pupil++)
            csv.Append($"A1234567{pupil:00000},100001,02/09/2024,AM,/\n");
        csv.Append("A123456700000,100001,02/09/2024,PM,I\n");

        var scan = Scan(csv.ToString(), slices: 1, segmentBytes: 8 << 20);

        Assert.NotNull(scan);
        Assert.Equal(70_000, scan.Scan.Upns.Count);
        Assert.Equal(70_000, scan.Weeks.Count);
        Assert.Equal("A 2024-09-02 2024: Mon AM 1, Mon PM 2", Describe(scan, scan.Weeks.Single(week => scan.Scan.Upns[week.Upn] == "A123456700000")));
    }

    [Fact]
    public void Cells_a_line_shares_with_the_line_before_only_in_part_are_read_afresh()
    {
        var scan = Scan("""
            UPN,URN,School,Date,Session,Mark
            A123456789012,100001,Alpha,02/09/2024,AM,/
            A12345678901,2100001,Alpha,02/09/2024,AM,/
            A12345678901,2100001,Beta,02/09/2024,PM,/
            A12345678901,100002,Beta,02/09/2024,PM,L
            "A12345678901",100002,Beta,03/09/2024,AM,/
            "A12345678901",100002,Beta,03/09/2024 ,PM,"/"
            """, slices: 1, new LongMarksColumns(6, 0, 1, 2, 3, 4, 5));

        Assert.NotNull(scan);
        Assert.Equal(["A123456789012", "A12345678901"], scan.Scan.Upns);
        Assert.Equal(["100001", "2100001", "100002"], scan.Scan.Urns);
        Assert.Equal(["Alpha", "Beta", "Beta"], Enumerable.Range(0, 3).Select(urn => scan.Scan.SchoolNames[urn]));
        Assert.Equal(
            new[]
            {
                "A123456789012 100001 2024-09-02 0 /", "A12345678901 2100001 2024-09-02 0 /", "A12345678901 2100001 2024-09-02 1 /",
                "A12345678901 100002 2024-09-02 1 L", "A12345678901 100002 2024-09-03 0 /", "A12345678901 100002 2024-09-03 1 /",
            }.Order(StringComparer.Ordinal),
            Sessions(scan));
    }

    [Fact]
    public void A_cell_of_any_length_up_to_fifteen_bytes_is_told_apart_and_read_back_as_written()
    {
        var marks = Enumerable.Range(1, 15)
            .SelectMany(length => new[] { "ABCDEFGHIJKLMNO"[..length], "ABCDEFGHIJKLMNO"[..(length - 1)] + "z", "z" + "ABCDEFGHIJKLMNO"[1..length] })
            .Distinct()
            .ToList();
        var csv = new StringBuilder("UPN,URN,Date,Session,Mark\n");
        for (var i = 0; i < marks.Count; i++)
            csv.Append($"A1234567{i:00000},100001,02/09/2024,AM,{marks[i]}\n");

        var scan = Scan(csv.ToString(), slices: 1);

        Assert.NotNull(scan);
        Assert.Equal(marks, scan.Scan.Marks);
    }

    [Theory]
    [InlineData("A123456789012,100001,02/09/2024,AM,/,extra")]
    [InlineData("A123456789012,100001,02/09/2024,AM")]
    [InlineData("A123456789012,100001,\"02/09/\"\"2024\",AM,/")]
    [InlineData("A123456789012,100001,2 Sept,AM,/")]
    [InlineData("A123456789012,100001,02/09/2024,Evening,/")]
    [InlineData("A123456789012,100001,02/09/2024,AM,/\nA123456789012,100001,02/09/2024,AM,L")]
    [InlineData("A123456789012,100001,02/09/2024,AM,a mark far too long to pack")]
    public void A_file_that_is_not_plain_is_left_to_the_row_by_row_reader(string rows)
    {
        Assert.Null(Scan($"UPN,URN,Date,Session,Mark\n{rows}\n", slices: 1));
    }

    /// <summary>Thirty pupils marked AM and PM on each weekday of September 2024 at four schools, ordered by date or by pupil.</summary>
    private static string SeptemberMarks(bool byPupil)
    {
        var rows = from day in Enumerable.Range(2, 26)
                   from pupil in Enumerable.Range(0, 30)
                   where new DateOnly(2024, 9, day).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                   orderby byPupil ? pupil : 0, day
                   select $"A1234567{pupil:00000},1000{pupil % 4:00},{day:00}/09/2024,AM,{(pupil + day) % 3}\n"
                       + $"A1234567{pupil:00000},1000{pupil % 4:00},{day:00}/09/2024,PM,/\n";
        return "UPN,URN,Date,Session,Mark\n" + string.Concat(rows);
    }

    /// <summary>The whole file scanned in segments of <paramref name="segmentBytes"/>: the scan and every segment's weeks; null when a segment is.</summary>
    private static Scanned? Scan(string csv, int slices, LongMarksColumns? columns = null, long segmentBytes = 1 << 20)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, csv, new UTF8Encoding(false));
            using var scan = LongMarksScan.Open(path, columns ?? FiveColumns, slices, segmentBytes);
            var weeks = new List<ScannedWeek>();
            while (scan is { Finished: false })
            {
                if (scan.Gather(scan.ReadSegment()) is not { } segment)
                    return null;
                weeks.AddRange(segment);
            }
            return scan is null ? null : new Scanned(scan, weeks);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Describe(Scanned scan, ScannedWeek week)
    {
        string[] days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        var sessions = Enumerable.Range(0, LongMarksScan.SessionsPerWeek)
            .Where(session => (week.Marked & (1 << session)) != 0)
            .Select(session => $"{days[session / 2]} {(session % 2 == 0 ? "AM" : "PM")} {week.MarkIn(session)}");
        return $"{scan.Scan.Upns[week.Upn][0]} {week.WeekStart:yyyy-MM-dd} {week.AcademicYear}: {string.Join(", ", sessions)}";
    }

    /// <summary>Every marked session as pupil, school, date, session and raw mark, in order.</summary>
    private static List<string> Sessions(Scanned scan) =>
    [
        .. scan.Weeks
            .SelectMany(week => Enumerable.Range(0, LongMarksScan.SessionsPerWeek)
                .Where(session => (week.Marked & (1 << session)) != 0)
                .Select(session => $"{scan.Scan.Upns[week.Upn]} {scan.Scan.Urns[week.Urn]} {week.WeekStart.AddDays(session / 2):yyyy-MM-dd} {session % 2} {scan.Scan.Marks[week.MarkIn(session) - 1]}"))
            .Order(StringComparer.Ordinal),
    ];

    private sealed record Scanned(LongMarksScan Scan, List<ScannedWeek> Weeks);
}
