using Plotly.Blazor;
using Plotly.Blazor.ConfigLib;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>What every chart shares: the Okabe-Ito colours (told apart with any colour vision) and a mode bar with the PNG download.</summary>
public static class ChartStyle
{
    public static readonly IList<object> OkabeIto =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    public const string Blue = "#0072B2";
    public const string Orange = "#E69F00";
    public const string Green = "#009E73";
    public const string Vermillion = "#D55E00";

    /// <summary>A chart's configuration: responsive, with only the mode bar's PNG download (named for the chart).</summary>
    public static Config Config(string name) => new()
    {
        Responsive = true,
        DisplayModeBar = DisplayModeBarEnum.True,
        DisplayLogo = false,
        ModeBarButtonsToRemove = new[] { "zoom2d", "pan2d", "select2d", "lasso2d", "zoomIn2d", "zoomOut2d", "autoScale2d", "resetScale2d", "hoverClosestCartesian", "hoverCompareCartesian", "toggleSpikelines" },
        ToImageButtonOptions = new { format = "png", filename = name, scale = 2 },
    };
}
