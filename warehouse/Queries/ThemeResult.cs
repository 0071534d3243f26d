namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One questionnaire's question on a theme it shares with the other respondents' questionnaires (<see cref="Theme"/>,
/// such as Belonging), in one wave for one area: the percentage positive with its Wilson 95% interval and the
/// respondents, all null when the row is suppressed, and <see cref="Reason"/> says why. <see cref="Respondent"/> is who
/// answers the questionnaire (pupil, parent or staff); <see cref="Area"/> is "" for all schools.
/// </summary>
public sealed record ThemeResult(
    int ThemeOrder,
    string Theme,
    string Wave,
    string Respondent,
    string Questionnaire,
    string Item,
    bool ReverseCoded,
    string Area,
    bool Suppressed,
    int? Respondents,
    double? PositivePct,
    double? PositiveLow,
    double? PositiveHigh,
    SuppressionReason? Reason = null);
