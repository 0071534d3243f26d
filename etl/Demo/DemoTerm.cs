namespace BelongingInsights.Etl.Demo;

/// <summary>A school term of the demonstration: its academic year (by starting calendar year), dates and possible sessions.</summary>
public sealed record DemoTerm(int AcademicYear, DateOnly Start, DateOnly End, int Sessions, double AbsenceFactor);
