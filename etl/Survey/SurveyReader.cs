using BelongingInsights.Etl.Common;
using static BelongingInsights.Etl.Survey.SurveyLayouts;

namespace BelongingInsights.Etl.Survey;

/// <summary>
/// Reads a form tool's export of one instrument: a row per respondent, a column per item, answers in words or
/// numeric codes. An empty answer is "unanswered"; an answer not on the scale holds the row back.
/// </summary>
public static class SurveyReader
{
    private static readonly HashSet<string> SubHeaderCells = ["response", "openendedresponse", ""];

    public static IEnumerable<SurveyResponse> Read(ExportTable table, ImportContext context, ProblemLog problems)
    {
        var instrument = SurveyInstruments.ByCode(table.Layout.Name);
        if (!ValidRows.HaveSchool(table, SchoolUrn, context, problems))
            yield break;
        if (!table.Columns.Has(Wave) && SurveyWaves.Normalise(context.Wave ?? "") is null)
        {
            problems.RefuseFile(1, Wave.Name, "The file has no wave column: choose the wave (baseline, midpoint, endline or a date) when you upload it.");
            yield break;
        }
        var items = instrument.Items.Where(i => table.Columns.Has(ItemColumn(i))).ToList();
        var missing = instrument.Items.Count - items.Count;
        if (missing > 0)
            problems.Warn(1, "(header)", null, $"{missing} of the {instrument.Items.Count} items of {instrument.Name} are not in the file; they count as unanswered.");
        var linked = new Dictionary<(string, string), int>();
        var first = true;
        foreach (var row in table.Rows())
        {
            if (first && items.All(i => SubHeaderCells.Contains(HeaderName.Normalise(row.Get(ItemColumn(i))))))
            {
                first = false;
                continue;
            }
            first = false;
            if (Validate(row, instrument, items, context, problems) is not { } response)
                continue;
            if (response.PupilKey is { } pupil)
            {
                if (linked.TryGetValue((pupil, response.Wave), out var earlier))
                {
                    problems.Reject(row.Line, PupilUpn.Name, null, $"The same pupil already answered this wave at row {earlier}.");
                    continue;
                }
                linked[(pupil, response.Wave)] = row.Line;
            }
            yield return response;
        }
    }

    private static SurveyResponse? Validate(ExportRow row, SurveyInstrument instrument, List<SurveyItem> items, ImportContext context, ProblemLog problems)
    {
        var before = problems.QuarantinedRows;
        string? pupil = null;
        if (row.Get(PupilUpn) is { Length: > 0 } text)
        {
            var upn = Upn.Check(text);
            if (upn.IsValid)
                pupil = context.Pseudonymiser.PupilKey(upn.Normalised);
            else
                problems.Reject(row.Line, PupilUpn.Name, null, $"The UPN is not valid: it {upn.Error}.");
        }
        var urn = Fields.Urn(row, SchoolUrn, context, problems);
        var wave = SurveyWaves.Normalise(row.Get(Wave)) ?? SurveyWaves.Normalise(context.Wave ?? "");
        if (wave is null)
            problems.Reject(row.Line, Wave.Name, row.Get(Wave), "Expected baseline, midpoint, endline or a date.");
        DateOnly? answered = UkDates.TryParse(FirstPart(row.Get(AnsweredOn)), out var date) ? date : null;

        var answers = new List<SurveyAnswer>(instrument.Items.Count);
        foreach (var item in instrument.Items)
        {
            var cell = items.Contains(item) ? row.Get(ItemColumn(item)) : "";
            if (cell.Length == 0)
            {
                answers.Add(new SurveyAnswer(item.Code, null, null, null));
                continue;
            }
            if (instrument.Answer(cell) is not { } answer)
            {
                problems.Reject(row.Line, item.Text, cell, $"Not an answer on this question's scale ({string.Join(", ", instrument.Answers.Values.DistinctBy(a => a.Value).OrderBy(a => a.Value).Select(a => a.Value))} or its words).");
                continue;
            }
            answers.Add(item.ReverseCoded
                ? new SurveyAnswer(item.Code, answer.Value, instrument.MaxValue + 1 - answer.Value, !answer.Positive)
                : new SurveyAnswer(item.Code, answer.Value, answer.Value, answer.Positive));
        }
        if (problems.QuarantinedRows != before)
            return null;
        return new SurveyResponse(row.Line, instrument.Code, pupil, urn!.Value, wave!, answered,
            Blank(CensusCodes.Gender(row.Get(Gender)) ?? ""), SendOf(row.Get(Send)), CensusCodes.NcYear(row.Get(YearGroup)), answers);
    }

    private static string? SendOf(string text) => Flags.Parse(text) switch
    {
        true => "SEND",
        false => "No SEND",
        null => CensusCodes.SenProvision(text) is { } sen && text.Length > 0 ? (sen.Code == "N" ? "No SEND" : "SEND") : null,
    };

    private static string FirstPart(string text) => text.Split(' ', 'T')[0];

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
