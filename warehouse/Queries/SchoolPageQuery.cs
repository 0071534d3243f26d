using BelongingInsights.Warehouse.Access;

namespace BelongingInsights.Warehouse.Queries;

/// <summary>One school's page: its profile, its headline figures, and its attendance beside its trust and England's.</summary>
public sealed class SchoolPageQuery(WarehouseDatabase database)
{
    /// <summary>The dashboard filters the school's queries apply in their SQL (the school is the page's own; trust, phase and term do not apply).</summary>
    public const FilterFields Filters = FilterFields.Year | FilterFields.Wave;

    /// <summary>The school, or null when there is none with this URN that the caller may see.</summary>
    public SchoolProfile? Profile(AccessScope scope, int urn, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/school_profile.sql"), scope, r => new SchoolProfile(
                r.Get<int>("urn"),
                r.Get<string>("name"),
                r.Get<string?>("trust"),
                r.Get<string>("phase"),
                r.Get<string?>("local_authority"),
                r.Get<string?>("roll_year"),
                r.Get<int?>("on_roll")),
            Parameters(urn, filter)).SingleOrDefault();

    public IReadOnlyList<SchoolHeadline> Headlines(AccessScope scope, int urn, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/school_headlines.sql"), scope, r => new SchoolHeadline(
                r.Get<string>("measure"),
                r.Get<string>("period"),
                r.Get<double?>("value"),
                r.Get<int?>("n"),
                r.Get<bool>("suppressed"),
                r.Get<string?>("programme_area"),
                r.Get<double?>("programme_value"),
                r.Get<int?>("programme_n"),
                r.Get<bool>("programme_suppressed"),
                SuppressionReasons.Parse(r.Get<string?>("programme_reason"))),
            Parameters(urn, filter));

    public IReadOnlyList<AttendanceComparison> Attendance(AccessScope scope, int urn, DashboardFilter? filter = null) =>
        database.Query(SqlScripts.Get("Queries/school_attendance_comparison.sql"), scope, r => new AttendanceComparison(
                r.Get<string>("academic_year_label"),
                r.Get<string>("period"),
                r.Get<int>("area_order"),
                r.Get<string>("area"),
                r.Get<bool>("suppressed"),
                r.Get<int?>("n"),
                r.Get<double?>("attendance_rate"),
                r.Get<double?>("persistent_absence_rate"),
                r.Get<int>("schools_left_out")),
            Parameters(urn, filter));

    private static (string Name, object? Value)[] Parameters(int urn, DashboardFilter? filter) =>
        [.. (filter ?? DashboardFilter.None).Parameters(Filters), ("urn", urn)];
}
