namespace BelongingInsights.Etl.Survey;

/// <summary>One question of an instrument: its wording, the construct it measures, and whether agreeing is the negative answer.</summary>
public sealed record SurveyItem(string Code, string Text, string Construct, bool ReverseCoded, int Order);
