namespace BelongingInsights.Dashboard.Components.Charts;

/// <summary>A chart element's id made from what tells it apart on its page (its name, a school, a group), the same on every render.</summary>
public static class ChartId
{
    /// <summary>The parts given joined by hyphens, lower case, anything but letters and digits as a hyphen, ending in <c>-chart</c>.</summary>
    public static string Of(params object?[] parts) =>
        string.Concat(string.Join('-', [.. parts.OfType<object>(), "chart"]).Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
}
