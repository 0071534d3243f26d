using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>
/// Attendance measures by pupil group (or a combination such as <c>Gender × SEND</c>) across all schools (or, for a
/// trust's caller, its trust), year to date; a school's caller, who may see no aggregate, gets its own schools' groups.
/// Only the rows the caller's scope covers.
/// </summary>
public sealed class AttendanceByGroupQuery(WarehouseDatabase database)
{
    /// <summary>The groupings a page can ask for: each characteristic, the trust, the phase, and the pairs programme leads compare most.</summary>
    public static readonly IReadOnlyList<string> Groupings =
    [
        "Gender", "SEND", "FSM", "Disadvantaged", "EAL", "Ethnicity", "Year group",
        "Trust", "Phase", "Gender × SEND", "SEND × Disadvantaged", "Gender × Disadvantaged", "Disadvantaged × Trust",
        "Disadvantaged × Phase", "Trust × Phase",
    ];

    public IReadOnlyList<GroupAttendance> Run(AccessScope scope, string grouping) =>
        database.Query(SqlScripts.Get("Queries/attendance_by_group.sql"), scope, r => new GroupAttendance(
                r.GetString(0), r.GetString(1), r.GetBoolean(2),
                r.IsDBNull(3) ? null : (int)r.GetInt64(3),
                r.NullableDouble(4), r.NullableDouble(5), r.NullableDouble(6), r.NullableDouble(7),
                r.IsDBNull(8) ? null : r.GetString(8)),
            ("grouping", grouping));
}
