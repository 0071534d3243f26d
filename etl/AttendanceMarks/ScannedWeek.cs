namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>
/// One pupil's week at one school as <see cref="LongMarksScan"/> reads it: each of its fourteen sessions, Monday AM
/// to Sunday PM, holds the number of its raw mark (zero: none), packed seven to a number, eight bits each.
/// </summary>
public sealed class ScannedWeek(int upn, int urn, int weekOfDates, DateOnly weekStart, int academicYear)
{
    private const int SessionsPerNumber = 7;

    public int Upn { get; } = upn;

    public int Urn { get; } = urn;

    /// <summary>The week and academic year, numbered within the file.</summary>
    public int WeekOfDates { get; } = weekOfDates;

    public DateOnly WeekStart { get; } = weekStart;

    public int AcademicYear { get; } = academicYear;

    /// <summary>Monday AM to Thursday AM.</summary>
    public ulong FirstSessions { get; private set; }

    /// <summary>Thursday PM to Sunday PM.</summary>
    public ulong LastSessions { get; private set; }

    /// <summary>One bit per session that holds a mark.</summary>
    public ushort Marked { get; private set; }

    /// <summary>The mark number a session (0 to 13) holds; zero when none.</summary>
    public int MarkIn(int session) =>
        (int)(((session < SessionsPerNumber ? FirstSessions : LastSessions) >> (8 * (session % SessionsPerNumber))) & byte.MaxValue);

    /// <summary>
    /// Takes in the sessions of another part of the same pupil week (read in another slice of the file, or under
    /// another spelling of the UPN or URN); false, changing nothing, when the two share a session.
    /// </summary>
    public bool Add(ScannedWeek other)
    {
        if ((Marked & other.Marked) != 0)
            return false;
        Marked |= other.Marked;
        FirstSessions |= other.FirstSessions;
        LastSessions |= other.LastSessions;
        return true;
    }

    /// <summary>Puts a mark number (1 to 255) in a session (0 to 13); false, changing nothing, when the session already holds one.</summary>
    public bool Mark(int session, byte mark)
    {
        var bit = (ushort)(1 << session);
        if ((Marked & bit) != 0)
            return false;
        Marked |= bit;
        var shifted = (ulong)mark << (8 * (session % SessionsPerNumber));
        if (session < SessionsPerNumber)
            FirstSessions |= shifted;
        else
            LastSessions |= shifted;
        return true;
    }
}
