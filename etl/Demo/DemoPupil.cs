namespace BelongingInsights.Etl.Demo;

/// <summary>A fictional pupil of a demonstration school, with census characteristics and a typical absence rate.</summary>
public sealed record DemoPupil(
    string Upn, string Gender, string NcYear, string Sen, bool Fsm, bool Disadvantaged, string FirstLanguage, string Ethnicity, double Absence);
