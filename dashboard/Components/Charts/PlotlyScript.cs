using Microsoft.Net.Http.Headers;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// Plotly's script as the charts load it: the basic bundle (scatter and bar, the only trace types drawn; its size beside
/// the full bundle's is in docs/performance.md), preloaded by every page's head so it downloads beside the page rather
/// than after the circuit starts, started by <c>wwwroot/plotly-early.js</c> through Plotly.Blazor's own interop module
/// on a page with a chart, and cached for a year, as its name carries its version.
/// </summary>
public static class PlotlyScript
{
    /// <summary>The path Plotly.Blazor loads the basic bundle from (<c>UseBasicVersion</c> on every chart), relative to the base.</summary>
    public const string Path = "_content/Plotly.Blazor/plotly-basic-3.7.0.min.js";

    /// <summary>Plotly.Blazor's interop module, which loads the bundle and draws the charts, relative to the base (its name changes with Plotly.Blazor's version).</summary>
    public const string Interop = "_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    private const string Folder = "/_content/Plotly.Blazor";

    /// <summary>Answers Plotly.Blazor's scripts, whose names carry their versions, with a year's cache lifetime.</summary>
    public static void UseLongCacheForPlotly(this WebApplication app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Folder, StringComparison.Ordinal))
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                        context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}
