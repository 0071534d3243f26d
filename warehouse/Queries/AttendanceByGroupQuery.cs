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
        "Disadvantaged × Phase",
    ];

    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Year | FilterFields.Group;

    public IReadOnlyList<GroupAttendance> Run(AccessScope scope, string grouping, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/attendance_by_group.sql"), scope, r => new GroupAttendance(
                r.Get<string>("academic_year_label"),
                r.Get<string>("group_name"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("enrolments"),
                r.Get<double?>("attendance_rate"),
                r.Get<double?>("absence_rate"),
                r.Get<double?>("persistent_absence_rate"),
                r.Get<double?>("severe_absence_rate"),
                r.Get<string?>("school_name"),
                SuppressionReasons.Parse(r.Get<string?>("suppression_reason"))),
            [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("grouping", grouping)]);
}
