using System.Text;
using BelongingInsights.Etl.Common;
using BelongingInsights.Etl.Schools;

namespace BelongingInsights.Etl.Tests;

public sealed class SchoolReaderTests
{
    private static (List<SchoolRecord> Records, ProblemLog Problems) Read(string name)
    {
        var problems = new ProblemLog(name);
        using var table = ExportTable.Open(SampleFiles.PathOf("schools", name), ExportKinds.Layouts, problems)!;
        Assert.Equal(ExportKind.Schools, table.Layout.Kind);
        var context = new ImportContext(name, null, new Pseudonymiser(Encoding.UTF8.GetBytes("k")));
        return (SchoolReader.Read(table, context, problems).ToList(), problems);
    }

    [Fact]
    public void A_gias_download_gives_laestab_from_la_code_and_establishment_number()
    {
        var (records, problems) = Read("gias-download.csv");

        Assert.Empty(problems.Problems);
        Assert.Equal(
            (137000, (int?)2024123, "Heathside Academy", "secondary", "Heath Learning Trust", "Camden"),
            (records[0].Urn, records[0].Laestab, records[0].Name, records[0].Phase, records[0].Trust, records[0].LocalAuthority));
        Assert.Null(records[2].Trust);
    }

    [Fact]
    public void Gias_phases_are_read_with_special_and_alternative_provision_taken_from_the_establishment_type()
    {
        var (records, _) = Read("gias-download.csv");

        Assert.Equal(
            ["secondary", "special", "alternative provision", "secondary", "secondary", "all-through", "primary"],
            records.Select(r => r.Phase));
    }

    [Fact]
    public void An_arbor_style_list_gives_dfe_numbers_with_or_without_a_separator()
    {
        var (records, problems) = Read("arbor-school-list.csv");

        Assert.Empty(problems.Problems);
        Assert.Equal([2022019, 2024100, 2024101], records.Select(r => r.Laestab!.Value));
        Assert.Equal(["primary", "secondary", "secondary"], records.Select(r => r.Phase));
        Assert.Equal(["Camden", "Camden", "Camden"], records.Select(r => r.LocalAuthority));
    }

    [Fact]
    public void A_generic_list_holds_back_bad_urns_laestabs_names_phases_and_repeated_schools_naming_the_column()
    {
        var (records, problems) = Read("generic-with-problems.csv");

        Assert.Equal([2], records.Select(r => r.Line));
        Assert.Equal("202", records[0].LocalAuthority);
        Assert.Equal(
            [
                (3, "URN", "12345"),
                (4, "LAESTAB", "20241"),
                (5, "School name", null),
                (6, "Phase", "tertiary"),
                (7, "URN", null),
                (8, "Phase", "Not applicable"),
            ],
            problems.Problems.Select(p => (p.Line, p.Column, p.Value)));
        Assert.Equal("The same school (URN) already appears at row 2.", problems.Problems[4].Message);
        Assert.Equal(6, problems.QuarantinedRows);
    }
}
