using BelongingInsights.Etl.AttendanceMarks;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

public sealed class AttendanceMarksReaderTests
{
    [Fact]
    public void Sims_long_export_with_title_rows_keeps_raw_marks_beside_their_codes()
    {
        var (records, problems, layout) = SampleReads.ReadAttendanceMarks("sims-long.csv");

        Assert.Empty(problems.Problems);
        Assert.Equal("attendance-marks/long", layout);
        Assert.Equal(
            [("/", "/"), ("\\", "\\"), ("I_F", "I"), ("L", "L"), ("C1", "C1"), ("J1", "J1")],
            records.Select(r => (r.RawMark, r.Code)));
        Assert.Equal((new DateOnly(2024, 9, 3), "AM", MarkCodes.Set2024, 7), (records[2].SessionDate, records[2].Session, records[2].CodeSet, records[2].Line));
        Assert.Equal(SampleReads.Pseudonymiser.PupilKey("P901210100001"), records[0].PupilKey);
    }

    [Fact]
    public void Wonde_long_export_maps_dfe_sub_codes_to_their_parent()
    {
        var (records, problems, layout) = SampleReads.ReadAttendanceMarks("wonde-long.csv");

        Assert.Empty(problems.Problems);
        Assert.Equal("attendance-marks/long", layout);
        Assert.Equal(["X", "I", "Y3"], records.Select(r => r.Code));
    }

    [Fact]
    public void Bromcom_long_export_before_19_august_2024_uses_the_older_code_set()
    {
        var (records, problems, _) = SampleReads.ReadAttendanceMarks("bromcom-long.csv");

        Assert.Empty(problems.Problems);
        Assert.Equal(["H", "J", "Y", "F"], records.Select(r => r.Code));
        Assert.All(records, r => Assert.Equal(MarkCodes.SetPre2024, r.CodeSet));
    }

    [Fact]
    public void Arbor_long_export_takes_the_urn_from_the_file_and_ignores_the_case_of_marks()
    {
        var (records, problems, _) = SampleReads.ReadAttendanceMarks("arbor-long.csv", schoolUrn: null);

        Assert.Empty(problems.Problems);
        Assert.Equal([("K", 100002), ("Q", 100002)], records.Select(r => (r.Code, r.SchoolUrn)));
    }

    [Fact]
    public void Capita_one_single_character_stand_ins_become_two_character_codes()
    {
        var (records, problems, _) = SampleReads.ReadAttendanceMarks("capita-one-stand-ins.csv");

        Assert.Empty(problems.Problems);
        Assert.Equal(["C1", "C2", "J1", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "X"], records.Select(r => r.Code));
        Assert.Equal("a", records[4].RawMark);
    }

    [Fact]
    public void Bad_marks_dates_and_sessions_are_held_back_with_row_column_and_reason()
    {
        var (records, problems, _) = SampleReads.ReadAttendanceMarks("bad-marks.csv");

        Assert.Equal([2], records.Select(r => r.Line));
        Assert.Equal(6, problems.QuarantinedRows);
        Assert.Equal(
            [
                (3, "Mark", "H", ProblemSeverity.Error, "H was withdrawn from 19/08/2024; it is not a valid mark on 02/09/2024."),
                (4, "Date", "01/07/2024", ProblemSeverity.Error, "This session is in 2023/24 but the export's first session is in 2024/25: export one academic year per file."),
                (4, "Mark", "C1", ProblemSeverity.Error, "C1 was introduced on 19/08/2024; it is not a valid mark on 01/07/2024."),
                (5, "Mark", "ZZ", ProblemSeverity.Error, "Not a DfE attendance mark, a known MIS sub-code or a Capita ONE stand-in."),
                (6, "Session", "EVE", ProblemSeverity.Error, "The session must be AM or PM."),
                (7, "Date", "31/09/2024", ProblemSeverity.Error, "Not a date: use dd/mm/yyyy or yyyy-mm-dd."),
                (8, "Mark", null, ProblemSeverity.Warning, "No mark is recorded for this session; it is left out."),
                (9, "Date", "01/09/2025", ProblemSeverity.Error, "This session is in 2025/26 but the export's first session is in 2024/25: export one academic year per file."),
            ],
            problems.Problems.Select(p => (p.Line, p.Column, p.Value, p.Severity, p.Message)));
    }

