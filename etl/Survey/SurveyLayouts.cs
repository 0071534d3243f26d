using BelongingInsights.Etl.Common;

namespace BelongingInsights.Etl.Survey;

/// <summary>
/// One layout per instrument: the columns form tools (Microsoft Forms, Google Forms, SurveyMonkey) export around
/// the answers, plus one loosely matched column per item. A header is a survey's when it has at least half the
/// instrument's items.
/// </summary>
public static class SurveyLayouts
{
    public static readonly ColumnSpec PupilUpn = new("UPN", false, "Unique Pupil Number", "Pupil UPN", "Student UPN");
    public static readonly ColumnSpec SchoolUrn = new("URN", false, "School URN");
    public static readonly ColumnSpec Wave = new("Wave", false, "Round", "Survey round", "Timepoint", "Survey wave");
    public static readonly ColumnSpec AnsweredOn = new("Completion time", false, "Timestamp", "Start time", "End date", "Date created", "Date submitted", "Submitted");
    public static readonly ColumnSpec Gender = new("Gender", false, "Sex", "Are you a boy or a girl", "What is your gender");
    public static readonly ColumnSpec Send = new("SEND", false, "Do you have SEND", "Special educational needs", "SEN");
    public static readonly ColumnSpec YearGroup = new("Year group", false, "Year", "What year are you in", "NC year");

    private static readonly ColumnSpec[] Respondent = [PupilUpn, SchoolUrn, Wave, AnsweredOn, Gender, Send, YearGroup];

    public static IReadOnlyList<ExportLayout> All { get; } = [.. SurveyInstruments.All.Select(LayoutOf)];

    public static ColumnSpec ItemColumn(SurveyItem item) => new(item.Text, false) { Loose = true };

    private static ExportLayout LayoutOf(SurveyInstrument instrument) =>
        new(ExportKind.Survey, instrument.Code, [.. Respondent, .. instrument.Items.Select(ItemColumn)], (instrument.Items.Count + 1) / 2);
}
