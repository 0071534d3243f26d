namespace BelongingInsights.Etl.Demo;

/// <summary>
/// A fictional school of the demonstration: its identity as a school list gives it, the national curriculum years it
/// teaches (0 is Reception), pupils per year group, and how its pupils' absence and belonging sit against its phase's.
/// Anonymous schools run the pupil questionnaire without asking for a UPN.
/// </summary>
public sealed record DemoSchool(
    int Urn, string Name, int LaCode, string LaName, int Estab, string Type, string GiasPhase, string Trust,
    DemoPhase Phase, int FirstYear, int LastYear, int PerYear, double AbsenceShift, double BelongingShift, bool AnonymousSurvey);
