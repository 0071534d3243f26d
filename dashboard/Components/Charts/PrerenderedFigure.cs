using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Plotly.Blazor;

namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>
/// A chart's figure as the JSON written into the prerendered page (<c>PlotlyFigure</c>): each part serialized with the
/// options Plotly.Blazor serializes it with for its own <c>newPlot</c> call (property names as declared, nulls left out,
/// its trace and date converters), so the early drawing and the circuit's are the same figure. The default encoder
/// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so no text in a figure can end the script element it sits in.
/// </summary>
public static class PrerenderedFigure
{
    private static readonly JsonSerializerOptions AsPlotlyBlazor = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new PolymorphicConverter<ITrace>(), new DateTimeConverter(), new DateTimeOffsetConverter() },
    };

    public static string Json(IList<ITrace> data, Plotly.Blazor.Layout layout, Config config) =>
        new JsonObject
        {
            ["data"] = new JsonArray([.. data.Select(trace => JsonSerializer.SerializeToNode<object>(trace, AsPlotlyBlazor))]),
            ["layout"] = JsonSerializer.SerializeToNode<object>(layout, AsPlotlyBlazor),
            ["config"] = JsonSerializer.SerializeToNode<object>(config, AsPlotlyBlazor),
        }.ToJsonString();
}
