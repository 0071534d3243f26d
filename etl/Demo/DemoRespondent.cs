namespace BelongingInsights.Etl.Demo;

/// <summary>
/// One answered questionnaire of the demonstration: where and when, the UPN (empty when anonymous), what the
/// respondent said about themselves (empty when the form did not ask), and how much they feel they belong.
/// </summary>
public sealed record DemoRespondent(int Urn, string Wave, DateOnly Answered, string Upn, string Gender, string Send, string YearGroup, double Belonging);
