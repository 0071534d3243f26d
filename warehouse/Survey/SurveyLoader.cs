using BelongingInsights.Etl.Common;
using BelongingInsights.Etl.Survey;
using BelongingInsights.Warehouse.Imports;
using DuckDB.NET.Data;

namespace BelongingInsights.Warehouse.Survey;

/// <summary>
/// Loads a survey export: its instrument's definition into the survey dimensions, its answers into
/// <c>fact_survey_answer</c>. Each respondent is staged once and each answer by its respondent's line.
/// </summary>
public sealed class SurveyLoader : IExportKindLoader
{
    public ExportKind Kind => ExportKind.Survey;

    public int Stage(DuckDBConnection connection, Guid importId, ExportTable table, ImportContext context, ProblemLog problems, CancellationToken cancellationToken)
    {
        var instrument = SurveyInstruments.ByCode(table.Layout.Name);
        using (var questions = connection.CreateAppender("stg_survey_question"))
        {
            foreach (var item in instrument.Items)
            {
                questions.CreateRow()
                    .AppendValue(importId).AppendValue(instrument.Code).AppendValue(instrument.Name).AppendValue(instrument.Respondent)
                    .AppendValue(instrument.Scale).AppendValue(item.Code).AppendValue(item.Text).AppendValue(item.Construct)
                    .AppendValue(item.ReverseCoded).AppendValue(item.Order).AppendValue(item.Theme)
                    .EndRow();
            }
        }
        var staged = 0;
        using var responses = connection.CreateAppender("stg_survey_response");
        using var answers = connection.CreateAppender("stg_survey_answer");
        foreach (var response in SurveyReader.Read(table, context, problems))
        {
            responses.CreateRow()
                .AppendValue(importId).AppendValue(response.Line).AppendValue(response.Instrument).AppendValue(response.PupilKey)
                .AppendValue(response.SchoolUrn).AppendValue(response.Wave).AppendValue(response.AnsweredOn)
                .AppendValue(response.Gender).AppendValue(response.Send).AppendValue(response.YearGroup)
                .EndRow();
            foreach (var answer in response.Answers)
            {
                answers.CreateRow()
                    .AppendValue(importId).AppendValue(response.Line)
                    .AppendValue(answer.ItemCode).AppendValue(answer.RawValue).AppendValue(answer.ScoredValue).AppendValue(answer.Positive)
                    .EndRow();
            }
            if (++staged % 4_096 == 0)
                cancellationToken.ThrowIfCancellationRequested();
        }
        return staged;
    }

    public void Promote(DuckDBConnection connection, Guid importId) =>
        connection.Execute(SqlScripts.Get("Survey/load.sql"), ("import_id", importId));
}
