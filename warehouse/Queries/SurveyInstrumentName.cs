namespace BelongingInsights.Warehouse.Queries;

/// <summary>A questionnaire: its code, its name, and who answers it (pupil, parent or staff).</summary>
public sealed record SurveyInstrumentName(string Code, string Name, string Respondent)
{
    public const string Pupil = "pupil";
}
