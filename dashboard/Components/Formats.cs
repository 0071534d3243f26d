using System.Globalization;

namespace BelongingInsights.Dashboard.Components;

public static class Formats
{
    /// <summary>A rate as the pages show it (<c>93.1%</c>); nothing for a missing value.</summary>
    public static string Percent(double? value) =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>A score, statistic or effect size to two decimal places (<c>2.85</c>); nothing for a missing value.</summary>
    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    /// <summary>A p-value to three decimal places, or <c>&lt; 0.001</c>; nothing for a missing value.</summary>
    public static string PValue(double? value) => value switch
    {
        null => "",
        < 0.001 => "< 0.001",
        { } v => v.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
