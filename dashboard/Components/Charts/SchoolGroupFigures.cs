using BelongingInsights.Dashboard.Components.Filters;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// One school's attendance by pupil group in its newest year (or the year chosen), beside the DfE's published rates
/// for the same groups, year and the school's phase: England's, and its local authority's where a release for it is
/// loaded. Both queries filter to the caller's scope in their SQL.
/// </summary>
public sealed record SchoolGroupFigures(string Grouping, IReadOnlyList<GroupAttendance> Latest, IReadOnlyList<PublishedRates> Published)
{
    /// <summary>The groupings a school's page offers: one characteristic at a time (pairs at one school are mostly too small to show).</summary>
    public static readonly IReadOnlyList<string> Groupings = ["SEND", "FSM", "Disadvantaged", "Gender", "EAL", "Ethnicity", "Year group"];

    public static SchoolGroupFigures For(AttendanceByGroupQuery groups, PublishedByGroupQuery published, AccessScope scope, int urn, DashboardFilter filter)
    {
        var grouping = DashboardPages.GroupingOf(filter, Groupings);
        var school = ChartSources.OneSchool(filter, urn);
        var rows = groups.Run(scope, grouping, school);
        var latest = rows.Count == 0 ? rows : [.. ChartTables.Latest(rows, r => r.AcademicYear).Select(r => r with { School = null })];
        return new SchoolGroupFigures(grouping, latest, GroupAttendanceTraces.Published(latest, published.Run(scope, grouping, school)));
    }
}
