using System.Globalization;

namespace BelongingInsights.Dashboard.Components;

public static class Formats
{
    /// <summary>A rate as the pages show it (<c>93.1%</c>); nothing for a missing value.</summary>
    public static string Percent(double? value) =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";
}
