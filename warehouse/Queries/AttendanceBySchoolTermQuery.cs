using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Attendance rate by school and term, from <c>mart_attendance_school</c>.</summary>
public sealed class AttendanceBySchoolTermQuery(WarehouseDatabase database)
{
    public IReadOnlyList<SchoolTermAttendance> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/attendance_by_school_term.sql"), scope, r => new SchoolTermAttendance(
                r.Get<int>("urn"),
                r.Get<string>("school_name"),
                r.Get<string>("academic_year_label"),
                r.Get<string>("period"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("enrolments"),
                r.Get<double?>("attendance_rate"),
                r.Get<double?>("absence_rate")));
}
