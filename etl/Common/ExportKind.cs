namespace BelongingInsights.Etl.Common;

public enum ExportKind
{
    AttendanceSummary,
    Census,
    Survey,
    DfeAttendance,
    DfeExclusions,
    AttendanceMarks,
    Schools,
    Audit,
    Behaviour,
    Suspensions,
}
