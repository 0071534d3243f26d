namespace BelongingInsights.Warehouse.Queries;

/// <summary>One school's attendance in one term; figures are null when the group is suppressed.</summary>
public sealed record SchoolTermAttendance(
    int Urn,
    string SchoolName,
    string AcademicYear,
    string Term,
    bool Suppressed,
    int? Enrolments,
    double? AttendanceRate,
    double? AbsenceRate)
{
    public string Period => $"{AcademicYear} {Term}";
}
