using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Attendance by belonging from <c>mart_belonging_attendance</c>: linked pupils by belonging group, and schools' mean scores beside their attendance.</summary>
public sealed class BelongingAttendanceQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters Pupils applies in its SQL; the others it ignores.</summary>
    public const FilterFields PupilsFilters = FilterFields.Year | FilterFields.Wave;

    public IReadOnlyList<BelongingAttendance> Pupils(AccessScope scope, string instrument, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/belonging_attendance.sql"), scope, r => new BelongingAttendance(
                r.Get<string>("wave"),
                r.Get<string>("academic_year_label"),
                r.Get<string>("measure"),
                r.Get<string>("belonging_group"),
                r.Get<int>("group_order"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("respondents"),
                r.Get<double?>("mean_score"),
                r.Get<double?>("attendance_rate"),
                r.Get<double?>("persistent_absence_rate"),
                r.Get<double?>("suspension_rate"),
                r.Get<double?>("one_or_more_suspension_rate"),
                SuppressionReasons.Parse(r.Get<string?>("suppression_reason"))),
            [.. (filter ?? DashboardFilter.None).Parameters(PupilsFilters), ("instrument", instrument)]);

    /// <summary>The dashboard filters Schools applies in its SQL; the others it ignores.</summary>
    public const FilterFields SchoolsFilters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Year | FilterFields.Wave;

    public IReadOnlyList<SchoolBelongingAttendance> Schools(AccessScope scope, string instrument, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/school_belonging_attendance.sql"), scope, r => new SchoolBelongingAttendance(
                r.Get<string>("school_name"),
                r.Get<string>("wave"),
                r.Get<string>("academic_year_label"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("respondents"),
                r.Get<double?>("mean_score"),
                r.Get<double?>("attendance_rate"),
                r.Get<double?>("persistent_absence_rate"),
                SuppressionReasons.Parse(r.Get<string?>("suppression_reason"))),
            [.. (filter ?? DashboardFilter.None).Parameters(SchoolsFilters), ("instrument", instrument)]);
}
