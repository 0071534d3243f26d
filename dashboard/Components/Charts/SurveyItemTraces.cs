using BelongingInsights.Warehouse.Queries;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Diverging stacked bars, one per item and wave (the item's first wave on top): negative to the left of zero,
/// unanswered in grey across zero (half each side), positive to the right with its Wilson 95% interval. The scales
/// have no middle answer, so there is no neutral share. A suppressed item and wave has no bar (it is never drawn as zero).
/// </summary>
public static class SurveyItemTraces
{
    private const string Grey = "#BBBBBB";

    /// <summary>The characters an item's label wraps at, so long wordings fit beside the bars on a phone.</summary>
    public const int LabelWidth = 28;

    /// <summary>The item's wording as every table and the chart give it, a reverse-coded item marked.</summary>
    public static string ItemLabel(ItemResult row) => row.ReverseCoded ? $"{row.Item} (reverse-scored)" : row.Item;

    public static IList<ITrace> From(IReadOnlyList<ItemResult> rows)
    {
        var bars = rows.OrderBy(r => r.ItemOrder).Reverse().ToList();
        IList<object> y = [bars.Select(r => (object)Wrap(ChartText.Label(ItemLabel(r)))).ToList(), bars.Select(r => (object)ChartText.Label(r.Wave)).ToList()];
        IList<object?> Figures(Func<ItemResult, double?> share) => [.. bars.Select(r => (object?)(r.Suppressed ? null : share(r)))];
        Bar Part(string name, string colour, Func<ItemResult, double?> drawn, Func<ItemResult, double?> share, bool legend) => new()
        {
            Name = name,
            LegendGroup = name,
            ShowLegend = legend,
            Orientation = OrientationEnum.H,
            Marker = new Marker { Color = colour },
            Y = y,
            X = Figures(drawn),
            CustomData = Figures(share),
            HoverTemplate = $"%{{customdata:.1f}}% {name.ToLowerInvariant()}<extra></extra>",
        };

        var positive = Part("Positive", ChartStyle.Blue, r => r.PositivePct, r => r.PositivePct, true);
        positive.ErrorX = new ErrorX
        {
            Type = Plotly.Blazor.Traces.BarLib.ErrorXLib.TypeEnum.Data,
            Symmetric = false,
            Array = Figures(r => r.PositiveHigh - r.PositivePct),
            ArrayMinus = Figures(r => r.PositivePct - r.PositiveLow),
        };
        return
        [
            Part("Unanswered", Grey, r => -r.UnansweredPct / 2, r => r.UnansweredPct, false),
            Part("Negative", ChartStyle.Vermillion, r => -r.NegativePct, r => r.NegativePct, true),
            Part("Unanswered", Grey, r => r.UnansweredPct / 2, r => r.UnansweredPct, true),
            positive,
        ];
    }

    /// <summary>
    /// The chart's layout: bars stacked either side of zero, the axis reading 100% both ways (three ticks, which a
    /// phone's narrow plot need not turn), the legend above, and a row per item and wave tall enough for its wrapped label.
    /// </summary>
    public static Plotly.Blazor.Layout Layout(IReadOnlyList<ItemResult> rows) => new()
    {
        Height = 110 + rows.GroupBy(r => r.ItemOrder).Sum(item => Math.Max(24 * item.Count(), 16 * Wrap(ItemLabel(item.First())).Split("<br>").Length)),
        BarMode = BarModeEnum.Relative,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.02m, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom }],
        XAxis = [new XAxis
        {
            Range = [-100, 100],
            TickVals = [-100, 0, 100],
            TickText = ["100%", "0", "100%"],
            ZeroLineColor = "#444444",
            Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "% of respondents" },
        }],
        YAxis = [new YAxis { Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.MultiCategory, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True, TickFont = new Plotly.Blazor.LayoutLib.YAxisLib.TickFont { Size = 11 } }],
        Margin = new Margin { T = 10, R = 24 },
    };

    /// <summary>Breaks a label into lines of at most <see cref="LabelWidth"/> characters at spaces (a longer word keeps its own line).</summary>
    public static string Wrap(string label)
    {
        var lines = new List<string>();
        foreach (var word in label.Split(' '))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= LabelWidth)
                lines[^1] += " " + word;
            else
                lines.Add(word);
        }
        return string.Join("<br>", lines);
    }
}