    [Fact]
    public void Sessions_on_a_weekend_at_christmas_or_in_august_load_with_one_warning_per_day()
    {
        var (records, problems, _) = SampleReads.ReadAttendanceMarks("sessions-outside-term.csv");

        Assert.Equal(5, records.Count);
        Assert.Equal(0, problems.QuarantinedRows);
        Assert.Equal(
            [
                (3, "07/09/2024", "This session is on a Saturday, outside the school week: check the date."),
                (5, "26/12/2024", "This session is in the Christmas holiday: check the date."),
                (6, "15/08/2025", "This session is in August, in the summer holiday: check the date."),
            ],
            problems.Problems.Select(p => (p.Line, p.Value, p.Message)));
        Assert.All(problems.Problems, p => Assert.Equal((ProblemSeverity.Warning, "Date"), (p.Severity, p.Column)));
    }

    [Fact]
    public void Wide_export_without_years_takes_the_academic_year_from_a_title_row()
    {
        var (records, problems, layout) = SampleReads.ReadAttendanceMarks("wide-short-headers.csv");

        Assert.Equal("attendance-marks/wide", layout);
        Assert.Equal(9, records.Count);
        Assert.Equal(
            [(new DateOnly(2024, 9, 2), "AM", "/"), (new DateOnly(2024, 9, 2), "PM", "\\"), (new DateOnly(2024, 9, 3), "AM", "/"), (new DateOnly(2024, 9, 3), "PM", "I")],
            records.Where(r => r.Line == 4).Select(r => (r.SessionDate, r.Session, r.Code)));
        Assert.Equal(["N", "N", "C1", "Y1", "L"], records.Where(r => r.Line == 5).Select(r => r.Code));
        var problem = Assert.Single(problems.Problems);
        Assert.Equal((6, "Mon 02/09 PM", "XX"), (problem.Line, problem.Column, problem.Value));
        Assert.Equal(1, problems.QuarantinedRows);
    }

    [Fact]
    public void Wide_export_with_full_dates_in_its_headers_before_2024_uses_the_older_code_set()
    {
        var (records, problems, layout) = SampleReads.ReadAttendanceMarks("wide-full-dates.csv", schoolUrn: null);

        Assert.Empty(problems.Problems);
        Assert.Equal("attendance-marks/wide", layout);
        Assert.Equal(
            [(new DateOnly(2024, 7, 15), "AM", "H"), (new DateOnly(2024, 7, 15), "PM", "J"), (new DateOnly(2024, 7, 16), "AM", "Y")],
            records.Select(r => (r.SessionDate, r.Session, r.Code)));
        Assert.All(records, r => Assert.Equal((MarkCodes.SetPre2024, 100001), (r.CodeSet, r.SchoolUrn)));
    }

    [Fact]
    public void Wide_export_with_no_year_anywhere_is_refused()
    {
        var (records, problems, _) = SampleReads.ReadAttendanceMarks("wide-no-year.csv");

        Assert.Empty(records);
        Assert.StartsWith("The session columns have no year", problems.Fatal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wide_export_with_a_session_outside_the_academic_year_is_refused()
    {
        var (records, problems, _) = SampleReads.ReadAttendanceMarks("wide-outside-year.csv");

        Assert.Empty(records);
        Assert.Equal(
            ("Mon 01/09/2025 AM", "The session column 'Mon 01/09/2025 AM' is outside the academic year 2024/25 of the export's first session: export one academic year per file."),
            (problems.Fatal?.Column, problems.Fatal?.Message));
    }

    [Fact]
    public void Wide_export_whose_weekdays_contradict_the_inferred_year_is_refused()
    {
        var (records, problems, _) = SampleReads.ReadAttendanceMarks("wide-wrong-weekday.csv");

        Assert.Empty(records);
        Assert.Equal("The session column 'Mon 02/09 AM' says Monday but in 2025/26 that date is a Tuesday: export the register with full dates.", problems.Fatal?.Message);
    }

    [Theory]
    [InlineData("X01", "X")]
    [InlineData("x03", "X")]
    [InlineData("I02", "I")]
    [InlineData("I_F", "I")]
    [InlineData("C1", "C1")]
    [InlineData("+", "X")]
    [InlineData("a", "Y2")]
    [InlineData("A", null)]
    [InlineData("ZZ_1", null)]
    public void Mis_marks_normalise_to_a_statutory_code(string raw, string? code) =>
        Assert.Equal(code, MarkCodes.Normalise(raw));
}
