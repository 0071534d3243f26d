using System.Text;
using BelongingInsights.Etl.Audit;
using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Tests;

public sealed class AuditReaderTests
{
    private static (List<AuditRecord> Records, ProblemLog Problems) Read(string name, int? school = null, string? wave = null)
    {
        var problems = new ProblemLog(name);
        using var table = ExportTable.Open(SampleFiles.PathOf("audit", name), ExportKinds.Layouts, problems)!;
        Assert.Equal(ExportKind.Audit, table.Layout.Kind);
        var context = new ImportContext(name, school, new Pseudonymiser(Encoding.UTF8.GetBytes("k"))) { Wave = wave };
        return (AuditReader.Read(table, context, problems).ToList(), problems);
    }

    [Fact]
    public void Areas_are_read_from_their_names_short_forms_and_numbers_and_ratings_from_words_and_colours()
    {
        var (records, problems) = Read("ncb-audit-template.csv");

        Assert.Empty(problems.Problems);
        Assert.Equal([1, 1, 2, 2, 3, 4, 4], records.Select(r => r.AreaOrder));
        Assert.Equal("Whole-school data, policies and training", records[2].Area);
        Assert.Equal(
            ["partially met", "fully met", "not yet met", "partially met", "fully met", "partially met", "fully met"],
            records.Select(r => r.Rating));
        Assert.Equal([1, 2, 0, 1, 2, 1, 2], records.Select(r => r.Score));
        Assert.Equal(["baseline", "endline"], records.Select(r => r.Round).Distinct());
    }

    [Fact]
    public void Item_wording_keeps_its_case_with_runs_of_spaces_collapsed_and_evidence_and_action_are_kept()
    {
        var (records, _) = Read("ncb-audit-template.csv");

        Assert.Equal("Staff greet pupils by name at the door", records[4].ItemText);
        Assert.Equal("staffgreetpupilsbynameatthedoor", records[4].ItemCode);
        Assert.Equal(("Some year groups only", "Audit the reading spine"), (records[0].Evidence, records[0].Action));
        Assert.Null(records[1].Action);
    }

    [Fact]
    public void A_file_without_urn_or_round_takes_the_school_and_round_chosen_at_upload()
    {
        var (records, problems) = Read("without-urn-or-round.csv", school: 100002, wave: "endline");

        Assert.Empty(problems.Problems);
        Assert.Equal([(100002, "endline", 1), (100002, "endline", 3)], records.Select(r => (r.SchoolUrn, r.Round, r.AreaOrder)));
    }

    [Fact]
    public void A_file_without_a_round_column_is_refused_when_no_round_was_chosen()
    {
        var (records, problems) = Read("without-urn-or-round.csv", school: 100002);

        Assert.Empty(records);
        Assert.Equal(
            "The file has no round column: choose the round (baseline, midpoint, endline or a date) when you upload it.",
            problems.Fatal!.Message);
    }

    [Fact]
    public void Unknown_areas_ratings_and_rounds_missing_items_and_repeated_items_are_held_back_and_long_evidence_is_cut()
    {
        var (records, problems) = Read("row-problems.csv");

        Assert.Equal([2, 8], records.Select(r => r.Line));
        Assert.Equal(
            [
                (3, "Area", "Ethos", ProblemSeverity.Error),
                (4, "Rating", "Sort of", ProblemSeverity.Error),
                (5, "Item", null, ProblemSeverity.Error),
                (6, "Item", null, ProblemSeverity.Error),
                (7, "Round", "mid-year review", ProblemSeverity.Error),
                (8, "Evidence", null, ProblemSeverity.Warning),
            ],
            problems.Problems.Select(p => (p.Line, p.Column, p.Value, p.Severity)));
        Assert.Equal("The same item for this school and round already appears at row 2.", problems.Problems[3].Message);
        Assert.Equal(AuditReader.EvidenceLength, records[1].Evidence!.Length);
    }
}
