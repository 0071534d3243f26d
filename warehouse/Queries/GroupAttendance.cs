namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// One pupil group's attendance over an academic year to date, across all schools (or a trust's), or at one school
/// (<see cref="School"/> set); figures are null when suppressed, and <see cref="Reason"/> says why.
/// </summary>
public sealed record GroupAttendance(
    string AcademicYear,
    string Group,
    bool Suppressed,
    int? Enrolments,
    double? AttendanceRate,
    double? AbsenceRate,
    double? PersistentAbsenceRate,
    double? SevereAbsenceRate,
    string? School = null,
    SuppressionReason? Reason = null);
