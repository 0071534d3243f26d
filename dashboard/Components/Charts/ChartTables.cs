using BelongingInsights.Warehouse.Queries;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Each chart's figures as a <see cref="ChartTable"/>, built from the same rows its traces are: the page shows it as the
/// chart's table view and <c>/api/charts/{name}.csv</c> (<see cref="ChartSources"/>) writes it from the same query.
/// </summary>
public static class ChartTables
{
    public static ChartTable AttendanceByTerm(IReadOnlyList<SchoolTermAttendance> rows) =>
        new(["School", "Term", "Attendance rate (%)"],
            [.. rows.Select(r => Row(r.SchoolName, r.Period, ChartTable.Figure(r.AttendanceRate, r.Suppressed)))]) { LabelColumns = 2 };

    public static ChartTable SuspensionsByTerm(IReadOnlyList<SchoolExclusions> rows) =>
        new(["School", "Term", "Suspensions per 100 pupils"],
            [.. rows.Where(r => r.CountingWindow == "term").Select(r => Row(r.SchoolName, r.Period, ChartTable.Figure(r.SuspensionRate, r.Suppressed)))]) { LabelColumns = 2 };

    /// <summary>
    /// The newest year's groups, as the chart draws them (a school's group carries its name), in natural order, each
    /// followed by the DfE's published rates for the same group and year (England's, then each local authority's).
    /// </summary>
    public static ChartTable AttendanceByGroup(IReadOnlyList<GroupAttendance> latest, IReadOnlyList<PublishedRates> published, string programme = ProgrammeFigures) =>
        new(["Group", "Figures from", "Attendance rate (%)", "Persistent absence (%)"],
            [.. latest.OrderBy(GroupAttendanceTraces.Label, NaturalOrder.Instance).SelectMany(r => published
                .Where(p => p.Group == r.Group)
                .OrderBy(p => p.Area != "England").ThenBy(p => p.Source, StringComparer.Ordinal)
                .Select(p => Row(GroupAttendanceTraces.Label(r), p.Source, ChartTable.Figure(p.AttendanceRate, false), ChartTable.Figure(p.PersistentAbsenceRate, false)))
                .Prepend(Row(GroupAttendanceTraces.Label(r), programme,
                    ChartTable.Figure(r.AttendanceRate, r.Suppressed), ChartTable.Figure(r.PersistentAbsenceRate, r.Suppressed))))]) { LabelColumns = 2 };

    /// <summary>What the groups chart's table calls the programme's own figures, beside the DfE's (a school's page names the school).</summary>
    public const string ProgrammeFigures = "Your schools";

    /// <summary>The newest year's unexplained-exit rates: by area, or by group over all schools.</summary>
    public static ChartTable UnexplainedExits(IReadOnlyList<RollExits> latest, bool byGroup) =>
        new([byGroup ? "Group" : "Area", "Unexplained exits per 100 on roll"],
            [.. RollExitTraces.Plotted(latest, byGroup).Select(r => Row(byGroup ? r.Group : r.Area, ChartTable.Figure(r.UnexplainedExitRate, r.UnexplainedExitRate is null)))]);

    /// <summary>One school's audit: items fully, partially and not yet met per area and round.</summary>
    public static ChartTable Audit(IEnumerable<AuditArea> school) =>
        new(["Area", "Round", "Fully met", "Partially met", "Not yet met"],
            [.. school.Select(r => Row(r.Area, r.Round, ChartTable.Figure(r.FullyMet, false), ChartTable.Figure(r.PartiallyMet, false), ChartTable.Figure(r.NotYetMet, false)))]) { LabelColumns = 2 };

    /// <summary>One respondent group's survey items as the diverging bars draw them: negative, unanswered and positive (adding up to 100) with the positive share's 95% interval, per item and wave.</summary>
    public static ChartTable SurveyItems(IEnumerable<ItemResult> group) =>
        new(["Question", "Wave", "Negative (%)", "Unanswered (%)", "Positive (%)", "Positive 95% interval low", "Positive 95% interval high"],
            [.. group.OrderBy(r => r.ItemOrder).Select(r => Row(SurveyItemTraces.ItemLabel(r), r.Wave,
                ChartTable.Figure(r.NegativePct, r.Suppressed), ChartTable.Figure(r.UnansweredPct, r.Suppressed), ChartTable.Figure(r.PositivePct, r.Suppressed),
                ChartTable.Figure(r.PositiveLow, r.Suppressed), ChartTable.Figure(r.PositiveHigh, r.Suppressed)))]) { LabelColumns = 2 };

