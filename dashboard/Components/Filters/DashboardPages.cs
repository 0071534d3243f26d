using BelongingInsights.Dashboard.Components.Charts;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Dashboard.Components.Filters;

/// <summary>
/// The pages the filter bar serves, by path: which filters their queries apply (the union of the queries' own
/// <c>Filters</c> constants, so the bar disables exactly what no query on the page honours) and the pupil groupings
/// the page can break its figures down by (none when it has no breakdown).
/// </summary>
public static class DashboardPages
{
    public sealed record FilteredPageInfo(FilterFields Filters, IReadOnlyList<string> Groupings);

    private static readonly Dictionary<string, FilteredPageInfo> Pages = new(StringComparer.Ordinal)
    {
        [""] = new(OverviewTilesQuery.Filters | AttendanceBySchoolTermQuery.Filters, []),
        ["attendance"] = new(AttendanceBySchoolTermQuery.Filters | AttendanceYearToDateQuery.Filters, []),
        ["groups"] = new(AttendanceByGroupQuery.Filters, AttendanceByGroupQuery.Groupings),
        ["belonging"] = new(
            SurveyItemQuery.Filters | SurveyScaleQuery.Filters | SurveyItemChangeQuery.Filters | BelongingAttendanceQuery.PupilsFilters
                | BelongingAttendanceQuery.SchoolsFilters | SurveyPairedQuery.AttritionFilters | SurveyPairedQuery.ScaleFilters,
            SurveyItemQuery.Groupings),
        ["leavers"] = new(RollExitsQuery.Filters, RollExitsQuery.Groupings),
        ["exits"] = new(RollExitsQuery.Filters, RollExitsQuery.Groupings),
        ["exclusions"] = new(ExclusionsBySchoolQuery.Filters, []),
        ["audit"] = new(AuditByAreaQuery.Filters, []),
    };

    /// <summary>A school's page (<c>schools/{urn}</c>): the school is its own, so only the year, the wave and its groups' breakdown apply.</summary>
    private static readonly FilteredPageInfo SchoolPage = new(SchoolPageQuery.Filters | FilterFields.Group, SchoolGroupFigures.Groupings);

    /// <summary>The page at a base-relative path (query string ignored), or null when the filter bar has no place on it.</summary>
    public static FilteredPageInfo? At(string relativePath)
    {
        var path = relativePath.Split('?', '#')[0].TrimEnd('/');
        return path.StartsWith("schools/", StringComparison.Ordinal) ? SchoolPage : Pages.GetValueOrDefault(path);
    }

    /// <summary>
    /// What a page says when its figures for <paramref name="grouping"/> come back empty: for a pair of groups, that pairs
    /// are published across schools only (warehouse/Functions/pupil_groups.sql, docs/suppression.md), since a school's
    /// or a trust's view of a pair shows nothing for that reason rather than for want of data; likewise for a single
    /// group the page's mart publishes across schools only (<paramref name="acrossSchoolsOnly"/>), followed by
    /// <paramref name="instead"/>, what one school's view does show; else <paramref name="otherwise"/>.
    /// </summary>
    public static string NothingShown(string grouping, string otherwise, IReadOnlyList<string>? acrossSchoolsOnly = null, string instead = "") =>
        grouping.Contains(" × ", StringComparison.Ordinal)
            ? $"{grouping} is shown across all schools only (Disadvantaged and SEND by trust or phase too): within one school, or a trust, most pairs of groups count too few pupils to show, and hiding them would hide larger figures beside them. Choose a single group to see one school's or one trust's figures."
            : acrossSchoolsOnly?.Contains(grouping) == true
                ? $"{grouping} is shown across all schools only: within one school most of its groups count too few to show, and hiding them would hide larger figures beside them. {instead}"
                : otherwise;

    /// <summary>The grouping a page uses: the chosen one when the page offers it, else its first.</summary>
    public static string GroupingOf(DashboardFilter filter, IReadOnlyList<string> groupings) =>
        filter.Group is { } chosen && groupings.Contains(chosen) ? chosen : groupings[0];
}
