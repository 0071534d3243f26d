using BelongingInsights.Etl.Common;
using BelongingInsights.Etl.Suspensions;

namespace BelongingInsights.Etl.Tests;

public sealed class SuspensionReaderTests
{
    private static (List<SuspensionRecord> Records, ProblemLog Problems) Read(string name, int? schoolUrn = 100001)
    {
        var problems = new ProblemLog(name);
        using var table = ExportTable.Open(SampleFiles.PathOf("suspensions", name), ExportKinds.Layouts, problems)!;
        Assert.Equal(ExportKind.Suspensions, table.Layout.Kind);
        var context = new ImportContext(name, schoolUrn, SampleReads.Pseudonymiser) { ReceivedOn = new DateOnly(2025, 2, 1) };
        return (SuspensionReader.Read(table, context, problems).ToList(), problems);
    }

    private static string Describe(SuspensionRecord r) =>
        $"{r.Line} {r.Category} {r.Sessions?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} "
        + string.Join(" ", r.Reasons.Select(reason => $"{reason.Raw ?? "?"}:{reason.DfeCode}"));

    private static List<(int, string, string?, ProblemSeverity, string)> Problems(ProblemLog problems) =>
        [.. problems.Problems.Select(p => (p.Line, p.Column, p.Value, p.Severity, p.Message))];

    [Fact]
    public void Sims_fixed_term_permanent_and_lunchtime_exclusions_are_read_with_sessions_and_up_to_three_reasons()
    {
        var (records, problems) = Read("sims-exclusions.csv");

        Assert.Equal(
            ["3 suspension 3 DB:DB VA:VA", "4 permanent - PA:PA OW:OW", "5 lunchtime 1 DB:DB", "6 suspension 6 OT:OT"],
            records.Select(Describe));
        Assert.Equal(
            [
                (6, "Reason 1", "OT", ProblemSeverity.Warning, "OT (other) was withdrawn from the census in September 2020; use the closest current reason."),
                (7, "Sessions", null, ProblemSeverity.Error, "The length is empty: give the sessions or days of the suspension."),
            ],
            Problems(problems));
    }

    [Fact]
    public void Arbor_lengths_in_days_become_two_sessions_a_day_and_descriptions_become_dfe_codes()
    {
        var (records, problems) = Read("arbor-suspensions.csv", schoolUrn: null);

        Assert.Equal(
            [
                "2 suspension 1 Persistent or general disruptive behaviour:DB",
                "3 suspension 5 PA:PA",
                "4 permanent - Use or threat of use of an offensive weapon or prohibited item:OW",
            ],
            records.Select(Describe));
        Assert.Equal([(5, "Days", "1.25", ProblemSeverity.Error, "Not a number of whole or half school days.")], Problems(problems));
    }

    [Fact]
    public void Bromcom_local_codes_are_mapped_or_kept_as_other_and_free_text_reasons_are_not_stored()
    {
        var (records, problems) = Read("bromcom-exclusions.csv");

        Assert.Equal(["2 suspension 2 PD:DB LD:OT", "3 permanent - ?:OT", "4 lunchtime 1 Disruptive behaviour:DB"], records.Select(Describe));
        Assert.Equal(
            [
                (2, "Reason 2", "LD", ProblemSeverity.Warning, "Not a DfE reason code: kept as exported and counted as OT (other). Add it to the reason list to map it."),
                (3, "Reason 1", null, ProblemSeverity.Warning, "An unrecognised reason description is not stored, as it may be free text; counted as OT (other)."),
                (5, "Days", "50", ProblemSeverity.Error, "A suspension cannot be longer than 45 school days (90 sessions)."),
            ],
            Problems(problems));
    }

    [Fact]
    public void A_generic_export_holds_back_duplicates_unknown_categories_unreadable_sessions_and_far_future_dates()
    {
        var (records, problems) = Read("generic-suspensions.csv");

        Assert.Equal(["2 suspension 2 PP:PP VP:VP DM:DM"], records.Select(Describe));
        Assert.Equal(
            [
                (3, "UPN", null, ProblemSeverity.Error, "The same pupil, start date and category already appear at row 2."),
                (4, "Category", "Expelled", ProblemSeverity.Error, "Expected a suspension (FIXD, fixed term), permanent exclusion (PERM) or lunchtime suspension (LNCH)."),
                (5, "Sessions", "two", ProblemSeverity.Error, "Not a whole number of sessions."),
                (6, "Start date", "01/06/2025", ProblemSeverity.Error, "The date is more than 31 days after the file was received."),
            ],
            Problems(problems));
    }

    [Fact]
    public void A_file_with_neither_sessions_nor_days_is_refused()
    {
        var (records, problems) = Read("no-length.csv");

        Assert.Empty(records);
        Assert.Equal("The file has no column for the length of each suspension: add Sessions or Days.", problems.Fatal!.Message);
    }

    [Theory]
    [InlineData("Verbal abuse/threatening behaviour against an adult", "VA")]
    [InlineData("verbal_adult", "VA")]
    [InlineData("dm", "DM")]
    [InlineData("Cyber-bullying", "BU")]
    [InlineData("TH: Theft", "TH")]
    public void Reasons_are_recognised_by_code_description_or_older_name(string text, string code) =>
        Assert.Equal(code, ExclusionReasons.Recognise(text)!.DfeCode);
}