    /// <summary>One area's themes as the side-by-side bars draw them: per theme, wave and respondent group, the question and its percentage positive with its 95% interval and respondents.</summary>
    public static ChartTable SurveyThemes(IEnumerable<ThemeResult> area) =>
        new(["Theme", "Wave", "Who answered", "Question", "Positive (%)", "Positive 95% interval low", "Positive 95% interval high", "Respondents"],
            [.. area.Select(r => Row(r.Theme, r.Wave, SurveyThemeTraces.RespondentName(r.Respondent), SurveyThemeTraces.ItemLabel(r),
                ChartTable.Figure(r.PositivePct, r.Suppressed), ChartTable.Figure(r.PositiveLow, r.Suppressed), ChartTable.Figure(r.PositiveHigh, r.Suppressed),
                ChartTable.Figure(r.Respondents, r.Suppressed)))]) { LabelColumns = 4 };

    /// <summary>Mean scale scores with their 95% intervals, per respondent group and wave.</summary>
    public static ChartTable ScaleScores(IReadOnlyList<ScaleResult> rows) =>
        new(["Respondents", "Wave", "Mean score", "95% interval low", "95% interval high"],
            [.. rows.Select(r => Row(r.Group.Length == 0 ? "All respondents" : r.Group, r.Wave,
                ChartTable.Figure(r.MeanScore, r.Suppressed), ChartTable.Figure(r.MeanLow, r.Suppressed), ChartTable.Figure(r.MeanHigh, r.Suppressed)))]) { LabelColumns = 2 };

    /// <summary>Linked pupils' attendance by belonging group of one measure, per wave (the all-pupils row left out, as drawn).</summary>
    public static ChartTable BelongingAttendance(IReadOnlyList<BelongingAttendance> rows, string measure) =>
        new(["Wave", "Belonging", "Attendance rate (%)"],
            [.. rows.Where(r => r.Measure == measure && r.GroupOrder > 0).Select(r => Row($"{r.Wave} {r.AcademicYear}", r.Group, ChartTable.Figure(r.AttendanceRate, r.Suppressed)))]) { LabelColumns = 2 };

    /// <summary>Each school's attendance and mean scale score by wave, as the scatter draws them (a suppressed school's figures the marker).</summary>
    public static ChartTable SchoolsBelongingAttendance(IReadOnlyList<SchoolBelongingAttendance> rows) =>
        new(["School", "Wave", "Attendance rate (%)", "Mean score (1 to 4)", "Respondents"],
            [.. rows.Select(r => Row(r.School, $"{r.Wave} {r.AcademicYear}", ChartTable.Figure(r.AttendanceRate, r.Suppressed),
                ChartTable.Figure(r.MeanScore, r.Suppressed), ChartTable.Figure(r.Respondents, r.Suppressed)))]) { LabelColumns = 2 };

    /// <summary>A school's attendance by term beside its trust's other schools and every school the caller may see, and the published year-to-date figures drawn beside them.</summary>
    public static ChartTable SchoolAttendance(IReadOnlyList<AttendanceComparison> rows) =>
        new(["Area", "Period", "Attendance rate (%)"],
            [.. rows.Where(r => SchoolAttendanceTraces.IsPublished(r) || r.Term != AttendanceComparison.YearToDate)
                .Select(r => Row(r.Area, r.Period, ChartTable.Figure(r.AttendanceRate, r.Suppressed)))]) { LabelColumns = 2 };

    /// <summary>A school's leavers per academic year by how they left.</summary>
    public static ChartTable SchoolLeavers(IReadOnlyList<RollExits> school) =>
        new(["Year", .. SchoolLeaverTraces.ExitTypes.Select(t => t.Name)],
            [.. school.OrderBy(r => r.AcademicYear, StringComparer.Ordinal)
                .Select(r => Row([r.AcademicYear, .. SchoolLeaverTraces.ExitTypes.Select(t => ChartTable.Figure(t.Count(r), t.Count(r) is null))]))]);

    /// <summary>The rows of the newest academic year (queries list the newest first).</summary>
    public static IReadOnlyList<T> Latest<T>(IReadOnlyList<T> rows, Func<T, string> year) =>
        [.. rows.Where(r => year(r) == year(rows[0]))];

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
