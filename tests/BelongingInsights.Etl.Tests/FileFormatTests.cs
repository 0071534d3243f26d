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

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "a PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "a JPEG image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "a PDF document")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0 }, "a gzip-compressed file")]
    [InlineData(new byte[] { 0x55, 0x52, 0x4E, 0x00, 0x01, 0x02, 0x41, 0x42 }, "a binary file")]
    public void A_file_that_is_not_text_is_refused_saying_what_it_looks_like_and_nothing_about_encodings(byte[] bytes, string looksLike)
    {
        var (table, problems) = Open(bytes);

        Assert.Null(table);
        var refusal = Assert.Single(problems.Problems);
        Assert.Equal($"This file is {looksLike}, not a CSV export. Export the report from your MIS as CSV (UTF-8) and upload that file.", refusal.Message);
    }

    [Fact]
    public void A_zip_archive_that_is_not_a_workbook_is_called_an_archive_not_a_workbook()
    {
        using var memory = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("attendance.csv").Open());
            writer.Write("URN,UPN\n100001,A123\n");
        }

        var (table, problems) = Open(memory.ToArray());

        Assert.Null(table);
        Assert.Equal(
            "This file is a ZIP archive, not a CSV export. Export the report from your MIS as CSV (UTF-8) and upload that file.",
            Assert.Single(problems.Problems).Message);
    }

    private static (ExportTable? Table, ProblemLog Problems) Open(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-an-export-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var problems = new ProblemLog("not-an-export.csv");
            return (ExportTable.Open(path, ExportKinds.Layouts, problems), problems);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
