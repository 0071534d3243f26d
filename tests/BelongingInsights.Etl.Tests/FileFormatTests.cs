using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

public sealed class FileFormatTests
{
    [Theory]
    [InlineData("utf16-with-bom.csv")]
    [InlineData("utf8-with-bom.csv")]
    [InlineData("windows-1252.csv")]
    [InlineData("semicolons.csv")]
    [InlineData("tabs.tsv")]
    public void Exports_in_any_common_encoding_and_separator_read_the_same(string file)
    {
        var (records, problems) = SampleReads.ReadAttendanceSummary(file);

        Assert.Null(problems.Fatal);
        Assert.Equal(2, records.Count);
        Assert.Equal("St Zoë's C of E Primary", records[0].SchoolName);
        Assert.Equal((144, 130), (records[0].PossibleSessions, records[0].PresentSessions));
    }

    [Fact]
    public void A_windows_1252_file_loads_with_a_warning_that_says_how_it_was_read()
    {
        var (_, problems) = SampleReads.ReadAttendanceSummary("windows-1252.csv");

        var warning = Assert.Single(problems.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.StartsWith("The file is not UTF-8, so it was read as Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_field_with_a_line_break_stays_one_spreadsheet_row()
    {
        var (records, problems) = SampleReads.ReadAttendanceSummary("quoted-line-break.csv");

        Assert.Empty(problems.Problems);
        Assert.Equal([2, 3], records.Select(r => r.Line));
        Assert.Equal("St Zoë's\nC of E Primary", records[0].SchoolName);
    }

    [Theory]
    [InlineData("saved-as-workbook.xlsx", "This is an Excel workbook, not a CSV file. Open it in Excel, choose File > Save As > \"CSV UTF-8 (Comma delimited)\", and upload the CSV.")]
    [InlineData("empty.csv", "The file is empty.")]
    public void A_workbook_or_an_empty_file_is_refused_with_what_to_do(string file, string message)
    {
        var (records, problems) = SampleReads.ReadAttendanceSummary(file);

        Assert.Empty(records);
        Assert.Equal(message, problems.Fatal?.Message);
    }
}
