using BelongingInsights.Dashboard.Components.Filters;
using BelongingInsights.Warehouse.Access;
using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Each chart's table by name, from the query its page runs with the caller's scope and the filters: what
/// <c>/api/charts/{name}.csv</c> serves, so the file holds exactly the figures the page plots. <c>urn</c> picks one
/// school's chart on a page that draws one per school; <c>grouping</c> a survey items chart's own grouping
/// (the parents' and staff questionnaires are drawn for all respondents whatever the page's group); <c>respondents</c>
/// the respondent group or area of a chart the page draws one of per group (survey items, survey themes). An evidence
/// pack's charts (<see cref="EvidenceCharts"/>) are tabled from the same pack query as the page.
/// </summary>
public static class ChartSources
{
    private delegate ChartTable Source(IServiceProvider services, AccessScope scope, DashboardFilter filter, Func<string, string?> parameter);

    private static readonly Dictionary<string, Source> Sources = new(StringComparer.Ordinal)
    {
        ["attendance-by-term"] = (s, scope, filter, _) =>
            ChartTables.AttendanceByTerm(s.GetRequiredService<AttendanceBySchoolTermQuery>().Run(scope, filter)),
        ["suspensions-by-term"] = (s, scope, filter, _) =>
            ChartTables.SuspensionsByTerm(s.GetRequiredService<ExclusionsBySchoolQuery>().Run(scope, filter)),
        ["attendance-by-group"] = (s, scope, filter, _) =>
        {
            var grouping = DashboardPages.GroupingOf(filter, AttendanceByGroupQuery.Groupings);
            var rows = s.GetRequiredService<AttendanceByGroupQuery>().Run(scope, grouping, filter);
            var latest = rows.Count == 0 ? rows : ChartTables.Latest(rows, r => r.AcademicYear);
            return ChartTables.AttendanceByGroup(latest, GroupAttendanceTraces.Published(latest, s.GetRequiredService<PublishedByGroupQuery>().Run(scope, grouping, filter)));
        },
        ["unexplained-exits"] = (s, scope, filter, _) =>
        {
            var grouping = DashboardPages.GroupingOf(filter, RollExitsQuery.Groupings);
            var rows = s.GetRequiredService<RollExitsQuery>().Run(scope, grouping, filter);
            return ChartTables.UnexplainedExits(rows.Count == 0 ? rows : ChartTables.Latest(rows, r => r.AcademicYear), grouping != RollExitsQuery.Groupings[0]);
        },
        ["survey-items"] = (s, scope, filter, parameter) =>
        {
            var rows = s.GetRequiredService<SurveyItemQuery>().Run(scope, parameter("instrument") ?? "", SurveyGrouping(filter, parameter), filter);
            return ChartTables.SurveyItems(rows.Where(r => r.Group == (parameter("respondents") ?? "")));
        },
        ["survey-themes"] = (s, scope, filter, parameter) =>
            ChartTables.SurveyThemes(s.GetRequiredService<SurveyThemeQuery>().Run(scope, filter).Where(r => r.Area == (parameter("respondents") ?? ""))),
        ["scale-scores"] = (s, scope, filter, parameter) =>
            ChartTables.ScaleScores(s.GetRequiredService<SurveyScaleQuery>().Run(scope, parameter("instrument") ?? "", SurveyGrouping(filter, parameter), filter)),
        ["belonging-attendance"] = (s, scope, filter, parameter) =>
            ChartTables.BelongingAttendance(s.GetRequiredService<BelongingAttendanceQuery>().Pupils(scope, parameter("instrument") ?? "", filter), BelongingMeasure),
        ["schools-belonging-attendance"] = (s, scope, filter, parameter) =>
            ChartTables.SchoolsBelongingAttendance(s.GetRequiredService<BelongingAttendanceQuery>().Schools(scope, parameter("instrument") ?? "", filter)),
        ["audit"] = (s, scope, filter, parameter) =>
            ChartTables.Audit(s.GetRequiredService<AuditByAreaQuery>().Run(scope, filter).Where(r => r.Urn.ToString(System.Globalization.CultureInfo.InvariantCulture) == parameter("urn"))),
        ["school-attendance"] = (s, scope, filter, parameter) =>
            ChartTables.SchoolAttendance(s.GetRequiredService<SchoolPageQuery>().Attendance(scope, Urn(parameter), filter)),
        ["school-groups"] = (s, scope, filter, parameter) =>
        {
            var urn = Urn(parameter);
            var figures = SchoolGroupFigures.For(s.GetRequiredService<AttendanceByGroupQuery>(), s.GetRequiredService<PublishedByGroupQuery>(), scope, urn, filter);
            var school = s.GetRequiredService<SchoolPageQuery>().Profile(scope, urn, filter);
            return ChartTables.AttendanceByGroup(figures.Latest, figures.Published, school?.Name ?? ChartTables.ProgrammeFigures);
        },
        ["school-leavers"] = (s, scope, filter, parameter) =>
            ChartTables.SchoolLeavers(s.GetRequiredService<RollExitsQuery>().Run(scope, RollExitsQuery.Groupings[0], OneSchool(filter, Urn(parameter)))),
    };

    /// <summary>The filters of one school's page for a query by school: the school, and the year chosen.</summary>
    public static DashboardFilter OneSchool(DashboardFilter filter, int urn) => DashboardFilter.None with { School = urn, Year = filter.Year };

    /// <summary>The URN a per-school chart names (0, no school, when it names none or not a number).</summary>
    private static int Urn(Func<string, string?> parameter) =>
        int.TryParse(parameter("urn"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var urn) ? urn : 0;

    /// <summary>The grouping a survey chart was drawn with (its "grouping" parameter, the page's for its questionnaire), else the filter's.</summary>
    private static string SurveyGrouping(DashboardFilter filter, Func<string, string?> parameter) =>
        parameter("grouping") is { } asked && SurveyItemQuery.Groupings.Contains(asked) ? asked : DashboardPages.GroupingOf(filter, SurveyItemQuery.Groupings);

    /// <summary>The belonging groups the attendance-by-belonging chart draws.</summary>
    public const string BelongingMeasure = "Scale score tercile";

    /// <summary>The named chart's table for this caller and these filters, or null when no chart has the name.</summary>
    public static ChartTable? Build(string name, IServiceProvider services, AccessScope scope, DashboardFilter filter, Func<string, string?> parameter) =>
        Sources.TryGetValue(name, out var source) ? source(services, scope, filter, parameter)
        : EvidenceCharts.Tables.TryGetValue(name, out var pack) ? pack(services.GetRequiredService<SchoolEvidenceQuery>().Run(scope, Urn(parameter), filter), parameter)
        : null;
}
