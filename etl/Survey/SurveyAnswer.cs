namespace BelongingInsights.Etl.Survey;

/// <summary>A respondent's answer to one item: its scored value (reverse coding applied) and polarity; all null when unanswered.</summary>
public sealed record SurveyAnswer(string ItemCode, int? RawValue, int? ScoredValue, bool? Positive);
