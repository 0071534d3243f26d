namespace BelongingInsights.Etl.Common;

public enum ExportKind
{
    AttendanceSummary,
    AttendanceMarks,
}
