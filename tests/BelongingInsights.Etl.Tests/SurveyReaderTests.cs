using System.Text;
using BelongingInsights.Etl.Common;
using BelongingInsights.Etl.Survey;

namespace BelongingInsights.Etl.Tests;

public sealed class SurveyReaderTests
{
    private static (List<SurveyResponse> Responses, ProblemLog Problems, string Instrument) Read(string name, int? school = null, string? wave = null)
    {
        var problems = new ProblemLog(name);
        using var table = ExportTable.Open(SampleFiles.PathOf("survey", name), ExportKinds.Layouts, problems)!;
        Assert.Equal(ExportKind.Survey, table.Layout.Kind);
        var context = new ImportContext(name, school, new Pseudonymiser(Encoding.UTF8.GetBytes("k"))) { Wave = wave };
        return (SurveyReader.Read(table, context, problems).ToList(), problems, table.Layout.Name);
    }

    [Fact]
    public void A_google_forms_grid_is_recognised_as_the_ncb_pupil_questionnaire_and_read_in_words()
    {
        var (responses, problems, instrument) = Read("google-forms-grid.csv");

        Assert.Equal("ncb-pupil", instrument);
        Assert.Equal([2, 3], responses.Select(r => r.Line));
        var first = responses[0];
        Assert.Equal(("baseline", 100001, "7", (string?)null), (first.Wave, first.SchoolUrn, first.YearGroup, first.PupilKey));
        var belong = first.Answers.Single(a => a.ItemCode == "belong");
        Assert.Equal((3, 3, true), (belong.RawValue, belong.ScoredValue, belong.Positive));
        Assert.Contains(problems.Problems, p => p is { Severity: ProblemSeverity.Warning } && p.Message.StartsWith("6 of the 12 items", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reverse_coded_item_swaps_positive_and_negative_and_an_empty_answer_is_unanswered()
    {
        var (responses, _, _) = Read("google-forms-grid.csv");

        var lonelyNever = responses[0].Answers.Single(a => a.ItemCode == "lonely");
        Assert.Equal((1, 4, true), (lonelyNever.RawValue, lonelyNever.ScoredValue, lonelyNever.Positive));
        var lonelyAlways = responses[1].Answers.Single(a => a.ItemCode == "lonely");
        Assert.Equal((4, 1, false), (lonelyAlways.RawValue, lonelyAlways.ScoredValue, lonelyAlways.Positive));
        Assert.Equal(new SurveyAnswer("teachers_interested", null, null, null), responses[1].Answers.Single(a => a.ItemCode == "teachers_interested"));
    }

    [Fact]
    public void An_answer_not_on_the_scale_holds_the_row_back_naming_the_question()
    {
        var (_, problems, _) = Read("google-forms-grid.csv");

        var problem = Assert.Single(problems.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal((4, "People at my school support me in my work", "Maybe"), (problem.Line, problem.Column, problem.Value));
    }

    [Fact]
    public void A_surveymonkey_export_with_numeric_codes_links_pupils_by_upn_and_skips_its_second_header_row()
    {
        var (responses, problems, _) = Read("surveymonkey-numeric-linked.csv", school: 100002, wave: "endline");

        Assert.Equal([3, 4], responses.Select(r => r.Line));
        Assert.All(responses, r => Assert.NotNull(r.PupilKey));
        Assert.Equal(new DateOnly(2025, 7, 15), responses[0].AnsweredOn);
        Assert.Equal(
            [(5, "UPN", null), (6, "UPN", null), (7, "I feel like I belong at my school", "5")],
            problems.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => (p.Line, p.Column, p.Value)));
    }

    [Fact]
    public void A_survey_without_a_wave_column_needs_the_wave_chosen_at_upload()
    {
        var (responses, problems, _) = Read("surveymonkey-numeric-linked.csv", school: 100002);

        Assert.Empty(responses);
        Assert.StartsWith("The file has no wave column", problems.Fatal?.Message, StringComparison.Ordinal);
    }
}
