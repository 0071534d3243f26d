using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// The pupils', parents' and staff answers on a shared theme side by side: a group of bars per theme and wave (the
/// first theme on top, its waves beneath it), one bar per respondent group giving the percentage positive with its
/// Wilson 95% interval; hovering a bar gives its question's wording and the respondents. A suppressed bar is not drawn
/// (never as zero); a respondent group not asked about a theme has no bar there.
/// </summary>
public static class SurveyThemeTraces
{
    private static readonly IReadOnlyDictionary<string, string> Colours = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pupil"] = ChartStyle.Blue,
        ["parent"] = ChartStyle.Orange,
        ["staff"] = ChartStyle.Green,
    };

    /// <summary>Who answered, as the chart's legend and tables name them ("Parents and carers").</summary>
    public static string RespondentName(string respondent) =>
        SurveyThemeQuery.RespondentKinds.FirstOrDefault(k => k.Respondent == respondent).Name ?? respondent;

    /// <summary>The question as tables give it, a reverse-coded one marked.</summary>
    public static string ItemLabel(ThemeResult row) => row.ReverseCoded ? $"{row.Item} (reverse-scored)" : row.Item;

    /// <summary>One bar trace per respondent group, pupils first; the rows in the query's order (theme, wave, respondents).</summary>
    public static IList<ITrace> From(IReadOnlyList<ThemeResult> rows) =>
        [
            .. rows.GroupBy(r => r.Respondent).OrderBy(g => RespondentOrder(g.Key)).Select(g => (ITrace)new Bar
            {
                Name = RespondentName(g.Key),
                Orientation = OrientationEnum.H,
                Marker = new Marker { Color = Colours.GetValueOrDefault(g.Key, ChartStyle.Vermillion) },
                Y = [g.Select(r => (object)SurveyItemTraces.Wrap(ChartText.Label(r.Theme))).ToList(), g.Select(r => (object)ChartText.Label(r.Wave)).ToList()],
                X = [.. g.Select(r => (object?)(r.Suppressed ? null : r.PositivePct))],
                CustomData = [.. g.Select(r => (object)SurveyItemTraces.Wrap(ChartText.Label(HoverText(r))))],
                HoverTemplate = "%{customdata}<extra></extra>",
                ErrorX = new ErrorX
                {
                    Type = Plotly.Blazor.Traces.BarLib.ErrorXLib.TypeEnum.Data,
                    Symmetric = false,
                    Array = [.. g.Select(r => (object?)(r.Suppressed ? null : r.PositiveHigh - r.PositivePct))],
                    ArrayMinus = [.. g.Select(r => (object?)(r.Suppressed ? null : r.PositivePct - r.PositiveLow))],
                },
            }),
        ];

    /// <summary>
    /// Bars grouped per theme and wave, the first on top (the axis reversed), 0 to 100% across, the legend above, and a
    /// row per theme and wave tall enough for its three bars.
    /// </summary>
    public static Plotly.Blazor.Layout Layout(IReadOnlyList<ThemeResult> rows) => new()
    {
        Height = 110 + 60 * rows.Select(r => (r.Theme, r.Wave)).Distinct().Count(),
        BarMode = BarModeEnum.Group,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.02m, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom }],
        XAxis = [new XAxis
        {
            Range = [0, 100],
            TickSuffix = "%",
            Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "% answering positively" },
        }],
        YAxis = [new YAxis
        {
            Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.MultiCategory,
            AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed,
            AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
            TickFont = new Plotly.Blazor.LayoutLib.YAxisLib.TickFont { Size = 11 },
        }],
        Margin = new Margin { T = 10, R = 24 },
    };

    private static string HoverText(ThemeResult row) =>
        row.Suppressed
            ? $"{RespondentName(row.Respondent)}: {ItemLabel(row)}: hidden ({ChartTable.Suppressed})"
            : $"{RespondentName(row.Respondent)}: {ItemLabel(row)}: {Formats.Percent(row.PositivePct)} positive of {row.Respondents}";

    private static int RespondentOrder(string respondent)
    {
        var order = SurveyThemeQuery.RespondentKinds.Select(k => k.Respondent).ToList().IndexOf(respondent);
        return order < 0 ? int.MaxValue : order;
    }
}
