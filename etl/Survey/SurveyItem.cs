namespace BelongingInsights.Etl.Survey;

/// <summary>
/// One question of an instrument: its wording, the construct it measures, whether agreeing is the negative answer, and
/// the theme it shares with the other respondents' questionnaires ("Belonging": the pupils' "I feel like I belong at my
/// school", the parents' "My child feels they belong at this school"), null when no other questionnaire asks the like.
/// </summary>
public sealed record SurveyItem(string Code, string Text, string Construct, bool ReverseCoded, int Order, string? Theme);
