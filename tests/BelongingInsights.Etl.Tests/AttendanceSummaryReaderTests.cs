using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

public sealed class AttendanceSummaryReaderTests
{
    [Fact]
    public void Title_rows_above_the_header_and_a_totals_row_below_the_data_are_passed_over()
    {
        var (records, problems) = SampleReads.ReadAttendanceSummary("sims-with-title-and-totals.csv", schoolUrn: 100001);

        Assert.Empty(problems.Problems);
        Assert.Equal([5, 6], records.Select(r => r.Line));
        var first = records[0];
        Assert.Equal((144, 130, 2, 8, 4), (first.PossibleSessions, first.PresentSessions, first.ApprovedActivitySessions, first.AuthorisedAbsence, first.UnauthorisedAbsence));
        Assert.Equal(new DateOnly(2024, 9, 2), first.PeriodStart);
        Assert.Equal(100001, first.SchoolUrn);
    }

    [Fact]
    public void The_upn_becomes_a_keyed_hash_and_names_are_not_read()
    {
        var (records, _) = SampleReads.ReadAttendanceSummary("sims-with-title-and-totals.csv", schoolUrn: 100001);

        Assert.Equal(SampleReads.Pseudonymiser.PupilKey("B801200005001"), records[0].PupilKey);
        Assert.DoesNotContain(records, r => r.ToString().Contains("Smith", StringComparison.Ordinal) || r.ToString().Contains("B8012", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_with_errors_are_held_back_with_row_column_and_reason()
    {
        var (records, problems) = SampleReads.ReadAttendanceSummary("row-problems.csv");

        Assert.Equal([2, 9], records.Select(r => r.Line));
        Assert.Equal(6, problems.QuarantinedRows);
        var errors = problems.Problems.Where(p => p.Severity == ProblemSeverity.Error)
            .Select(p => (p.Line, p.Column, p.Value, p.Message)).ToList();
        Assert.Equal(
            [
                (3, "UPN", null, "The UPN is not valid: it has a check letter that does not match its digits."),
                (4, "Possible sessions", "100", "Absence (110 sessions) is more than the possible sessions (100)."),
                (5, "Start date", "31/02/2024", "Not a date: use dd/mm/yyyy or yyyy-mm-dd."),
                (6, "Possible sessions", "144", "Present, AEA and absence add up to 114 sessions, not the 144 possible sessions."),
                (7, "UPN", null, "The same pupil and period already appear at row 2."),
                (8, "Present", "abc", "Not a whole number of sessions."),
            ],
            errors);
        Assert.Contains(problems.Problems, p => p is { Line: 9, Severity: ProblemSeverity.Warning } && p.Message.Contains("temporary UPN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_column_refuses_the_file_and_names_the_column()
    {
        var (records, problems) = SampleReads.ReadAttendanceSummary("missing-possible-column.csv");

        Assert.Empty(records);
        Assert.Equal("Row 1 looks like a header for attendance-summary exports but has no column for: Possible sessions.", problems.Fatal?.Message);
    }

    [Fact]
    public void A_file_without_a_urn_column_needs_the_school_chosen_at_upload()
    {
        var (refused, problems) = SampleReads.ReadAttendanceSummary("no-urn.csv");
        var (accepted, _) = SampleReads.ReadAttendanceSummary("no-urn.csv", schoolUrn: 123456);

        Assert.Empty(refused);
        Assert.Contains("choose the school", problems.Fatal?.Message, StringComparison.Ordinal);
        Assert.Equal(123456, Assert.Single(accepted).SchoolUrn);
    }
}
