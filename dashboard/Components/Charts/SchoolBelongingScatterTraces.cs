using System.Globalization;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Schools' belonging against their attendance: one point per school and wave (attendance of all its pupils that year
/// across, the wave's mean scale score up), its area by the school's respondents, one colour per wave; and for each
/// wave with three schools or more the least-squares line across its schools, Pearson's r in its name. A suppressed
/// school is left out, never drawn at zero.
/// </summary>
public static class SchoolBelongingScatterTraces
{
    public static IList<ITrace> From(IReadOnlyList<SchoolBelongingAttendance> rows)
    {
        var shown = rows.Where(r => r is { Suppressed: false, AttendanceRate: not null, MeanScore: not null, Respondents: not null }).ToList();
        var largest = shown.Count == 0 ? 1 : shown.Max(r => r.Respondents!.Value);
        List<ITrace> traces = [];
        foreach (var wave in shown.GroupBy(r => $"{r.Wave} {r.AcademicYear}"))
        {
            var schools = wave.ToList();
            var name = ChartText.Label(wave.Key);
            traces.Add(new Scatter
            {
                Name = name,
                Mode = ModeFlag.Markers,
                X = [.. schools.Select(r => (object)r.AttendanceRate!.Value)],
                Y = [.. schools.Select(r => (object)r.MeanScore!.Value)],
                Marker = new Marker { SizeArray = [.. schools.Select(r => (decimal?)MarkerSize(r.Respondents!.Value, largest))], Opacity = 0.8m },
                TextArray = [.. schools.Select(r => ChartText.Label($"{r.School} ({r.Respondents} respondents)"))],
                HoverTemplate = "%{text}<br>attendance %{x:.1f}%, mean score %{y:.2f}<extra>" + name + "</extra>",
            });
            if (LinearFit.Of([.. schools.Select(r => (r.AttendanceRate!.Value, r.MeanScore!.Value))]) is { } fit)
            {
                var (from, to) = (schools.Min(r => r.AttendanceRate!.Value), schools.Max(r => r.AttendanceRate!.Value));
                traces.Add(new Scatter
                {
                    Name = $"{name}: fitted line, r = {fit.R.ToString("0.00", CultureInfo.InvariantCulture)}",
                    Mode = ModeFlag.Lines,
                    X = [(object)from, to],
                    Y = [(object?)fit.At(from), fit.At(to)],
                    Line = new Line { Dash = "dash", Width = 1.5m },
                    HoverInfo = HoverInfoFlag.Skip,
                });
            }
        }
        return traces;
    }

    /// <summary>A marker's diameter in pixels to one decimal place, its area growing with the school's respondents: 30 for the most.</summary>
    public static decimal MarkerSize(int respondents, int largest) =>
        Math.Round((decimal)(8 + 22 * Math.Sqrt((double)respondents / Math.Max(largest, 1))), 1);
}
