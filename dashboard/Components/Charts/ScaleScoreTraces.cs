using System.Globalization;
using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// One line per respondent group across the waves: the mean scale score with its 95% interval as an error bar and
/// Cronbach's alpha in the hover text. A suppressed wave leaves a gap (it is never drawn as zero).
/// </summary>
public static class ScaleScoreTraces
{
    public static IList<ITrace> From(IReadOnlyList<ScaleResult> rows)
    {
        var waves = rows.Select(r => r.Wave).Distinct().ToList();
        return [.. rows.GroupBy(r => r.Group).Select(group =>
        {
            var byWave = group.ToDictionary(r => r.Wave);
            var shown = waves.Select(w => byWave.TryGetValue(w, out var r) && !r.Suppressed ? r : null).ToList();
            var name = group.Key.Length == 0 ? "All respondents" : ChartText.Label(group.Key);
            return (ITrace)new Scatter
            {
                Name = name,
                Mode = ModeFlag.Lines | ModeFlag.Markers,
                X = [.. waves.Select(ChartText.Label)],
                Y = [.. shown.Select(r => (object?)r?.MeanScore)],
                ErrorY = new ErrorY
                {
                    Type = Plotly.Blazor.Traces.ScatterLib.ErrorYLib.TypeEnum.Data,
                    Symmetric = false,
                    Array = [.. shown.Select(r => (object?)(r is null ? null : r.MeanHigh - r.MeanScore))],
                    ArrayMinus = [.. shown.Select(r => (object?)(r is null ? null : r.MeanScore - r.MeanLow))],
                },
                TextArray = [.. shown.Select(AlphaText)],
                HoverTemplate = "%{x}: mean %{y:.2f} (%{text})<extra>" + name + "</extra>",
            };
        })];
    }

    /// <summary>Cronbach's alpha as the hover text shows it, e.g. <c>α = 0.84</c>.</summary>
    public static string AlphaText(ScaleResult? row) =>
        row?.Alpha is { } alpha ? "α = " + alpha.ToString("0.00", CultureInfo.InvariantCulture) : "α not available";
}
