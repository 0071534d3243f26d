namespace BelongingInsights.Etl.Attendance;

/// <summary>One pupil's attendance over one period at one school, already pseudonymised.</summary>
public sealed record AttendanceSummaryRecord(
    int Line,
    string PupilKey,
    int SchoolUrn,
    string? SchoolName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int PossibleSessions,
    int PresentSessions,
    int ApprovedActivitySessions,
    int AuthorisedAbsence,
    int UnauthorisedAbsence);
