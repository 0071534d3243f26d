using System.Text;
using BelongingInsights.Etl.Census;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

public sealed class CensusReaderTests
{
    private static (List<CensusRecord> Records, ProblemLog Problems) Read(string name)
    {
        var problems = new ProblemLog(name);
        using var table = ExportTable.Open(SampleFiles.PathOf("census", name), ExportKinds.Layouts, problems)!;
        Assert.Equal(ExportKind.Census, table.Layout.Kind);
        var context = new ImportContext(name, null, new Pseudonymiser(Encoding.UTF8.GetBytes("k"))) { ReceivedOn = new DateOnly(2024, 10, 5) };
        return (CensusReader.Read(table, context, problems).ToList(), problems);
    }

    [Fact]
    public void Characteristics_are_read_as_census_codes_with_names_and_dates_of_birth_left_out()
    {
        var (records, _) = Read("sims-census.csv");

        Assert.Equal([2, 3, 4, 5], records.Select(r => r.Line));
        var amy = records[0];
        Assert.Equal(("F", "7", "K", true, true, "ENG", false, "White"), (amy.Gender, amy.NcYear, amy.SenProvision, amy.FsmEligible, amy.Disadvantaged, amy.FirstLanguage, amy.Eal, amy.EthnicityMajorGroup));
        Assert.Equal(new DateOnly(2024, 10, 3), amy.EffectiveDate);
        Assert.DoesNotContain(records, r => r.ToString().Contains("Smith", StringComparison.Ordinal) || r.ToString().Contains("2012", StringComparison.Ordinal));
    }

    [Fact]
    public void Legacy_sen_codes_detailed_languages_and_extended_ethnicity_codes_are_mapped()
    {
        var (records, problems) = Read("sims-census.csv");

        var lee = records.Single(r => r.Line == 4);
        Assert.Equal(("U", "E", true, "OTH", true, "WPOL", "White"), (lee.Gender, lee.SenProvision, lee.SenLegacy, lee.FirstLanguage, lee.Eal, lee.EthnicityCode, lee.EthnicityMajorGroup));
        Assert.Contains(problems.Problems, p => p is { Line: 4, Column: "SEN provision", Severity: ProblemSeverity.Warning, Message: "A pre-2014 SEN code, counted as E." });
        Assert.Equal(("Chinese", "9", (bool?)null), (records.Single(r => r.Line == 5).EthnicityMajorGroup, records.Single(r => r.Line == 5).NcYear, records.Single(r => r.Line == 5).FsmEligible));
    }

    [Fact]
    public void A_leaver_has_a_destination_category()
    {
        var (records, _) = Read("sims-census.csv");

        var sam = records.Single(r => r.Line == 3);
        Assert.Equal((new DateOnly(2024, 10, 18), "elective home education"), (sam.LeavingDate!.Value, sam.Destination));
    }

    [Fact]
    public void Unknown_codes_are_held_back_naming_the_column_and_value()
    {
        var (_, problems) = Read("sims-census.csv");

        var errors = problems.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => (p.Line, p.Column, p.Value)).ToList();
        Assert.Equal(
            [
                (6, "NC year", "15"),
                (7, "Gender", "Q"),
                (7, "SEN provision", "Z"),
                (7, "FSM eligible", "maybe"),
                (7, "Ethnicity", "ZZZZ"),
                (7, "Leaving date", "01/09/2024"),
            ],
            errors);
        Assert.Equal(2, problems.QuarantinedRows);
    }
}
