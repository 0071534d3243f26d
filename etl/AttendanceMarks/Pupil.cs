namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>A checked UPN: its keyed hash when valid, else why not; whether it is temporary; whether this is its first look-up.</summary>
internal readonly record struct Pupil(string? Key, bool Temporary, string? Error, bool FirstSeen);
