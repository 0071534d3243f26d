namespace BelongingInsights.Etl.AttendanceMarks;

/// <summary>One pupil's mark for one session at one school, already pseudonymised; the raw mark is kept beside its DfE code.</summary>
public readonly record struct AttendanceMarkRecord(
    int Line,
    string PupilKey,
    int SchoolUrn,
    string? SchoolName,
    DateOnly SessionDate,
    string Session,
    string RawMark,
    string Code,
    string CodeSet);
