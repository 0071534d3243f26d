namespace BelongingInsights.Etl.Common;

public enum ExportKind
{
    AttendanceSummary,
    Census,
    DfeAttendance,
    DfeExclusions,
}
