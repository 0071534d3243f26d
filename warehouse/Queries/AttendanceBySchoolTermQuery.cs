using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Attendance rate by school and term, from <c>mart_attendance_school</c>.</summary>
public sealed class AttendanceBySchoolTermQuery(WarehouseDatabase database)
{
    public IReadOnlyList<SchoolTermAttendance> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/attendance_by_school_term.sql"), scope, r => new SchoolTermAttendance(
            r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetBoolean(4),
            r.IsDBNull(5) ? null : (int)r.GetInt64(5),
            r.NullableDouble(6), r.NullableDouble(7)));
}
