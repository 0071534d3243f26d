namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>Where a long marks export's columns are, 0-based among the header's <paramref name="Width"/> cells; -1 for a column it lacks.</summary>
public sealed record LongMarksColumns(int Width, int Upn, int Urn, int Name, int Date, int Session, int Mark);
