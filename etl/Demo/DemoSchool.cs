namespace BelongingInsights.Etl.Demo;

/// <summary>A fictional school of the demonstration dataset.</summary>
public sealed record DemoSchool(int Urn, string Name, int LaCode, int Estab, int Pupils, double BaseAbsence, double TermDrift);
