using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Attendance by belonging from <c>mart_belonging_attendance</c>: linked pupils by belonging group, and schools' mean scores beside their attendance.</summary>
public sealed class BelongingAttendanceQuery(WarehouseDatabase database)
{
    public IReadOnlyList<BelongingAttendance> Pupils(AccessScope scope, string instrument) =>
        database.Query(SqlScripts.Get("Queries/belonging_attendance.sql"), scope, r => new BelongingAttendance(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : (int)r.GetInt64(6), r.NullableDouble(7), r.NullableDouble(8), r.NullableDouble(9),
                r.NullableDouble(10), r.NullableDouble(11)),
            ("instrument", instrument));

    public IReadOnlyList<SchoolBelongingAttendance> Schools(AccessScope scope, string instrument) =>
        database.Query(SqlScripts.Get("Queries/school_belonging_attendance.sql"), scope, r => new SchoolBelongingAttendance(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3),
                r.IsDBNull(4) ? null : (int)r.GetInt64(4), r.NullableDouble(5), r.NullableDouble(6), r.NullableDouble(7)),
            ("instrument", instrument));
}
