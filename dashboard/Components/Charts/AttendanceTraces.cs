using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// One line per school across terms (a suppressed term leaves a gap), and a dashed line for England's published
/// year-to-date rate in each academic year a DfE release has been loaded for.
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
            var name = ChartText.Label(school.Key.SchoolName);
            return (ITrace)new Scatter
            {
                Name = name,
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = x,
                Y = [.. periods.Select(p => byPeriod.TryGetValue(p.Period, out var r) ? (object?)r.AttendanceRate : null)],
                HoverTemplate = "%{x}: %{y:.1f}%<extra>" + name + "</extra>",
            };
        }).ToList();

        var england = benchmarks.Where(b => b.Phase == "Total").ToDictionary(b => b.AcademicYear, b => b.AttendanceRate);
        if (periods.Any(p => england.ContainsKey(p.AcademicYear)))
        {
            traces.Add(new Scatter
            {
                Name = EnglandTrace,
                Mode = ModeFlag.Lines,
                Line = new Line { Dash = "dash", Color = "#5b6475" },
                X = x,
                Y = [.. periods.Select(p => england.TryGetValue(p.AcademicYear, out var rate) ? (object?)rate : null)],
                HoverTemplate = "%{x}: %{y:.1f}% (year to date)<extra>England</extra>",
            });
        }
        return traces;
    }
}
