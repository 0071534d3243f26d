namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// Days no English state school holds registered sessions: weekends, August (the summer holiday) and Christmas to
/// New Year. Term dates differ by local authority and school, so only these certain cases are flagged.
/// </summary>
public static class SchoolCalendar
{
    /// <summary>Why a session on this day is outside term, or null when the day can be a school day.</summary>
    public static string? OutsideTerm(DateOnly date) => date switch
    {
        { DayOfWeek: DayOfWeek.Saturday or DayOfWeek.Sunday } => $"This session is on a {date.DayOfWeek}, outside the school week: check the date.",
        { Month: 8 } => "This session is in August, in the summer holiday: check the date.",
        { Month: 12, Day: >= 25 } or { Month: 1, Day: 1 } => "This session is in the Christmas holiday: check the date.",
        _ => null,
    };
}
