using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// One line per school across terms (a suppressed term leaves a gap), a dashed line for England's published
/// year-to-date rate in each academic year a DfE release has been loaded for, and a dotted one for each local
/// authority's that the release gives.
/// </summary>
public static class AttendanceTraces
{
    public const string EnglandTrace = "England, all state-funded schools (DfE)";

    public static IList<ITrace> From(IReadOnlyList<SchoolTermAttendance> rows, IReadOnlyList<AttendanceBenchmark> benchmarks)
    {
        var periods = rows.Select(r => (r.Period, r.AcademicYear)).Distinct().ToList();
        var x = periods.Select(p => (object)ChartText.Label(p.Period)).ToList();
        var traces = rows.GroupBy(r => (r.Urn, r.SchoolName)).OrderBy(g => g.Key.SchoolName).Select(school =>
        {
            var byPeriod = school.ToDictionary(r => r.Period);
            return TermLine(school.Key.SchoolName, x, periods.Select(p => byPeriod.TryGetValue(p.Period, out var r) ? r.AttendanceRate : null));
        }).ToList();

        foreach (var area in benchmarks.Where(b => b.Phase == "Total").GroupBy(b => b.Area).OrderBy(a => a.Key != AttendanceBenchmark.England).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            var byYear = area.ToDictionary(b => b.AcademicYear, b => b.AttendanceRate);
            if (!periods.Any(p => byYear.ContainsKey(p.AcademicYear)))
                continue;
            var england = area.Key == AttendanceBenchmark.England;
            traces.Add(YearToDateLine(england ? EnglandTrace : $"{ChartText.Label(area.Key)}, all state-funded schools (DfE)", ChartText.Label(area.Key), england ? "dash" : "dot", x,
                periods.Select(p => byYear.TryGetValue(p.AcademicYear, out var rate) ? (double?)rate : null)));
        }
        return traces;
    }

    /// <summary>One area's attendance rate by term, a point per term (null: a gap); a reference area's line with <paramref name="dash"/>.</summary>
    public static ITrace TermLine(string area, IList<object> terms, IEnumerable<double?> rates, string? dash = null)
    {
        var name = ChartText.Label(area);
        return new Scatter
        {
            Name = name,
            Mode = ModeFlag.Lines | ModeFlag.Markers,
            Line = dash is null ? null : new Line { Dash = dash },
            X = terms,
            Y = [.. rates.Select(r => (object?)r)],
            HoverTemplate = "%{x}: %{y:.1f}%<extra>" + name + "</extra>",
        };
    }

    /// <summary>A published year-to-date rate drawn across each term of its year, in grey with <paramref name="dash"/>.</summary>
    public static ITrace YearToDateLine(string name, string hoverName, string dash, IList<object> terms, IEnumerable<double?> rates) => new Scatter
    {
        Name = name,
        Mode = ModeFlag.Lines,
        Line = new Line { Dash = dash, Color = "#5b6475" },
        X = terms,
        Y = [.. rates.Select(r => (object?)r)],
        HoverTemplate = "%{x}: %{y:.1f}% (year to date)<extra>" + hoverName + "</extra>",
    };
}
