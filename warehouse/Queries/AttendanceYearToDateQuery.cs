using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Each school's attendance, absence, persistent and severe absence over the year to date, newest year first.</summary>
public sealed class AttendanceYearToDateQuery(WarehouseDatabase database)
{
    public IReadOnlyList<SchoolYearAttendance> Run(AccessScope scope) =>
        database.Query(SqlScripts.Get("Queries/attendance_year_to_date.sql"), scope, r => new SchoolYearAttendance(
            r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetBoolean(3),
            r.IsDBNull(4) ? null : (int)r.GetInt64(4),
            r.NullableDouble(5), r.NullableDouble(6), r.NullableDouble(7),
            r.NullableDouble(8), r.NullableDouble(9), r.NullableDouble(10)));
}
