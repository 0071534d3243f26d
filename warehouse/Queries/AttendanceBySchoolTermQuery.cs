using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Attendance rate by school and term, from <c>mart_attendance_school</c>.</summary>
public sealed class AttendanceBySchoolTermQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Year | FilterFields.Term;

    public IReadOnlyList<SchoolTermAttendance> Run(AccessScope scope, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/attendance_by_school_term.sql"), scope, r => new SchoolTermAttendance(
                r.Get<int>("urn"),
                r.Get<string>("school_name"),
                r.Get<string>("academic_year_label"),
                r.Get<string>("period"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("enrolments"),
                r.Get<double?>("attendance_rate"),
                r.Get<double?>("absence_rate")),
            (filter ?? DashboardFilter.None).Parameters(Filters));
}
