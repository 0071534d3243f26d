using BelongingInsights.Etl.Attendance;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

/// <summary>A summary without date columns takes its period from its title rows, else from the upload's <c>period</c> field.</summary>
public sealed class AttendanceSummaryPeriodTests
{
    private const string Header = "UPN,URN,Possible,Present,AEA,Authorised,Unauthorised";

    [Theory]
    [InlineData("Attendance Summary - Autumn Term 2024/25", "2024-09-01", "2024-12-31")]
    [InlineData("Attendance Summary 2024/25 Spring", "2025-01-01", "2025-03-31")]
    [InlineData("Summer term 2024-2025", "2025-04-01", "2025-08-31")]
    [InlineData("Date range: 06/01/2025 - 11/04/2025", "2025-01-06", "2025-04-11")]
    [InlineData("From 06/01/2025 to 11/04/2025", "2025-01-06", "2025-04-11")]
    public void A_title_row_gives_the_period(string title, string start, string end)
    {
        var (records, problems) = Read($"{title},,,\nPrinted 12/04/2025,,,\n{Header}\n{Row(1)}\n{Row(2)}\n");

        Assert.Null(problems.Fatal);
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (r.PeriodStart, r.PeriodEnd)));
    }

    [Theory]
    [InlineData("2024/25 autumn", "2024-09-01", "2024-12-31", "Autumn term 2024/25")]
    [InlineData("2024/25 spring", "2025-01-01", "2025-03-31", "Spring term 2024/25")]
    [InlineData("2024/25 summer", "2025-04-01", "2025-08-31", "Summer term 2024/25")]
    [InlineData("2024/25", "2024-09-01", "2025-08-31", "2024/25")]
    [InlineData("06/01/2025-11/04/2025", "2025-01-06", "2025-04-11", "Spring to summer term 2024/25")]
    [InlineData("01/12/2023-11/04/2025", "2023-12-01", "2025-04-11", "Autumn term 2023/24 to summer term 2024/25")]
    public void Without_a_title_the_period_field_gives_it_and_the_imports_list_names_it(string field, string start, string end, string text)
    {
        var period = ReportPeriod.FromField(field)!;
        var (records, problems) = Read($"{Header}\n{Row(1)}\n", period);

        Assert.Equal(text, period.Text);
        if (period.Problem is not null)
            return;
        Assert.Null(problems.Fatal);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (records.Single().PeriodStart, records.Single().PeriodEnd));
    }

    [Fact]
    public void A_run_date_in_the_title_is_not_a_period_and_the_file_is_refused_naming_the_period_field()
    {
        var (records, problems) = Read($"Attendance Summary,,,\nRun on 12/04/2025 09:14,,,\n{Header}\n{Row(1)}\n");

        Assert.Empty(records);
        Assert.Contains("'period' field", problems.Fatal?.Message, StringComparison.Ordinal);
        Assert.Contains("2024/25 autumn", problems.Fatal?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_asks_for_the_period_of_a_summary_that_does_not_say_and_takes_the_one_chosen()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, $"Attendance Summary,,,\nRun on 12/04/2025 09:14,,,\n{Header}\n{Row(1)}\n");
            var length = new FileInfo(path).Length;

            var asked = ExportHead.Read(path, length, null);
            var chosen = ExportHead.Read(path, length, null, ReportPeriod.FromField("2024/25 spring"));
            var crossing = ExportHead.Read(path, length, null, ReportPeriod.FromField("01/08/2025-30/09/2025"));

            Assert.Contains("'period' field", asked.PeriodProblem, StringComparison.Ordinal);
            Assert.Null(asked.From);
            Assert.Equal((null, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)), (chosen.PeriodProblem, chosen.From, chosen.To));
            Assert.Contains("another academic year", crossing.PeriodProblem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_title_comes_before_the_field_and_date_columns_before_both()
    {
        var field = ReportPeriod.FromField("2024/25 summer");
        var (fromTitle, _) = Read($"Autumn Term 2024/25,,,\n{Header}\n{Row(1)}\n", field);
        var (fromColumns, _) = Read(
            $"Spring Term 2024/25,,,\nUPN,URN,Start date,End date,Possible,Present,AEA,Authorised,Unauthorised\n{AttendanceCsv.Upn(1)},100001,02/09/2024,20/12/2024,10,10,0,0,0\n", field);

        Assert.Equal(new DateOnly(2024, 9, 1), fromTitle.Single().PeriodStart);
        Assert.Equal(new DateOnly(2024, 9, 2), fromColumns.Single().PeriodStart);
    }

    [Fact]
    public void A_file_with_one_date_column_is_refused_naming_the_other()
    {
        var (records, problems) = Read($"UPN,URN,Start date,Possible,Present,AEA,Authorised,Unauthorised\n{AttendanceCsv.Upn(1)},100001,02/09/2024,10,10,0,0,0\n");

        Assert.Empty(records);
        Assert.Equal("The file has a Start date column but no End date column.", problems.Fatal?.Message);
    }

    [Theory]
    [InlineData("autumn")]
    [InlineData("2024/26 spring")]
    [InlineData("12/04/2025")]
    public void A_period_field_that_is_not_a_term_year_or_range_is_not_read(string field) =>
        Assert.Null(ReportPeriod.FromField(field));

    [Fact]
    public void A_range_across_academic_years_is_refused()
    {
        var (records, problems) = Read($"Date range: 01/06/2025 - 30/09/2025,,,\n{Header}\n{Row(1)}\n");

        Assert.Empty(records);
        Assert.Equal("The period crosses into another academic year (September to August). (01/06/2025-30/09/2025)", problems.Fatal?.Message);
    }

    private static string Row(int pupil) => $"{AttendanceCsv.Upn(pupil)},100001,10,8,0,1,1";

    private static (IReadOnlyList<AttendanceSummaryRecord> Records, ProblemLog Problems) Read(string csv, ReportPeriod? period = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"summary-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        try
        {
            var problems = new ProblemLog("summary.csv");
            using var table = ExportTable.Open(path, ExportKinds.Layouts, problems);
            Assert.NotNull(table);
            var records = AttendanceSummaryReader.Read(table, new ImportContext("summary.csv", null, SampleReads.Pseudonymiser) { Period = period }, problems).ToList();
            return (records, problems);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
