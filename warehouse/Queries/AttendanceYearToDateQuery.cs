using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>Each school's attendance, absence, persistent and severe absence over the year to date, newest year first.</summary>
public sealed class AttendanceYearToDateQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters Run applies in its SQL; the others it ignores.</summary>
    public const FilterFields Filters = FilterFields.Trust | FilterFields.School | FilterFields.Phase | FilterFields.Year;

    public IReadOnlyList<SchoolYearAttendance> Run(AccessScope scope, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/attendance_year_to_date.sql"), scope, r => new SchoolYearAttendance(
                r.Get<int>("urn"),
                r.Get<string>("school_name"),
                r.Get<string>("academic_year_label"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("enrolments"),
                r.Get<double?>("attendance_rate"),
                r.Get<double?>("absence_rate"),
                r.Get<double?>("authorised_absence_rate"),
                r.Get<double?>("unauthorised_absence_rate"),
                r.Get<double?>("persistent_absence_rate"),
                r.Get<double?>("severe_absence_rate"),
                SuppressionReasons.Parse(r.Get<string?>("suppression_reason"))),
            (filter ?? DashboardFilter.None).Parameters(Filters));
}
