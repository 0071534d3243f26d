using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// The charts of a school's evidence pack, each drawn from a part of <see cref="SchoolEvidence"/> and tabled from the
/// same rows: <see cref="Tables"/> gives each chart's table by name, which <c>/api/charts/{name}.csv</c> serves from
/// the same pack query the page runs. Suppressed figures leave gaps, never zeros.
/// </summary>
public static class EvidenceCharts
{
    /// <summary>A year-to-date measure of the school beside its trust, local authority and England.</summary>
    public sealed record Measure(string Name, string Column, Func<AttendanceComparison, double?> Value);

    public static readonly Measure Attendance = new("evidence-attendance", "Attendance rate (%)", r => r.AttendanceRate);
    public static readonly Measure PersistentAbsence = new("evidence-persistent-absence", "Persistent absence (%)", r => r.PersistentAbsenceRate);

    /// <summary>The pupils' mean scale score by wave, a line per group of one grouping (<see cref="SchoolEvidence.BelongingByGroup"/>).</summary>
    public const string BelongingByGroup = "evidence-belonging-groups";

    /// <summary>Each chart's table by name, from the pack (null: a school the caller may not see, so only the header) and the chart's own parameters.</summary>
    public static readonly IReadOnlyDictionary<string, Func<SchoolEvidence?, Func<string, string?>, ChartTable>> Tables =
        new Dictionary<string, Func<SchoolEvidence?, Func<string, string?>, ChartTable>>(StringComparer.Ordinal)
        {
            [Attendance.Name] = (pack, _) => YearToDateTable(pack?.Attendance ?? [], Attendance),
            [PersistentAbsence.Name] = (pack, _) => YearToDateTable(pack?.Attendance ?? [], PersistentAbsence),
            ["evidence-groups"] = (pack, parameter) => GroupsTable(pack?.AttendanceByGroup.FirstOrDefault(g => g.Grouping == parameter("grouping"))?.Rows ?? []),
            ["evidence-scale"] = (pack, parameter) => ChartTables.ScaleScores(pack?.Questionnaires.FirstOrDefault(q => q.Name == parameter("questionnaire"))?.Scale ?? []),
            [BelongingByGroup] = (pack, parameter) => ChartTables.ScaleScores(pack?.BelongingByGroup.FirstOrDefault(g => g.Grouping == parameter("grouping"))?.Rows ?? []),
            ["evidence-items"] = (pack, parameter) => ChartTables.SurveyItems(pack?.Questionnaires.FirstOrDefault(q => q.Name == parameter("questionnaire"))?.Items ?? []),
            ["evidence-suspensions"] = (pack, _) => SuspensionsTable(pack?.Suspensions ?? []),
            ["evidence-leavers"] = (pack, _) => ChartTables.SchoolLeavers(pack?.Leavers ?? []),
            ["evidence-audit"] = (pack, _) => ChartTables.Audit(pack?.Audit ?? []),
        };

    /// <summary>One line per area across the years (the school and its trust in colour; the local authority dotted and England dashed, in grey).</summary>
    public static IList<ITrace> YearToDate(IReadOnlyList<AttendanceComparison> rows, Measure measure)
    {
        var years = Years(rows.Select(r => r.AcademicYear));
        return [.. rows.GroupBy(r => (r.AreaOrder, r.Area)).OrderBy(g => g.Key.AreaOrder).Select(area =>
        {
            var byYear = area.ToDictionary(r => r.AcademicYear, r => r.Suppressed ? null : measure.Value(r));
            var values = years.Select(y => byYear.GetValueOrDefault((string)y));
            return area.Key.AreaOrder <= AttendanceComparison.Trust
                ? AttendanceTraces.TermLine(area.Key.Area, years, values)
                : AttendanceTraces.YearToDateLine(ChartText.Label(area.Key.Area), ChartText.Label(area.Key.Area), area.Key.AreaOrder == AttendanceComparison.England ? "dash" : "dot", years, values);
        })];
    }

    public static ChartTable YearToDateTable(IReadOnlyList<AttendanceComparison> rows, Measure measure) =>
        new(["Year", "Beside", measure.Column],
            [.. rows.OrderBy(r => r.AcademicYear, StringComparer.Ordinal).ThenBy(r => r.AreaOrder)
                .Select(r => Row(r.AcademicYear, r.Area, ChartTable.Figure(measure.Value(r), r.Suppressed)))]) { LabelColumns = 2 };

    /// <summary>Attendance per group of one grouping, a bar per year (oldest first), groups in natural order.</summary>
    public static IList<ITrace> Groups(IReadOnlyList<GroupAttendance> rows)
    {
        var groups = rows.Select(r => r.Group).Distinct().Order(NaturalOrder.Instance).ToList();
        return [.. rows.GroupBy(r => r.AcademicYear).OrderBy(y => y.Key, StringComparer.Ordinal).Select(year =>
        {
            var byGroup = year.ToDictionary(r => r.Group);
            return (ITrace)new Bar
            {
                Name = year.Key,
                X = [.. groups.Select(g => (object)ChartText.Label(g))],
                Y = [.. groups.Select(g => (object?)(byGroup.TryGetValue(g, out var r) && !r.Suppressed ? r.AttendanceRate : null))],
                HoverTemplate = "%{x}: %{y:.1f}%<extra>" + year.Key + "</extra>",
            };
        })];
    }

    public static ChartTable GroupsTable(IReadOnlyList<GroupAttendance> rows) =>
        new(["Group", "Year", "Attendance rate (%)"],
            [.. rows.OrderBy(r => r.Group, NaturalOrder.Instance).ThenBy(r => r.AcademicYear, StringComparer.Ordinal)
                .Select(r => Row(r.Group, r.AcademicYear, ChartTable.Figure(r.AttendanceRate, r.Suppressed)))]) { LabelColumns = 2 };

    /// <summary>Suspensions per 100 pupils and pupils suspended per 100, a pair of bars per year.</summary>
    public static IList<ITrace> Suspensions(IReadOnlyList<SchoolExclusions> rows)
    {
        var years = rows.OrderBy(r => r.AcademicYear, StringComparer.Ordinal).ToList();
        return [.. SuspensionRates.Select(rate => (ITrace)new Bar
        {
            Name = rate.Name,
            X = [.. years.Select(r => (object)r.AcademicYear)],
            Y = [.. years.Select(r => (object?)(r.Suppressed ? null : rate.Value(r)))],
            HoverTemplate = "%{x}: %{y:.2f}<extra>" + rate.Name + "</extra>",
        })];
    }

    public static ChartTable SuspensionsTable(IReadOnlyList<SchoolExclusions> rows) =>
        new(["Year", .. SuspensionRates.Select(r => r.Name)],
            [.. rows.OrderBy(r => r.AcademicYear, StringComparer.Ordinal)
                .Select(r => Row([r.AcademicYear, .. SuspensionRates.Select(rate => ChartTable.Figure(rate.Value(r), r.Suppressed))]))]);

    private static readonly IReadOnlyList<(string Name, Func<SchoolExclusions, double?> Value)> SuspensionRates =
    [
        ("Suspensions per 100 pupils", r => r.SuspensionRate),
        ("Pupils suspended per 100", r => r.OnePlusSuspensionRate),
    ];

    private static List<object> Years(IEnumerable<string> years) => [.. years.Distinct().Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
