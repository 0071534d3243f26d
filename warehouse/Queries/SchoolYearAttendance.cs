namespace BelongingInsights.Warehouse.Queries;

/// <summary>A school's attendance measures over the academic year to date; figures are null when suppressed.</summary>
public sealed record SchoolYearAttendance(
    int Urn,
    string SchoolName,
    string AcademicYear,
    bool Suppressed,
    int? Enrolments,
    double? AttendanceRate,
    double? AbsenceRate,
    double? AuthorisedAbsenceRate,
    double? UnauthorisedAbsenceRate,
    double? PersistentAbsenceRate,
    double? SevereAbsenceRate,
    SuppressionReason? Reason = null);
