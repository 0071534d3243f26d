namespace BelongingInsights.Warehouse.Queries;

/// <summary>One school's mean scale score in one wave beside the attendance of all its pupils that academic year; figures null when suppressed.</summary>
public sealed record SchoolBelongingAttendance(
    string School,
    string Wave,
    string AcademicYear,
    bool Suppressed,
    int? Respondents,
    double? MeanScore,
    double? AttendanceRate,
    double? PersistentAbsenceRate,
    SuppressionReason? Reason = null);
