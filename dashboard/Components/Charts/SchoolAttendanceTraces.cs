using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// A school's attendance by term beside its trust's other schools and, dash-dotted, every school the caller may see (a
/// suppressed term leaves a gap), and a grey line for each published figure (its local authority dotted, England
/// dashed) at its year-to-date rate across that year's terms.
/// </summary>
public static class SchoolAttendanceTraces
{
    public static IList<ITrace> From(IReadOnlyList<AttendanceComparison> rows)
    {
        var terms = rows.Where(r => !IsPublished(r) && r.Term != AttendanceComparison.YearToDate).ToList();
        var periods = terms.Select(r => (r.Period, r.AcademicYear)).Distinct().ToList();
        var x = periods.Select(p => (object)ChartText.Label(p.Period)).ToList();
        var traces = terms.GroupBy(r => (r.AreaOrder, r.Area)).OrderBy(g => g.Key.AreaOrder).Select(area =>
        {
            var byPeriod = area.ToDictionary(r => r.Period);
            return AttendanceTraces.TermLine(area.Key.Area, x, periods.Select(p => byPeriod.TryGetValue(p.Period, out var r) ? r.AttendanceRate : null),
                area.Key.AreaOrder == AttendanceComparison.Programme ? "dashdot" : null);
        }).ToList();
        foreach (var published in rows.Where(IsPublished).GroupBy(r => (r.AreaOrder, r.Area)).OrderBy(g => g.Key.AreaOrder))
        {
            var byYear = published.ToDictionary(r => r.AcademicYear, r => r.AttendanceRate);
            var name = ChartText.Label(published.Key.Area);
            traces.Add(AttendanceTraces.YearToDateLine(name, name, published.Key.AreaOrder == AttendanceComparison.England ? "dash" : "dot", x,
                periods.Select(p => byYear.GetValueOrDefault(p.AcademicYear))));
        }
        return traces;
    }

    /// <summary>Whether a row is a DfE published figure (its local authority's or England's), year to date only.</summary>
    public static bool IsPublished(AttendanceComparison row) => row.AreaOrder is AttendanceComparison.LocalAuthority or AttendanceComparison.England;
}
