using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Plotly.Blazor.Traces.ScatterLib.MarkerLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Bars of attendance and persistent absence per pupil group for one year (at a school, the school's name follows the
/// group), in natural order (Year 2 before Year 10); suppressed groups are left out, never drawn as zero. The DfE's
/// published rates for the same group and year (England's, and each local authority's the caller's schools are in)
/// are markers over the group's bars, one series per area and measure.
/// </summary>
public static class GroupAttendanceTraces
{
    public static IList<ITrace> From(IReadOnlyList<GroupAttendance> rows, IReadOnlyList<PublishedRates> published)
    {
        var shown = rows.Where(r => !r.Suppressed).OrderBy(Label, NaturalOrder.Instance).ToList();
        var labels = shown.Select(r => (object)ChartText.Label(Label(r))).ToList();
        List<ITrace> traces =
        [
            new Bar { Name = "Attendance rate", X = [.. labels], Y = [.. shown.Select(r => (object?)r.AttendanceRate)] },
            new Bar { Name = "Persistent absence", X = [.. labels], Y = [.. shown.Select(r => (object?)r.PersistentAbsenceRate)] },
        ];
        foreach (var area in published.GroupBy(p => p.Area).OrderBy(a => a.Key != "England").ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            var points = shown.SelectMany(r => area.Where(p => p.Group == r.Group).Select(p => (Label: ChartText.Label(Label(r)), Rates: p))).ToList();
            traces.Add(Markers($"{area.Key} (DfE), attendance", SymbolEnum.Diamond, points.Where(p => p.Rates.AttendanceRate is not null)
                .Select(p => (p.Label, p.Rates.AttendanceRate!.Value, p.Rates.Source))));
            traces.Add(Markers($"{area.Key} (DfE), persistent absence", SymbolEnum.DiamondOpen, points.Where(p => p.Rates.PersistentAbsenceRate is not null)
                .Select(p => (p.Label, p.Rates.PersistentAbsenceRate!.Value, p.Rates.Source))));
        }
        return [.. traces.Where(t => t is Bar || t is Scatter { X.Count: > 0 })];
    }

    /// <summary>The DfE's attendance and persistent absence rates for the groups of the newest year's rows, one per area, characteristic and release.</summary>
    public static IReadOnlyList<PublishedRates> Published(IReadOnlyList<GroupAttendance> latest, IEnumerable<PublishedGroupFigure> figures) =>
        [.. figures
            .Where(f => latest.Count > 0 && f.AcademicYear == latest[0].AcademicYear && f.Measure is "Attendance" or "Persistent absence")
            .GroupBy(f => (f.Area, f.Group, f.Characteristic, f.Phase, f.Release))
            .Select(g => new PublishedRates(g.Key.Group, g.Key.Area, $"{g.Key.Area}, {g.Key.Characteristic}, {g.Key.Phase.ToLowerInvariant()} (DfE: {g.Key.Release})",
                g.FirstOrDefault(f => f.Measure == "Attendance")?.Value, g.FirstOrDefault(f => f.Measure == "Persistent absence")?.Value))];

    /// <summary>A group as the chart names it: at a school, the school's name follows the group.</summary>
    public static string Label(GroupAttendance row) => row.School is null ? row.Group : $"{row.Group} ({row.School})";

    private static Scatter Markers(string name, SymbolEnum symbol, IEnumerable<(string Label, double Value, string Source)> points)
    {
        var list = points.ToList();
        return new Scatter
        {
            Name = name,
            Mode = ModeFlag.Markers,
            Marker = new Marker { Symbol = symbol, Size = 11, Color = "#5b6475" },
            X = [.. list.Select(p => (object)p.Label)],
            Y = [.. list.Select(p => (object?)p.Value)],
            TextArray = [.. list.Select(p => p.Source)],
            HoverTemplate = "%{x}: %{y:.1f}%<br>%{text}<extra></extra>",
        };
    }
}

/// <summary>
/// The DfE's published attendance and persistent absence for one of the warehouse's groups, from one area (England or a
/// local authority), characteristic as published and release; <see cref="Source"/> names all three for a reader.
/// </summary>
public sealed record PublishedRates(string Group, string Area, string Source, double? AttendanceRate, double? PersistentAbsenceRate);
