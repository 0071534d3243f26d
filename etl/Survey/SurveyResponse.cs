namespace BelongingInsights.Etl.Survey;

/// <summary>
/// One respondent's answers. Linked respondents carry the pupil's keyed hash; anonymous ones carry only what they
/// reported about themselves (gender, SEND, year group). No name, e-mail or free text is kept.
/// </summary>
public sealed record SurveyResponse(
    int Line,
    string Instrument,
    string? PupilKey,
    int SchoolUrn,
    string Wave,
    DateOnly? AnsweredOn,
    string? Gender,
    string? Send,
    string? YearGroup,
    IReadOnlyList<SurveyAnswer> Answers);
